export { createTestDatabase, type TestDatabase } from './test-database';
export { testRedisUrl, uniqueQueuePrefix } from './test-redis';
export { withDatabase } from './url';
