import { describe, expect, it } from 'vitest';
import { CsvTokenizer } from './csv-tokenizer';
import { FeedReadError } from './errors';

function tokenize(chunks: string[], delimiter = ',', newline: '\n' | '\r' = '\n'): string[][] {
  const tokenizer = new CsvTokenizer(delimiter, newline);
  const out: string[][] = [];
  for (const chunk of chunks) tokenizer.push(chunk, out);
  tokenizer.end(out);
  return out;
}

const TRICKY = 'a,"b,1","c\r\nd"\r\n"",x,"say ""hi"""\n\n"q"tail,,\r\nlast,"x"';
const EXPECTED = [['a', 'b,1', 'c\r\nd'], ['', 'x', 'say "hi"'], [''], ['qtail', '', ''], ['last', 'x']];

describe('CsvTokenizer', () => {
  it('splits records per RFC 4180', () => {
    expect(tokenize([TRICKY])).toEqual(EXPECTED);
  });

  it('gives the same records wherever the chunks are cut', () => {
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      for (const second of [cut, Math.min(TRICKY.length, cut + 3)]) {
        const chunks = [TRICKY.slice(0, cut), TRICKY.slice(cut, second), TRICKY.slice(second)];
        expect(tokenize(chunks), `cut at ${cut}/${second}`).toEqual(EXPECTED);
      }
    }
  });

  it('counts records, not lines, for the row number of an unclosed quote', () => {
    let error: unknown;
    try {
      tokenize(['h\n"1\n2"\n"open\n', 'more\n']);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FeedReadError);
    expect(error).toMatchObject({ code: 'feed.csv_quote', rowNumber: 3 });
  });
});
