// The shapes the warning router returns, named once for the pages.
import { type RouterOutputs } from '@zhijian/ui';

type Warning = RouterOutputs['warning'];

export type WarningListItem = Warning['list']['items'][number];
export type WarningDetail = Warning['get'];
export type WarningStatus = WarningListItem['status'];
export type EvidenceItem = WarningDetail['evidence'][number];
export type SummaryRow = Warning['summary'][number];
export type WarningModel = Warning['models']['list'][number];
export type ModelParam = WarningModel['params'][number];
export type ModelRun = Warning['models']['runs'][number];
export type ModelVersion = Warning['models']['versions'][number];
export type BacktestResult = Warning['models']['backtest'];
export type DatasetSpec = RouterOutputs['feeds']['datasets'][number];

type Casework = RouterOutputs['casework'];

export type CaseListItem = Casework['list']['items'][number];
export type CaseDetail = Casework['get'];
export type CaseStatus = CaseListItem['status'];
export type CaseSource = CaseListItem['source'];
export type CaseEvent = CaseDetail['events'][number];
export type CaseAttachment = CaseDetail['attachments'][number];
export type CaseActionName = CaseDetail['actions'][number];
export type CaseRound = Casework['rounds']['list'][number];
export type CaseMetricsRow = Casework['metrics'][number];
