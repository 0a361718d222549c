import { foldWidth } from '../spec/fold';
import { type FieldNormalizer } from './field-failure';

const WHITESPACE_RUN = /\s+/g;
const CARRIAGE_RETURN = /\r\n?/g;

/** Short text (names of units, codes, categories): NFKC, trimmed, inner whitespace as one space. */
export const normalizeString: FieldNormalizer = (raw) => {
  return foldWidth(raw).trim().replace(WHITESPACE_RUN, ' ');
};

/** Long text (a ticket's content) is evidence: only trimmed and given `\n` line ends. */
export const normalizeText: FieldNormalizer = (raw) => raw.trim().replace(CARRIAGE_RETURN, '\n');
