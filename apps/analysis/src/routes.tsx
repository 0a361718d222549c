import { type AppRoute } from '@zhijian/ui';
import { AnalysisLayout } from './analysis-layout';
import { HealthPage } from './pages/health-page';
import { HotlinePage } from './pages/hotline-page';
import { HotspotsPage } from './pages/hotspots-page';
import { NetworkPage } from './pages/network-page';
import { RepeatsPage } from './pages/repeats-page';
import { TicketPage } from './pages/ticket-page';
import { TicketsPage } from './pages/tickets-page';
import { TopicsPage } from './pages/topics-page';
import { WarningsPage } from './pages/warnings-page';

// The pages of 情报分析; paths are relative to /analysis/.
export const routes: AppRoute[] = [
  {
    element: <AnalysisLayout />,
    children: [
      { index: true, element: <HotlinePage /> },
      { path: 'hotspots', element: <HotspotsPage /> },
      { path: 'repeats', element: <RepeatsPage /> },
      { path: 'topics', element: <TopicsPage /> },
      { path: 'warnings', element: <WarningsPage /> },
      { path: 'network', element: <NetworkPage /> },
      { path: 'health', element: <HealthPage /> },
      { path: 'tickets', element: <TicketsPage /> },
      { path: 'tickets/:recordId', element: <TicketPage /> },
    ],
  },
];
