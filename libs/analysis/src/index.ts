// @zhijian/analysis — intelligence analysis (情报分析): hotline analytics over a typed
// ticket summary (refreshed after each published batch), hotspots by a Poisson test,
// repeated complaints, topic grouping of complaint text, warning and case statistics,
// relation-network patterns and communities, department data health, XLSX exports.
export { type AnalysisFilter } from './filter';
export { refreshAnalysis, TICKET_DATASET, type RefreshOutcome } from './refresh';
export { departmentPerformance, ticketBreakdown, ticketTotals, TICKET_DIMENSIONS, type TicketCounts, type TicketDimension, type TicketGroup, type TicketRates } from './hotline/breakdown';
export { findHotspots, HOTSPOT_TEST, lastCompleteMonth, type Hotspot, type HotspotInput, type HotspotResult } from './hotline/hotspots';
export { repeatComplaints, type RepeatGroup, type RepeatInput } from './hotline/repeats';
export { getTicket, listTickets, type TicketRow, type TicketSelection } from './hotline/tickets';
export { poissonUpperTail } from './stats/poisson';
export { findTopics, type Topic, type TopicInput, type TopicResult } from './topics/find-topics';
export { caseStatistics, warningStatistics, type CaseStatistics, type WarningDimension, type WarningGroup } from './warnings/warning-stats';
export { coBiddingPairs, officialFamilyEnterprises, sharedLegalRepresentatives, type CoBidPair, type OfficialFamilyLink, type SharedRepresentative, type SubjectRefRow } from './network/patterns';
export { relationNetwork, type NetworkEdge, type NetworkNode, type NetworkResult } from './network/network';
export { departmentPunctuality, qualityTrend, type QualityPoint } from './health/data-health';
export { sheetWorkbook, type SheetData } from './export/workbook';
export { EXPORT_VIEWS, exportViewData, type ExportView } from './export/views';
