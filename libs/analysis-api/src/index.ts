export { analysisRouter } from './router';
export * from './inputs';
