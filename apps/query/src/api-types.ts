import type { RouterOutputs } from '@zhijian/ui';

export type SearchHit = RouterOutputs['query']['search'][number];
export type SubjectProfile = RouterOutputs['query']['profile'];
export type Graph = RouterOutputs['query']['graph'];
export type GraphNode = Graph['nodes'][number];
export type GraphEdge = Graph['edges'][number];
export type PathsResult = RouterOutputs['query']['paths'];
export type LookupEntry = RouterOutputs['query']['lookups'][number];
export type SubjectType = SearchHit['subject']['type'];

export const SUBJECT_TYPES: SubjectType[] = ['person', 'organization', 'property', 'vehicle'];
export const RELATION_TYPES = [
  'family', 'employment', 'legal_representative', 'shareholder', 'ownership', 'vehicle_ownership',
  'benefit_recipient', 'bidder', 'buyer', 'co_applicant',
] as const;
