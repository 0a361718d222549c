// Subjects by canonical key → ids, resolved once per staged chunk with two or three
// set-based statements, and remembered for the chunks that follow (a ledger names the
// same persons month after month).
//
// Identity lives in `subject_keys` (one row per type and key, distributed by key on Citus;
// docs/SCALING.md): a new key takes an id from subjects_id_seq and its subjects row in the
// same statement; a key seen before is found there.
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

interface SubjectRow {
  id: string;
  type: string;
  key: string;
  name: string | null;
}

interface Rename {
  known: KnownSubject;
  name: string;
  /** This batch named the subject (a later row's name replaces it); else only a subject without a name takes it. */
  ours: boolean;
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
    const renames: Rename[] = [];
    for (const subject of wanted) {
      const known = this.known.get(subject.type, subject.key);
      if (known === undefined) {
        unknown.push(subject);
        continue;
      }
      subject.id = known.id;
      if (subject.name === null || known.named === 'earlier' || subject.name === known.name) continue;
      renames.push({ known, name: subject.name, ours: known.named === 'batch' });
      known.named = 'batch';
      known.name = subject.name;
    }
    if (unknown.length > 0) await this.createOrFind(client, unknown, renames);
    if (renames.length > 0) await this.rename(client, renames);
  }

  private async createOrFind(client: PoolClient, subjects: WantedSubject[], renames: Rename[]): Promise<void> {
    if (this.known.size + subjects.length > MAX_KNOWN_SUBJECTS) this.known.clear();
    const byRef = new SubjectMap<WantedSubject>();
    for (const subject of subjects) byRef.set(subject.type, subject.key, subject);
    // New keys first, sorted, so concurrent batches naming the same subjects take the key
    // locks in the same order; a key another batch is creating waits for it, then is found below.
    const created = await client.query<SubjectRow>(
      `with wanted as (
         select u.type::subject_type as type, u.key, u.name from unnest($1::text[], $2::text[], $3::text[]) as u(type, key, name)
       ),
       keyed as (
         insert into subject_keys (type, key, subject_id)
         select w.type, w.key, nextval('subjects_id_seq') from wanted w
         where not exists (select 1 from subject_keys k where k.type = w.type and k.key = w.key)
         order by 1, 2
         on conflict (type, key) do nothing
         returning type, key, subject_id
       )
       insert into subjects (id, type, key, name)
       select k.subject_id, k.type, k.key, w.name from keyed k join wanted w on w.type = k.type and w.key = k.key
       returning id, type::text, key, name`,
      [subjects.map((s) => s.type), subjects.map((s) => s.key), subjects.map((s) => s.name)],
    );
    for (const row of created.rows) this.remember(row, row.name === null ? 'none' : 'batch', byRef);
    if (created.rows.length === subjects.length) return;
    const existing = subjects.filter((s) => s.id === undefined);
    const found = await client.query<SubjectRow>(
      `select s.id, s.type::text, s.key, s.name from subject_keys k
       join unnest($1::text[], $2::text[]) as u(type, key) on k.type = u.type::subject_type and k.key = u.key
       join subjects s on s.id = k.subject_id`,
      [existing.map((s) => s.type), existing.map((s) => s.key)],
    );
    for (const row of found.rows) {
      const wanted = byRef.get(row.type, row.key) as WantedSubject;
      // An existing subject without a name takes this batch's.
      if (row.name === null && wanted.name !== null) {
        renames.push({ known: this.remember({ ...row, name: wanted.name }, 'batch', byRef), name: wanted.name, ours: false });
      } else this.remember(row, row.name === null ? 'none' : 'earlier', byRef);
    }
    const missing = existing.find((s) => s.id === undefined);
    if (missing !== undefined) throw new Error(`subject ${missing.type} ${missing.key}: in subject_keys without its subjects row`);
  }

  private async rename(client: PoolClient, renames: Rename[]): Promise<void> {
    renames.sort((a, b) => a.known.id - b.known.id); // the same lock order as any other batch
    const { rows } = await client.query<{ id: string }>(
      `update subjects s set name = u.name
       from unnest($1::bigint[], $2::text[], $3::boolean[]) as u(id, name, ours)
       where s.id = u.id and (u.ours or s.name is null)
       returning s.id`,
      [renames.map((r) => r.known.id), renames.map((r) => r.name), renames.map((r) => r.ours)],
    );
    if (rows.length === renames.length) return;
    // Named by another batch in the meantime: that name stays, as an earlier batch's would.
    const renamed = new Set(rows.map((row) => Number(row.id)));
    for (const rename of renames) if (!renamed.has(rename.known.id)) rename.known.named = 'earlier';
  }

  private remember(row: SubjectRow, named: NameOwner, wanted: SubjectMap<WantedSubject>): KnownSubject {
    const id = Number(row.id);
    const subject = wanted.get(row.type, row.key);
    if (subject !== undefined) subject.id = id;
    const known = { id, named, name: row.name };
    this.known.set(row.type, row.key, known);
    return known;
  }
}
