import { BankOutlined, CarOutlined, HomeOutlined, UserOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { SubjectType } from '../api-types';
import { useText } from '../i18n/use-text';

const LOOK: Record<SubjectType, { color: string; icon: React.ReactNode }> = {
  person: { color: 'blue', icon: <UserOutlined /> },
  organization: { color: 'purple', icon: <BankOutlined /> },
  property: { color: 'gold', icon: <HomeOutlined /> },
  vehicle: { color: 'cyan', icon: <CarOutlined /> },
};

export function SubjectTypeTag({ type }: { type: SubjectType }) {
  const { t } = useText();
  return <Tag color={LOOK[type].color} icon={LOOK[type].icon}>{t(`subjectType.${type}`)}</Tag>;
}
