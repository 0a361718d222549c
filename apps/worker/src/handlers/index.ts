import { caseworkCheckDeadlines, caseworkDeliverWebhooks } from './casework.handler';
import { ingestPublish } from './ingest-publish.handler';
import { ingestStage } from './ingest-stage.handler';
import { ingestStageChunk } from './ingest-stage-chunk.handler';
import { checkOverdueResponsibilities } from './responsibility-overdue.handler';
import { systemPing } from './system-ping.handler';
import { warningRun } from './warning-run.handler';
import type { HandlerRegistry } from './types';

/** Every job in the catalogue has exactly one handler; the type makes a missing one a compile error. */
export const handlers: HandlerRegistry = {
  'system.ping': systemPing,
  'ingest.stage': ingestStage,
  'ingest.stage_chunk': ingestStageChunk,
  'ingest.publish': ingestPublish,
  'responsibility.check_overdue': checkOverdueResponsibilities,
  'warning.run': warningRun,
  'casework.check_deadlines': caseworkCheckDeadlines,
  'casework.deliver_webhooks': caseworkDeliverWebhooks,
};
