export { caseworkRouter } from './router';
