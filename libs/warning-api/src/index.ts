export { warningRouter } from './router';
