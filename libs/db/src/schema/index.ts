// The whole library schema, one file per bounded context.
export * from './organization';
export * from './security';
