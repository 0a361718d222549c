// @zhijian/query — relational query (关联查询) over the library: search, profiles, k-hop
// graphs, shortest paths, masking by role and exports.
export { IDENTIFIER_ROLES, MASKED, maskingForRoles, maskPhone, maskResidentId, REVEAL, visibleSubjectKey, type Masking } from './masking';
export type { SubjectRef } from './subject-ref';
export { detectQuery, type DetectedQuery, type QueryKind } from './search/detect-query';
export { searchSubjects, type SearchHit } from './search/search-subjects';
export { backfillSearchTerms, refreshSearchTerms, removeBatchSearchTerms } from './search/search-terms';
export { findSubject, subjectProfile } from './profile/subject-profile';
export type { DatasetGroup, Lineage, ProfileRecord, ProfileRelation, SubjectProfile, TimelineEvent } from './profile/types';
export { DEFAULT_HUB_THRESHOLD, DEFAULT_MAX_NODES, expandGraph, type ExpandOptions } from './graph/expand-graph';
export { shortestPaths, type PathOptions, type PathsResult } from './graph/shortest-paths';
export type { Graph, GraphEdge, GraphFilters, GraphNode, HubSummary } from './graph/types';
export { graphWorkbook, profileWorkbook } from './export/workbooks';
export { neutralizeCell } from './export/safe-cell';
export { listLookups, type LookupEntry } from './lookups';
