export { startEmbeddedPostgres, type LocalPostgres } from './embedded-postgres';
export { findOrStartRedis, RedisUnavailableError, type LocalRedis } from './redis';
export { findFreePort, isPortOpen } from './free-port';
