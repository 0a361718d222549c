// The whole library schema, one file per bounded context.
export * from './organization';
export * from './security';
export * from './catalogue';
export * from './ingestion';
export * from './library';
