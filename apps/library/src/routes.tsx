import { type AppRoute } from '@zhijian/ui';
import { HomePage } from './home-page';

// The pages of 数据资源库; paths are relative to /library/.
export const routes: AppRoute[] = [{ index: true, element: <HomePage /> }];
