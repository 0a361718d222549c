// Rolling a delivery back takes its facts out of the library and out of everything derived
// from them: the query system's search index and the analysis summaries. One function, so
// the web console and the CLI cannot drift apart.
import { refreshAnalysis } from '@zhijian/analysis';
import type { DbHandle } from '@zhijian/db';
import { getBatch, rollbackBatch } from '@zhijian/ingest';
import { removeBatchSearchTerms } from '@zhijian/query';

export async function rollbackDelivery(handle: DbHandle, batchId: string) {
  const result = await rollbackBatch(handle, batchId);
  await removeBatchSearchTerms(handle, batchId);
  const batch = await getBatch(handle.db, batchId);
  if (batch) await refreshAnalysis(handle, batch.datasetCode);
  return result;
}
