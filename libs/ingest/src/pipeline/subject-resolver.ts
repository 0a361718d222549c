// Subjects by canonical key → ids, resolved once per staged chunk with two or three
// set-based statements, and remembered for the chunks that follow (a ledger names the
// same persons month after month).
//
// Names follow the rule publishing always had: a new subject takes the name of the latest
// row of the batch that names it; an existing subject gains a name only when it has none.
import type { PoolClient } from 'pg';

/** Whose name a known subject carries: this batch's (a later row may still change it), an earlier one's, or none. */
type NameOwner = 'batch' | 'earlier' | 'none';

interface KnownSubject {
  id: number;
  named: NameOwner;
  name: string | null;
}

export interface WantedSubject {
  type: string;
  key: string;
  /** The name given by the chunk's latest row that names this subject. */
  name: string | null;
  /** Set by `resolve`. */
  id?: number;
}

/** Bounds the memory of very large batches; forgetting costs a lookup, and a later row's name then no longer replaces an earlier one's. */
const MAX_KNOWN_SUBJECTS = 500_000;

/** Subjects by type, then key: no composite key string per row. */
export class SubjectMap<T> {
  private readonly byType = new Map<string, Map<string, T>>();
  size = 0;

  get(type: string, key: string): T | undefined {
    return this.byType.get(type)?.get(key);
  }

  set(type: string, key: string, value: T): void {
    let byKey = this.byType.get(type);
    if (byKey === undefined) this.byType.set(type, (byKey = new Map()));
    if (!byKey.has(key)) this.size++;
    byKey.set(key, value);
  }

  clear(): void {
    this.byType.clear();
    this.size = 0;
  }

  *values(): IterableIterator<T> {
    for (const byKey of this.byType.values()) yield* byKey.values();
  }
}

export class SubjectResolver {
  private readonly known = new SubjectMap<KnownSubject>();

  /** Sets the id of every wanted subject, creating the new ones. Runs inside the chunk's transaction. */
  async resolve(client: PoolClient, wanted: Iterable<WantedSubject>): Promise<void> {
    const unknown: WantedSubject[] = [];
    const renames: Array<{ id: number; name: string; ours: boolean }> = [];
    for (const subject of wanted) {
      const known = this.known.get(subject.type, subject.key);
      if (known === undefined) {
        unknown.push(subject);
        continue;
      }
      subject.id = known.id;
      if (subject.name === null || known.named === 'earlier' || subject.name === known.name) continue;
      renames.push({ id: known.id, name: subject.name, ours: known.named === 'batch' });
      known.named = 'batch';
      known.name = subject.name;
    }
    if (unknown.length > 0) await this.createOrFind(client, unknown);
    if (renames.length > 0) {
      renames.sort((a, b) => a.id - b.id); // the same lock order as any other batch
      await client.query(
        `update subjects s set name = u.name
         from unnest($1::bigint[], $2::text[], $3::boolean[]) as u(id, name, ours)
         where s.id = u.id and (u.ours or s.name is null)`,
        [renames.map((r) => r.id), renames.map((r) => r.name), renames.map((r) => r.ours)],
      );
    }
  }

  private async createOrFind(client: PoolClient, subjects: WantedSubject[]): Promise<void> {
    if (this.known.size + subjects.length > MAX_KNOWN_SUBJECTS) this.known.clear();
    const types = subjects.map((s) => s.type);
    const keys = subjects.map((s) => s.key);
    // Sorted, so concurrent batches naming the same subjects lock them in the same order.
    const created = await client.query<{ id: string; type: string; key: string; name: string | null }>(
      `insert into subjects (type, key, name)
       select type::subject_type, key, name from unnest($1::text[], $2::text[], $3::text[]) as u(type, key, name)
       order by 1, 2
       on conflict (type, key) do update set name = excluded.name
         where subjects.name is null and excluded.name is not null
       returning id, type::text, key, name`,
      [types, keys, subjects.map((s) => s.name)],
    );
    const byRef = new SubjectMap<WantedSubject>();
    for (const subject of subjects) byRef.set(subject.type, subject.key, subject);
    for (const row of created.rows) this.remember(row, row.name === null ? 'none' : 'batch', byRef);
    if (created.rows.length === subjects.length) return;
    // Subjects that existed already and kept their name (or both had none).
    const existing = await client.query<{ id: string; type: string; key: string; name: string | null }>(
      `select s.id, s.type::text, s.key, s.name from subjects s
       join unnest($1::text[], $2::text[]) as u(type, key) on s.type = u.type::subject_type and s.key = u.key`,
      [types, keys],
    );
    for (const row of existing.rows) {
      if (byRef.get(row.type, row.key)?.id === undefined) this.remember(row, row.name === null ? 'none' : 'earlier', byRef);
    }
  }

  private remember(row: { id: string; type: string; key: string; name: string | null }, named: NameOwner, wanted: SubjectMap<WantedSubject>): void {
    const id = Number(row.id);
    const subject = wanted.get(row.type, row.key);
    if (subject !== undefined) subject.id = id;
    this.known.set(row.type, row.key, { id, named, name: row.name });
  }
}
