export { queryRouter } from './router';
export * from './inputs';
