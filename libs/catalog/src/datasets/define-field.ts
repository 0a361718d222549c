import { type EnumValue, type FieldSpec, type FieldType } from '../spec/types';

// Built-in specs are written as one call per field so each file reads like the table in
// the README: name, type, labels, header synonyms.

interface FieldOptions {
  readonly required?: boolean;
  readonly enumValues?: readonly EnumValue[];
  readonly fraction?: boolean;
  readonly description?: string;
}

export function defineField(
  name: string,
  type: FieldType,
  label: readonly [zh: string, en: string],
  synonyms: readonly string[],
  options: FieldOptions = {},
): FieldSpec {
  const { required = false, ...rest } = options;
  return { name, label: { zh: label[0], en: label[1] }, type, required, synonyms: [...new Set(synonyms)], ...rest };
}

export function enumValue(code: string, label: readonly [zh: string, en: string], synonyms: readonly string[]): EnumValue {
  return { code, label: { zh: label[0], en: label[1] }, synonyms };
}
