// A read that waits on a stream which will never deliver (a library waiting for the end
// of a part that is not there) would hold a worker's job forever. The watchdog calls for
// such a read to be failed once nothing has moved for a while. It judges progress, not
// duration: a large workbook may take minutes to reach its rows, but bytes keep moving.

export interface StallWatchdog {
  /** Awaits `read`, counting the time it is pending toward a stall. */
  track<T>(read: Promise<T>): Promise<T>;
  stop(): void;
}

/**
 * `progress()` returns a number that grows while work is done (bytes read, bytes unzipped).
 * If it stays the same for `stallMs` while a tracked read is pending, `onStall` runs
 * (once); it must make the pending read fail.
 */
export function stallWatchdog(progress: () => number, stallMs: number, onStall: () => void): StallWatchdog {
  let pending = 0;
  let lastProgress = progress();
  let lastChange = Date.now();
  let stalled = false;
  const moved = () => {
    lastProgress = progress();
    lastChange = Date.now();
  };

  // One timer for the whole read: a timer per row would cost more than the row.
  const timer = setInterval(
    () => {
      if (pending === 0 || progress() !== lastProgress) return moved();
      if (stalled || Date.now() - lastChange < stallMs) return;
      stalled = true;
      clearInterval(timer);
      onStall();
    },
    Math.max(10, Math.min(1000, Math.floor(stallMs / 4))),
  );
  timer.unref();

  return {
    async track(read) {
      // Time between reads is the caller's own work, not the reader's stall.
      if (pending++ === 0) moved();
      try {
        return await read;
      } finally {
        pending--;
      }
    },
    stop: () => clearInterval(timer),
  };
}
