import { AutoComplete } from 'antd';
import { type DepartmentOption } from '../api/use-departments';

/** Choose a known department, or type its code (the server checks that it exists). */
export function DepartmentSelect({
  departments,
  id,
  value,
  onChange,
  testId,
  width = 280,
}: {
  departments: readonly DepartmentOption[];
  /** Set by Form.Item, so the label points at the input. */
  id?: string;
  value?: string;
  onChange?: (code: string) => void;
  testId?: string;
  width?: number;
}) {
  return (
    <AutoComplete
      id={id}
      style={{ width }}
      value={value}
      onChange={(code: string) => onChange?.(code.trim())}
      options={departments.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
      showSearch={{ filterOption: (input, option) => String(option?.label ?? '').toLowerCase().includes(input.toLowerCase()) }}
      data-testid={testId}
    />
  );
}
