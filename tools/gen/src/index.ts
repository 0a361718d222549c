// @zhijian/gen — the synthetic city: a deterministic generator of every partner
// department's feeds for a prefecture-level city (Changde, 430700), with planted cases
// for each warning model and the ground truth (truth.json) beside the feeds.
export {
  DEFAULT_AS_OF,
  generateCity,
  MAX_PERSONS,
  MIN_PERSONS,
  plantedHits,
  type GenerateCityOptions,
  type GenerateProgress,
} from './generate-city';
export { FEEDS, FEED_KEYS, type FeedDefinition, type FeedKey } from './feeds/definitions';
export { type FeedSummary } from './feeds/feed-writer';
export { type CityAnalysis, type ExpectedWarning, type Subject, type Truth } from './truth';
