import { renderApp } from '@zhijian/ui';
import { routes } from './routes';

renderApp({ app: 'query', routes });
