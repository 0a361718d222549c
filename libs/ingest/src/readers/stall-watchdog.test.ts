import { describe, expect, it } from 'vitest';
import { stallWatchdog } from './stall-watchdog';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A watchdog whose stall rejects `failed`, as the XLSX reader's guard does. */
function watched(progress: () => number, stallMs: number) {
  let stalls = 0;
  let fail!: (error: Error) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  const watchdog = stallWatchdog(progress, stallMs, () => {
    stalls++;
    fail(new Error('stalled'));
  });
  return { watchdog, failed, stalls: () => stalls };
}

describe('stall watchdog', () => {
  it('fails a read that waits without any progress', async () => {
    const { watchdog, failed, stalls } = watched(() => 0, 200);
    const started = Date.now();
    await expect(watchdog.track(Promise.race([new Promise(() => undefined), failed]))).rejects.toThrow('stalled');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(stalls()).toBe(1);
    watchdog.stop();
  });

  it('lets a slow read finish while bytes keep moving', async () => {
    let bytes = 0;
    const mover = setInterval(() => (bytes += 1), 20);
    const { watchdog, failed, stalls } = watched(() => bytes, 200);
    await expect(watchdog.track(Promise.race([sleep(800).then(() => 'rows'), failed]))).resolves.toBe('rows');
    expect(stalls()).toBe(0);
    clearInterval(mover);
    watchdog.stop();
  });

  it('does not count the time between reads', async () => {
    const { watchdog, failed, stalls } = watched(() => 0, 200);
    await sleep(600);
    await expect(watchdog.track(Promise.race([sleep(50).then(() => 'row'), failed]))).resolves.toBe('row');
    expect(stalls()).toBe(0);
    watchdog.stop();
  });
});
