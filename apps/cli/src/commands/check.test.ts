import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCheckCommand, runCheck, splitInputLines } from './check';

describe('runCheck', () => {
  it('prints one JSON object per input, in input order, with derived fields', () => {
    const output = runCheck('id', ['44011320141005001x', '36042619910102009X'], { json: true });
    expect(output.exitCode).toBe(1);
    expect(output.lines.map((line) => JSON.parse(line))).toEqual([
      {
        input: '44011320141005001x',
        ok: true,
        value: '44011320141005001X',
        code: null,
        message: null,
        birthDate: '2014-10-05',
        sex: 'male',
        regionCode: '440113',
        regionName: '广东省广州市番禺区',
        upgraded: false,
      },
      { input: '36042619910102009X', ok: false, value: null, code: 'id.checksum', message: '身份证号码校验码错误' },
    ]);
  });

  it('gives amounts as a string of fen', () => {
    const [line] = runCheck('amount', ['0.12万元'], { json: true }).lines;
    expect(JSON.parse(line ?? '')).toMatchObject({ ok: true, value: '120000', yuan: '1200.00' });
  });

  it('prints aligned readable lines with the Chinese message', () => {
    const output = runCheck('phone', ['+86 138 1234 5678', '7252345'], { json: false });
    expect(output.exitCode).toBe(1);
    const [good = '', bad = ''] = output.lines;
    expect(good).toMatch(/^✓ \+86 138 1234 5678 +13812345678 +type=mobile localNumber=13812345678$/);
    expect(bad).toMatch(/^✗ 7252345 +phone\.area_code +固定电话缺少区号或区号无效$/);
    // Columns line up: values and codes start at the same place, so do the details.
    expect(good.indexOf('13812345678')).toBe(bad.indexOf('phone.'));
    expect(good.indexOf('type=')).toBe(bad.indexOf('固定'));
  });

  it('exits 0 when every value is valid', () => {
    expect(runCheck('uscc', ['91110000600037341L'], { json: false }).exitCode).toBe(0);
    expect(runCheck('region', ['常德市武陵区'], { json: true }).exitCode).toBe(0);
  });

  it('exits 2 with the usage on standard error for an unknown kind', () => {
    const output = runCheck('passport', ['E12345678'], { json: false });
    expect(output).toMatchObject({ exitCode: 2, lines: [] });
    expect(output.errors.join('\n')).toContain('zhijian check <kind>');
  });
});

describe('splitInputLines', () => {
  it('reads one value per line, ignoring the final newline', () => {
    expect(splitInputLines('a\r\nb\n\nc\n')).toEqual(['a', 'b', '', 'c']);
    expect(splitInputLines('')).toEqual([]);
  });
});

describe('registerCheckCommand', () => {
  it('turns a missing kind into a usage error with exit code 2', async () => {
    const program = new Command('zhijian').exitOverride().configureOutput({ writeErr: () => undefined });
    registerCheckCommand(program);
    const exitListeners = process.listeners('exit');
    await expect(program.parseAsync(['node', 'zhijian', 'check'])).rejects.toMatchObject({ exitCode: 2 });
    expect(process.exitCode).toBe(2);
    // Leave the test process's own exit code alone.
    for (const listener of process.listeners('exit')) {
      if (!exitListeners.includes(listener)) process.off('exit', listener);
    }
    process.exitCode = 0;
  });
});
