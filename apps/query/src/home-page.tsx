import { SystemHome } from '@zhijian/ui';

export function HomePage() {
  return <SystemHome app="query" />;
}
