import { type AppRoute } from '@zhijian/ui';
import { DefaultPage } from './default-page';
import { LibraryLayout } from './library-layout';
import { BatchDetailPage } from './pages/batches/batch-detail-page';
import { BatchesPage } from './pages/batches/batches-page';
import { DeliverPage } from './pages/deliver/deliver-page';
import { ResponsibilitiesPage } from './pages/responsibilities/responsibilities-page';
import { ReviewsPage } from './pages/reviews/reviews-page';

// The pages of 数据资源库; paths are relative to /library/.
export const routes: AppRoute[] = [
  {
    element: <LibraryLayout />,
    children: [
      { index: true, element: <DefaultPage /> },
      { path: 'deliver', element: <DeliverPage /> },
      { path: 'batches', element: <BatchesPage /> },
      { path: 'batches/:batchId', element: <BatchDetailPage /> },
      { path: 'responsibilities', element: <ResponsibilitiesPage /> },
      { path: 'reviews', element: <ReviewsPage /> },
    ],
  },
];
