// Subject identities and names when a batch's chunks are written side by side, by one
// process or several.
//
// Identities first: a chunk resolves its subjects in a short transaction of its own, committed
// before its records are written. Chunks of one batch name the same persons (a ledger pays
// them month after month); resolved inside the chunk's long transaction, a new subject would
// hold every later chunk at its first statement until this chunk committed, and the chunks
// would be written one after the other. Subjects are identities, not facts (a subject may
// exist before a visible fact names it); one whose chunk never commits is found again by the
// chunk's retry.
//
// Names follow the rule staging always had: a subject that had no name before the batch
// takes the name of the batch's latest row that names it; one named before keeps its name.
// A SubjectResolver only remembers what it resolved itself, so a chunk notes here which of
// its subjects were unnamed before it (for the ledger) and — at its turn, once every earlier
// chunk committed — renames the subjects the batch named earlier to the name its rows give.
// Since identities commit early, a chunk written a second time (its first attempt rolled
// back) would find the names its first attempt gave; so what a chunk saw the first time is
// kept beside its rows, and every attempt goes by that.
import { readFile } from 'node:fs/promises';
import { withTransaction } from '@zhijian/db';
import type { Pool, PoolClient } from 'pg';
import { writeFileAtomically } from './chunk-files';
import type { IdSet } from './hash-set64';
import { SubjectMap, SubjectResolver, type WantedSubject } from './subject-resolver';

export class ChunkSubjectResolver extends SubjectResolver {
  private resolved: WantedSubject[] | null = null;
  /** Subjects that did not exist, or had no name, when this chunk resolved them. */
  private readonly unnamedBefore = new Set<WantedSubject>();

  constructor(
    private readonly pool: Pool,
    /** Where the chunk keeps the subjects it found unnamed the first time (chunk-files.ts). */
    private readonly firstViewFile: string,
  ) {
    super();
  }

  /** Resolves in a transaction of its own on another connection (see above), not the chunk's. */
  override async resolve(_chunkTransaction: PoolClient, wanted: Iterable<WantedSubject>): Promise<void> {
    const subjects = [...wanted];
    await withTransaction(this.pool, async (client) => {
      await client.query('set local synchronous_commit = off');
      await this.resolveIn(client, subjects);
    });
    this.resolved = subjects;
  }

  private async resolveIn(client: PoolClient, subjects: WantedSubject[]): Promise<void> {
    if (subjects.length > 0) {
      const { rows } = await client.query<{ type: string; key: string }>(
        `select s.type::text as type, s.key from subjects s
         join unnest($1::text[], $2::text[]) as u(type, key) on s.type = u.type::subject_type and s.key = u.key
         where s.name is not null`,
        [subjects.map((s) => s.type), subjects.map((s) => s.key)],
      );
      const named = new SubjectMap<true>();
      for (const row of rows) named.set(row.type, row.key, true);
      const unnamed = subjects.filter((subject) => named.get(subject.type, subject.key) === undefined);
      // Kept before any attempt of this chunk commits a name, so the first view is the one kept.
      await writeFileAtomically(this.firstViewFile, unnamed.map((subject) => `${subject.type}\t${subject.key}`).join('\n'), { keep: true });
      const firstView = new SubjectMap<true>();
      for (const line of (await readFile(this.firstViewFile, 'utf8')).split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) firstView.set(line.slice(0, tab), line.slice(tab + 1), true);
      }
      for (const subject of subjects) if (firstView.get(subject.type, subject.key) !== undefined) this.unnamedBefore.add(subject);
    }
    await super.resolve(client, subjects);
  }

  /** False until the chunk's write resolved its subjects (a chunk without accepted rows has none). */
  get hasResolved(): boolean {
    return this.resolved !== null;
  }

  /**
   * At the chunk's turn: renames the subjects an earlier chunk of the batch named to this
   * chunk's name for them, and returns the subjects whose name the batch now owns first.
   */
  async settleNames(client: PoolClient, namedByBatch: IdSet): Promise<number[]> {
    const firstNamed: number[] = [];
    const renames = new Map<number, string>();
    for (const subject of this.resolved ?? []) {
      const id = subject.id as number;
      if (namedByBatch.has(id)) {
        if (subject.name !== null) renames.set(id, subject.name);
      } else if (this.unnamedBefore.has(subject)) {
        // Its name (if this chunk gave one) was set when this chunk resolved it — unless a
        // later chunk resolving at the same time got there first; that one renames it at its turn.
        firstNamed.push(id);
      }
    }
    if (renames.size > 0) {
      const ids = [...renames.keys()].sort((a, b) => a - b); // the same lock order as any other writer
      await client.query(
        `update subjects s set name = u.name from unnest($1::bigint[], $2::text[]) as u(id, name)
         where s.id = u.id and s.name is distinct from u.name`,
        [ids, ids.map((id) => renames.get(id) as string)],
      );
    }
    return firstNamed;
  }
}
