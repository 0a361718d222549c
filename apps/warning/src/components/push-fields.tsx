import { Form, Input } from 'antd';
import { type DepartmentOption } from '../api/use-departments';
import { useText } from '../i18n/use-text';
import { DepartmentSelect } from './department-select';

export interface PushValues {
  departmentCode: string;
  dueDate: string;
}

/** 推送's two questions: to which department, and by when. */
export function PushFields({ departments }: { departments: readonly DepartmentOption[] }) {
  const { t } = useText();
  return (
    <>
      <Form.Item name="departmentCode" label={t('case.pushDepartment')} rules={[{ required: true, whitespace: true, message: t('case.pushDepartmentRequired') }]}>
        <DepartmentSelect departments={departments} testId="push-department" />
      </Form.Item>
      <Form.Item name="dueDate" label={t('case.pushDueDate')} rules={[{ required: true, message: t('case.pushDueDateRequired') }]}>
        <Input type="date" style={{ width: 200 }} data-testid="push-due-date" />
      </Form.Item>
    </>
  );
}
