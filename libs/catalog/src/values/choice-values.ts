import { catalogMessages } from '../errors';
import { foldValue } from '../spec/fold';
import { type FieldSpec } from '../spec/types';
import { FieldFailure, type FieldNormalizer } from './field-failure';

/** An enum value is matched by its code, either label or any synonym, after folding. */
export function enumNormalizer(field: FieldSpec): FieldNormalizer {
  const codes = new Map<string, string>();
  for (const value of field.enumValues ?? []) {
    for (const spelling of [value.code, value.label.zh, value.label.en, ...value.synonyms]) {
      const key = foldValue(spelling);
      if (!codes.has(key)) codes.set(key, value.code);
    }
  }
  const allowed = (field.enumValues ?? []).map((value) => value.label.zh);
  const failure = new FieldFailure('field.enum', catalogMessages.enum(field.label.zh, allowed));
  return (raw) => codes.get(foldValue(raw)) ?? failure;
}

const TRUE_WORDS = ['是', '对', '有', '√', '✓', '1', 'y', 'yes', 't', 'true'];
const FALSE_WORDS = ['否', '不是', '无', '没有', '×', '✗', '0', 'n', 'no', 'f', 'false'];

/** 是/否, 1/0, Y/N, true/false, plus the field's own words (中标/未中标) as enum values `true`/`false`. */
export function booleanNormalizer(field: FieldSpec): FieldNormalizer {
  const words = new Map<string, boolean>();
  for (const word of TRUE_WORDS) words.set(foldValue(word), true);
  for (const word of FALSE_WORDS) words.set(foldValue(word), false);
  for (const value of field.enumValues ?? []) {
    for (const spelling of [value.label.zh, value.label.en, ...value.synonyms]) {
      words.set(foldValue(spelling), value.code === 'true');
    }
  }
  const failure = new FieldFailure('field.boolean', catalogMessages.boolean(field.label.zh));
  return (raw) => words.get(foldValue(raw)) ?? failure;
}
