import { renderApp } from '@zhijian/ui';
import { routes } from './routes';

renderApp({ app: 'library', routes });
