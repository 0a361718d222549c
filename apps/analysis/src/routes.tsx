import { type AppRoute } from '@zhijian/ui';
import { HomePage } from './home-page';

// The pages of 情报分析; paths are relative to /analysis/.
export const routes: AppRoute[] = [{ index: true, element: <HomePage /> }];
