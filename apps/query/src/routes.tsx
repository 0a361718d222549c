import { type AppRoute } from '@zhijian/ui';
import { HomePage } from './home-page';

// The pages of 关联查询; paths are relative to /query/.
export const routes: AppRoute[] = [{ index: true, element: <HomePage /> }];
