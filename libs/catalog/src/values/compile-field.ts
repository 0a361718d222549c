import {
  normalizeCertificateNumber,
  normalizePhone,
  normalizePlate,
  normalizeRegion,
  normalizeUscc,
  type Result,
} from '@zhijian/standard';
import { type FieldSpec } from '../spec/types';
import { amountNormalizer } from './amount-values';
import { booleanNormalizer, enumNormalizer } from './choice-values';
import { fromStandardFailure, type FieldNormalizer } from './field-failure';
import { residentIdListNormalizer, residentIdNormalizer, normalizePersonName } from './identifier-values';
import { decimalNormalizer, integerNormalizer } from './number-values';
import { normalizeString, normalizeText } from './text-values';
import { dateNormalizer, datetimeNormalizer, monthNormalizer } from './time-values';
import { type StandardizeOptions } from './standardize-options';

function fromStandard(normalize: (input: string) => Result<string | number>): FieldNormalizer {
  return (raw) => {
    const result = normalize(raw);
    return result.ok ? result.value : fromStandardFailure(result);
  };
}

const normalizeUsccField = fromStandard(normalizeUscc);
const normalizePlateField = fromStandard(normalizePlate);
const normalizePhoneField = fromStandard(normalizePhone);
const normalizeCertificateField = fromStandard(normalizeCertificateNumber);
const normalizeRegionField = fromStandard(normalizeRegion);

/**
 * The normalizer of one field, chosen and configured once per file. `header` is the
 * source column's, which may carry a unit (万元).
 */
export function compileFieldNormalizer(
  field: FieldSpec,
  options: StandardizeOptions = {},
  header: string | null = null,
): FieldNormalizer {
  const dateOptions = { excelSystem: options.excelSystem ?? 1900 };
  const idOptions = { now: options.now, regionCheck: options.regionCheck };
  switch (field.type) {
    case 'string':
      return normalizeString;
    case 'text':
      return normalizeText;
    case 'integer':
      return integerNormalizer(field);
    case 'decimal':
      return decimalNormalizer(field);
    case 'boolean':
      return booleanNormalizer(field);
    case 'enum':
      return enumNormalizer(field);
    case 'date':
      return dateNormalizer(dateOptions);
    case 'datetime':
      return datetimeNormalizer(dateOptions);
    case 'month':
      return monthNormalizer(dateOptions);
    case 'amount':
      return amountNormalizer(header);
    case 'id_number':
      return residentIdNormalizer(idOptions);
    case 'id_number_list':
      return residentIdListNormalizer(idOptions);
    case 'uscc':
      return normalizeUsccField;
    case 'plate':
      return normalizePlateField;
    case 'phone':
      return normalizePhoneField;
    case 'certificate_no':
      return normalizeCertificateField;
    case 'person_name':
      return normalizePersonName;
    case 'region_code':
      return normalizeRegionField;
  }
}
