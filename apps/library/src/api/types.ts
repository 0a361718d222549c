// The shapes the feeds router returns, named once for the pages.
import { type RouterOutputs } from '@zhijian/ui';

type Feeds = RouterOutputs['feeds'];

export type DatasetSpec = Feeds['datasets'][number];
export type Responsibility = Feeds['responsibilities'][number];
export type Frequency = Responsibility['frequency'];
export type BatchSummary = Feeds['batches'][number];
export type BatchDetail = Feeds['batch'];
export type BatchStatus = BatchSummary['status'];
export type RejectedRow = Feeds['rejects'][number];
export type FeedPreview = Feeds['preview'];
export type PreviewRow = FeedPreview['rows'][number];
export type SubmitResult = Feeds['submit'];
export type MatchReview = Feeds['reviews']['list'][number];
