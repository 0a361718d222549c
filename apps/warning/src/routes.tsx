import { type AppRoute } from '@zhijian/ui';
import { HomePage } from './home-page';

// The pages of 监督预警; paths are relative to /warning/.
export const routes: AppRoute[] = [{ index: true, element: <HomePage /> }];
