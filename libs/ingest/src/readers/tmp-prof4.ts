import { openFeed } from './open-feed';
const file = '/tmp/scratch/big.csv';
for (let round = 0; round < 4; round++) {
  const t = performance.now();
  const feed = await openFeed(file); let recs = 0;
  for await (const r of feed.rows) recs += r.values.length;
  console.log('openFeed', (performance.now() - t).toFixed(0), recs);
}
