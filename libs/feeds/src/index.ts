export { feedsRouter } from './router';
export * from './inputs';
export { deliveringDepartment, departmentScope } from './scope';
