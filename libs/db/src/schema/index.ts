// The whole library schema, one file per bounded context.
export * from './organization';
export * from './security';
export * from './catalogue';
export * from './ingestion';
export * from './library';
export * from './query';
export * from './warning';
export * from './matching';
export * from './notifications';
export * from './casework';
export * from './analysis';
