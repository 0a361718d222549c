// Readers parse a whole chunk of the file at a time and hand its rows over one by one.
// A hand-written iterator serving rows from the current batch costs one resolved promise
// per row; an async generator yielding each row costs several microtask hops more,
// which at a million rows is most of the reader's time.
import { type FeedRow, type OpenFeed } from './types';

/**
 * `nextBatch` returns the rows of the next chunk (possibly none) or `undefined` at the
 * end; `release` runs once when iteration ends, fails or is abandoned.
 */
export function batchedRows(
  nextBatch: () => Promise<FeedRow[] | undefined>,
  release: () => void,
): AsyncIterableIterator<FeedRow> {
  let batch: FeedRow[] = [];
  let index = 0;
  let finished = false;
  let busy = false;
  let queue: Promise<unknown> = Promise.resolve();

  const finish = (): IteratorResult<FeedRow> => {
    if (!finished) {
      finished = true;
      batch = [];
      release();
    }
    return { done: true, value: undefined };
  };

  async function load(): Promise<IteratorResult<FeedRow>> {
    try {
      while (!finished) {
        const next = await nextBatch();
        if (finished) break;
        if (next === undefined) return finish();
        if (next.length > 0) {
          batch = next;
          index = 1;
          return { done: false, value: next[0] as FeedRow };
        }
      }
      return { done: true, value: undefined };
    } catch (error) {
      finish();
      throw error;
    }
  }

  const iterator: AsyncIterableIterator<FeedRow> = {
    next() {
      if (busy) {
        // A caller that did not await next() before calling it again waits its turn.
        const queued = queue.then(() => iterator.next());
        queue = queued.catch(() => undefined);
        return queued;
      }
      if (index < batch.length) return Promise.resolve({ done: false, value: batch[index++] as FeedRow });
      if (finished) return Promise.resolve({ done: true, value: undefined });
      busy = true;
      const loaded = load().finally(() => {
        busy = false;
      });
      queue = loaded.catch(() => undefined);
      return loaded;
    },
    return() {
      return Promise.resolve(finish());
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/**
 * The OpenFeed a text reader returns: rows served batch by batch, first the ones it
 * already scanned to find the header, then the rest as `readMore` parses them.
 */
export function textFeed<T>(
  meta: Pick<OpenFeed, 'format' | 'encoding' | 'headerRowNumber' | 'headers'>,
  source: { scanned: T[]; readMore: () => Promise<T[]>; ended: () => boolean; close: () => void; bytesRead: () => number },
  toRow: (item: T) => FeedRow,
): OpenFeed {
  let firstServed = false;
  const nextBatch = async (): Promise<FeedRow[] | undefined> => {
    if (!firstServed) {
      firstServed = true;
      return source.scanned.map(toRow);
    }
    if (source.ended()) return undefined;
    return (await source.readMore()).map(toRow);
  };
  const rows = batchedRows(nextBatch, source.close);
  return {
    ...meta,
    rows,
    close: async () => {
      await rows.return?.();
    },
    bytesRead: source.bytesRead,
  };
}
