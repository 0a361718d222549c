// Test and demo helpers of relational query (not part of the production surface).
export { CITY, deliverCityFixture } from './city-fixture';
