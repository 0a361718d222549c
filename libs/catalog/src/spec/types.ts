// The shape of a dataset spec: what a partner department's feed must contain, how its
// columns are recognised and standardized, which subjects and relations a row asserts
// and over which period the row holds. Built-in specs live in `../datasets`; admins may
// add more as JSON, checked by `datasetSpecSchema`.

export const fieldTypes = [
  'string',
  'text',
  'integer',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'month',
  'amount',
  'enum',
  'id_number',
  'uscc',
  'plate',
  'phone',
  'certificate_no',
  'person_name',
  'region_code',
  'id_number_list',
] as const;

export type FieldType = (typeof fieldTypes)[number];

export const subjectTypes = ['person', 'organization', 'property', 'vehicle'] as const;
export type SubjectType = (typeof subjectTypes)[number];

export const relationTypes = [
  'family',
  'employment',
  'legal_representative',
  'shareholder',
  'ownership',
  'vehicle_ownership',
  'benefit_recipient',
  'bidder',
  'buyer',
  'co_applicant',
] as const;
export type RelationType = (typeof relationTypes)[number];

export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

export interface EnumValue {
  /** The canonical code stored, e.g. `male`; for a boolean field `true` or `false`. */
  readonly code: string;
  readonly label: LocalizedText;
  /** Spellings found in feeds (男, M, 1 …); code and labels match too. */
  readonly synonyms: readonly string[];
}

export interface FieldSpec {
  /** snake_case standard name, unique in the dataset. */
  readonly name: string;
  readonly label: LocalizedText;
  readonly type: FieldType;
  readonly required: boolean;
  /** Column headers that map to this field (Chinese, English, pinyin initials). */
  readonly synonyms: readonly string[];
  /** Required for `enum`; on a `boolean` field, extra words for `true` / `false`. */
  readonly enumValues?: readonly EnumValue[];
  /**
   * Only for `decimal`: the value is a share between 0 and 1. `35%` and `0.35` give
   * 0.35; a bare number above 1 is read as a percentage (`35` → 0.35).
   */
  readonly fraction?: boolean;
  readonly description?: string;
}

export interface SubjectSpec {
  /** Role of the subject in the row, e.g. `owner_person`; relations refer to it. */
  readonly role: string;
  readonly subjectType: SubjectType;
  /** The identifying field; an `id_number_list` field yields one subject per element. */
  readonly keyField: string;
  readonly nameField?: string;
  /** Persons only: when the row's key is empty, match a known person by these fields after publish. */
  readonly matchBy?: PersonMatchSpec;
}

/** A person a row names with no ID field at all (a 12345 caller): known by `matchBy` alone. */
export interface NamedPersonSpec {
  readonly role: string;
  readonly matchBy: PersonMatchSpec;
}

/**
 * Fields that name a person without an ID. After publish, set-based SQL scores the
 * persons of `population.person` by them: a sure, unique match is linked, an uncertain
 * one waits in the review queue (`match_reviews`).
 */
export interface PersonMatchSpec {
  /** A `person_name` field. */
  readonly name: string;
  /** A `date` field: the person's birth date. */
  readonly birthDate?: string;
  /** A `region_code` field: where the person lives or the event happened. */
  readonly regionCode?: string;
}

export interface RelationSpec {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  /** Defaults to the record's validity when absent. */
  readonly validFromField?: string;
  readonly validToField?: string;
  /** Attribute name → field whose standard value it takes (family → `relation`). */
  readonly attributeFields?: Readonly<Record<string, string>>;
  /** The relation holds only for rows where this field has this value (`buyer` needs a winner). */
  readonly when?: { readonly field: string; readonly equals: string | number | boolean };
}

/**
 * Which fields place a record in time:
 * - `period`: from one date field to another (an open end is null);
 * - `month`: a monthly record, valid from the first to the last day of its month;
 * - `event`: something that happened on one day (both ends are that day);
 * - `none`: a snapshot with no period of its own.
 */
export type ValiditySpec =
  | { readonly kind: 'period'; readonly from: string; readonly to?: string }
  | { readonly kind: 'month'; readonly month: string }
  | { readonly kind: 'event'; readonly at: string }
  | { readonly kind: 'none' };

export interface DatasetSpec {
  /** `<domain>.<name>`, e.g. `housing.rental_subsidy`. */
  readonly code: string;
  /** Bumped when fields change, so stored batches keep the spec they were read with. */
  readonly version: number;
  readonly name: LocalizedText;
  /** The department that usually delivers it (zh). */
  readonly provider: string;
  readonly fields: readonly FieldSpec[];
  /** Groups of optional fields of which each row must carry at least one. */
  readonly requireOneOf?: readonly (readonly string[])[];
  readonly subjects: readonly SubjectSpec[];
  /** Persons named without any ID field, matched by name after publish (never keyed subjects). */
  readonly namedPersons?: readonly NamedPersonSpec[];
  readonly relations: readonly RelationSpec[];
  readonly validity: ValiditySpec;
}

/** A standardized value: see README for the representation of each field type. */
export type StandardValue = string | number | boolean | readonly string[] | null;

export type StandardRecord = Readonly<Record<string, StandardValue>>;
