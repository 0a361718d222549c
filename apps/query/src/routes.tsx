import { type AppRoute } from '@zhijian/ui';
import { QueryLayout } from './query-layout';
import { GraphPage } from './pages/graph/graph-page';
import { LookupsPage } from './pages/lookups/lookups-page';
import { ProfilePage } from './pages/profile/profile-page';
import { SearchPage } from './pages/search/search-page';

// The pages of 关联查询; paths are relative to /query/.
export const routes: AppRoute[] = [
  {
    element: <QueryLayout />,
    children: [
      { index: true, element: <SearchPage /> },
      { path: 'subjects/:type/:id', element: <ProfilePage /> },
      { path: 'graph/:id', element: <GraphPage /> },
      { path: 'lookups', element: <LookupsPage /> },
    ],
  },
];
