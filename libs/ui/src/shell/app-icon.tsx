import { AlertOutlined, DatabaseOutlined, RadarChartOutlined, SearchOutlined } from '@ant-design/icons';
import { type AppName } from '../apps';

const icons: Record<AppName, typeof DatabaseOutlined> = {
  library: DatabaseOutlined,
  query: SearchOutlined,
  analysis: RadarChartOutlined,
  warning: AlertOutlined,
};

export function AppIcon({ app }: { app: AppName }) {
  const Icon = icons[app];
  return <Icon />;
}
