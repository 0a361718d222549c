export { feedsRouter } from './router';
export * from './inputs';
export { deliveringDepartment, departmentScope } from './scope';
export * from './review-inputs';
export { rollbackDelivery } from './rollback-delivery';
