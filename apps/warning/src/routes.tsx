import { type AppRoute } from '@zhijian/ui';
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { CasePage } from './pages/case/case-page';
import { CasesPage } from './pages/cases/cases-page';
import { InboxPage } from './pages/inbox/inbox-page';
import { ModelsPage } from './pages/models/models-page';
import { RoundsPage } from './pages/rounds/rounds-page';
import { WarningDetailPage } from './pages/warning/warning-detail-page';
import { WarningLayout } from './warning-layout';

// ECharts is large: the statistics page and its charts load only when it is opened.
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));

// The pages of 监督预警; paths are relative to /warning/ (notifications link to /warning/cases/:id).
export const routes: AppRoute[] = [
  {
    element: <WarningLayout />,
    children: [
      { index: true, element: <InboxPage /> },
      { path: 'warnings/:warningId', element: <WarningDetailPage /> },
      { path: 'cases', element: <CasesPage /> },
      { path: 'cases/:caseId', element: <CasePage /> },
      { path: 'rounds', element: <RoundsPage /> },
      {
        path: 'dashboard',
        element: (
          <Suspense fallback={<Spin />}>
            <DashboardPage />
          </Suspense>
        ),
      },
      { path: 'models', element: <ModelsPage /> },
    ],
  },
];
