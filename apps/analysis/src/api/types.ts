// The shapes the analysis router returns, named once for the pages.
import { type RouterOutputs } from '@zhijian/ui';

type Analysis = RouterOutputs['analysis'];

export type Overview = Analysis['overview'];
export type TicketGroup = Overview['byCategory'][number];
export type HotspotResult = Analysis['hotspots'];
export type RepeatGroup = Analysis['repeats'][number];
export type TopicResult = Analysis['topics'];
export type TicketItem = Analysis['tickets']['items'][number];
export type TicketDetail = Analysis['ticket'];
export type WarningStats = Analysis['warnings'];
export type Network = Analysis['network'];
export type Health = Analysis['health'];
/** The views the dashboard exports; the router's input enum checks each at the call. */
export type ExportView =
  | 'tickets.category'
  | 'tickets.region'
  | 'tickets.month'
  | 'departments'
  | 'hotspots.region'
  | 'hotspots.address'
  | 'repeats.caller'
  | 'repeats.address'
  | 'topics'
  | 'warnings.model'
  | 'warnings.department'
  | 'warnings.month'
  | 'health.punctuality'
  | 'health.quality'
  | 'network'
  | 'tickets';
