// Streaming readers for delivered feeds: CSV (UTF-8, GB18030, UTF-16), XLSX, JSON, NDJSON.
export { openFeed } from './open-feed';
export { detectFormat } from './detect-format';
export { FeedReadError, type FeedErrorCode, type FeedReadErrorOptions } from './errors';
export { type FeedFormat, type FeedRow, type FeedRowProblem, type OpenFeed, type OpenFeedOptions } from './types';
export {
  cellExceeds,
  DEFAULT_FEED_LIMITS,
  type FeedLimits,
  type FeedLimitsEnv,
  feedLimitsEnvShape,
  feedLimitsOf,
  parseFeedLimits,
  resolveFeedLimits,
} from './limits';
