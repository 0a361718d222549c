import { UserOutlined } from '@ant-design/icons';
import { Avatar, Flex, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';

export function UserBadge() {
  const { t } = useI18n();
  const me = useSession();
  return (
    <Flex align="center" gap="small">
      <Avatar size="small" icon={<UserOutlined />} />
      <Typography.Text strong data-testid="shell-user">
        {me.displayName}
      </Typography.Text>
      <Typography.Text type="secondary" data-testid="shell-department">
        {me.department.name}
      </Typography.Text>
      <span data-testid="shell-roles">
        {me.roles.map((role) => (
          <Tag key={role} color="blue">
            {t(`role.${role}`)}
          </Tag>
        ))}
      </span>
    </Flex>
  );
}
