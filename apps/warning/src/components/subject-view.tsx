import { BankOutlined, CarOutlined, EnvironmentOutlined, FileTextOutlined, HomeOutlined, PhoneOutlined, QuestionOutlined, UserOutlined } from '@ant-design/icons';
import { Flex, Tooltip, Typography } from 'antd';
import { type ReactNode } from 'react';
import { labelOr } from '../i18n/translate';
import { useText } from '../i18n/use-text';

// Library subjects (person, organization, property, vehicle) and the plain keys aggregate
// models warn on (a caller's phone, an address, a hotline ticket).
const ICONS: Record<string, ReactNode> = {
  person: <UserOutlined />,
  organization: <BankOutlined />,
  property: <HomeOutlined />,
  vehicle: <CarOutlined />,
  phone: <PhoneOutlined />,
  address: <EnvironmentOutlined />,
  ticket: <FileTextOutlined />,
};

/** A warning's subject: type icon, name, and its key beneath. */
export function SubjectView({ subject }: { subject: { type: string; key: string; name: string | null } }) {
  const { t } = useText();
  return (
    <Flex gap="small" align="start">
      <Tooltip title={labelOr(t, `subjectType.${subject.type}`, subject.type)}>
        <span data-subject-type={subject.type}>{ICONS[subject.type] ?? <QuestionOutlined />}</span>
      </Tooltip>
      <Flex vertical>
        <span data-testid="subject-name">{subject.name ?? subject.key}</span>
        {subject.name && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="subject-key">
            {subject.key}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
