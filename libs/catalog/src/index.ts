// @zhijian/catalog — the catalogue of standard datasets: what each partner feed must
// contain, how its headers map to standard fields, how each row is standardized with
// @zhijian/standard, and which subjects, relations and validity period a row asserts.
// Pure: no I/O, runs in the browser for the mapping preview.

export {
  fieldTypes,
  relationTypes,
  subjectTypes,
  type DatasetSpec,
  type EnumValue,
  type FieldSpec,
  type FieldType,
  type LocalizedText,
  type NamedPersonSpec,
  type PersonMatchSpec,
  type RelationSpec,
  type RelationType,
  type StandardRecord,
  type StandardValue,
  type SubjectSpec,
  type SubjectType,
  type ValiditySpec,
} from './spec/types';
export { datasetSpecSchema, parseDatasetSpec, type DatasetSpecParseResult } from './spec/schema';
export { foldHeader } from './spec/fold';

export { BUILT_IN_DATASETS, builtInDataset, datasetCodes, type BuiltInDatasetCode } from './datasets';

export { autoMapHeaders, type AmbiguousMapping, type HeaderMapping, type MappingError } from './auto-map';
export {
  createRowStandardizer,
  type FieldError,
  type RowResult,
  type RowStandardizer,
  type StandardizeOptions,
} from './standardize-row';
export { catalogErrorCodes, type CatalogErrorCode, type FieldErrorCode } from './errors';

export { recordValidity, type RecordValidity } from './validity';
export { relationRefs, subjectRefs, type RelationRef, type SubjectRef } from './refs';
