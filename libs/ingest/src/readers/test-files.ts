// Test support: real files in a throw-away directory, and reading a feed to the end.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type FeedRow, type OpenFeed } from './types';

export interface TempDir {
  /** Writes `content` to `name` in the directory and returns the full path. */
  file(name: string, content: string | Uint8Array): Promise<string>;
  path(name: string): string;
  remove(): Promise<void>;
}

export async function createTempDir(): Promise<TempDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zhijian-readers-'));
  return {
    async file(name, content) {
      const filePath = path.join(dir, name);
      await writeFile(filePath, content);
      return filePath;
    },
    path: (name) => path.join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function readAll(feed: OpenFeed): Promise<FeedRow[]> {
  const rows: FeedRow[] = [];
  try {
    for await (const row of feed.rows) rows.push(row);
  } finally {
    await feed.close();
  }
  return rows;
}
