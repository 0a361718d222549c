// `zhijian check <kind> [value…]`: normalize and validate values with
// @zhijian/standard, from arguments or one per line on standard input.
// Exit code 0 when every value is valid, 1 when any is invalid, 2 on a usage error.
import { isStandardKind, normalizeAs, standardKindNames, type Result } from '@zhijian/standard';
import { CommanderError, type Command } from 'commander';

export interface CheckOutput {
  /** Lines for standard output, in input order. */
  readonly lines: string[];
  /** Lines for standard error (usage). */
  readonly errors: string[];
  readonly exitCode: 0 | 1 | 2;
}

export const checkUsage = [
  '用法 / usage: zhijian check <kind> [value...] [--json]',
  `kind: ${standardKindNames.join(' | ')}`,
  '没有 value 时从标准输入逐行读取 / without values, reads one value per line from standard input',
].join('\n');

const EXIT_ALL_VALID = 0;
const EXIT_SOME_INVALID = 1;
const EXIT_USAGE = 2;

/** The pure part of the command: what it prints and how it exits, for given values. */
export function runCheck(kind: string, values: readonly string[], options: { json: boolean }): CheckOutput {
  if (!isStandardKind(kind)) return { lines: [], errors: [checkUsage], exitCode: EXIT_USAGE };
  const results = values.map((input) => ({ input, result: normalizeAs(kind, input) }));
  const lines = options.json ? results.map(({ input, result }) => jsonLine(input, result)) : humanLines(results);
  const exitCode = results.every(({ result }) => result.ok) ? EXIT_ALL_VALID : EXIT_SOME_INVALID;
  return { lines, errors: [], exitCode };
}

/** `{input, ok, value, code, message, …derived}`, every key present (null where not applicable). */
function jsonLine(input: string, result: Result<unknown>): string {
  if (!result.ok) {
    return JSON.stringify({ input, ok: false, value: null, code: result.code, message: result.message });
  }
  const { ok: _ok, value, ...derived } = result as { ok: true; value: unknown } & Record<string, unknown>;
  return JSON.stringify({ input, ok: true, value: String(value), code: null, message: null, ...derived });
}

function humanLines(results: readonly { input: string; result: Result<unknown> }[]): string[] {
  const shown = results.map(({ input, result }) => ({
    input: JSON.stringify(input).slice(1, -1),
    mark: result.ok ? '✓' : '✗',
    middle: result.ok ? String(result.value) : result.code,
    detail: result.ok ? describeDerived(result) : result.message,
  }));
  const inputWidth = Math.max(0, ...shown.map((s) => displayWidth(s.input)));
  const middleWidth = Math.max(0, ...shown.map((s) => displayWidth(s.middle)));
  return shown.map(({ mark, input, middle, detail }) =>
    `${mark} ${padEnd(input, inputWidth)}  ${padEnd(middle, middleWidth)}  ${detail}`.trimEnd(),
  );
}

function describeDerived(result: Result<unknown>): string {
  return Object.entries(result)
    .filter(([key, value]) => key !== 'ok' && key !== 'value' && value !== null && value !== undefined)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`)
    .join(' ');
}

// East Asian wide characters take two terminal columns.
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Standard input split into lines; a final newline does not make an extra value. */
export function splitInputLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function setExitCode(code: number): void {
  process.exitCode = code;
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description(`校验并规范化数据 / normalize and validate values (${standardKindNames.join(', ')})`)
    .argument('<kind>', standardKindNames.join(' | '))
    .argument('[values...]', 'values to check; read one per line from standard input when omitted')
    .option('--json', 'one JSON object per input, one per line')
    .exitOverride((error) => {
      // Commander reports usage errors with exit code 1; this command's contract says 2.
      const exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      setExitCode(exitCode);
      throw new CommanderError(exitCode, error.code, error.message);
    })
    .action(async (kind: string, values: string[], options: { json?: boolean }) => {
      if (!isStandardKind(kind)) {
        process.stderr.write(`${checkUsage}\n`);
        setExitCode(EXIT_USAGE);
        return;
      }
      const inputs = values.length > 0 ? values : splitInputLines(await readStandardInput());
      const output = runCheck(kind, inputs, { json: Boolean(options.json) });
      if (output.lines.length > 0) process.stdout.write(`${output.lines.join('\n')}\n`);
      setExitCode(output.exitCode);
    });
}
