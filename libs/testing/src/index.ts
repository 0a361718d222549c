export { createTestDatabase, type TestDatabase } from './test-database';
export { testRedisUrl, uniqueQueuePrefix } from './test-redis';
export { childProcessEnv } from './env';
export { withDatabase } from './url';
