// Topic grouping of complaint text (Chinese). A bounded batch over the chosen period's
// tickets (at most `cap`, newest first), counted in SQL: each ticket's text minus its own
// address is cut into character bigrams (Han runs only, stopwords out). Keywords are the
// bigrams in at least `minTickets` tickets but not so many that they are phrasing. Two
// keywords belong to one topic when the tickets using them mostly coincide (Jaccard of
// their ticket sets ≥ `threshold`) with the group's leading keyword (cluster.ts). A ticket
// belongs to the largest topic of which it uses two keywords, so
// forty differently worded complaints about one market's deposits — which all say 押金,
// 安平, 市场 — make one topic, while each wording's own words form no rival topic.
import type { DbHandle } from '@zhijian/db';
import { type AnalysisFilter, filterSql, SqlParams } from '../filter';
import { chainPhrases, groupKeywords } from './cluster';
import { TOPIC_STOPWORDS } from './stopwords';

export interface TopicInput extends AnalysisFilter {
  /** Most tickets read (default 5,000, newest first). */
  cap?: number;
  /** Jaccard similarity of two keywords' ticket sets from which they name one topic (default 0.5). */
  threshold?: number;
  /** Fewest tickets for a keyword, and for a topic (default 3). */
  minTickets?: number;
  limit?: number;
}

export interface Topic {
  /** The topic's phrases, strongest first, e.g. 押金 · 安平农贸市场. */
  label: string;
  keywords: string[];
  tickets: number;
  ticketNos: string[];
  categories: string[];
  regionCodes: string[];
  firstAt: string;
  lastAt: string;
  /** One ticket's text, to read what it is about. */
  sample: string;
}

export interface TopicResult {
  sampled: number;
  topics: Topic[];
}

export async function findTopics(handle: DbHandle, input: TopicInput): Promise<TopicResult> {
  const params = new SqlParams();
  const where = filterSql(input, params, { day: 'f.received_day', region: 'f.region_code' });
  const cap = params.add(input.cap ?? 5_000, 'int');
  const stopwords = params.add([...TOPIC_STOPWORDS], 'text[]');
  const minTickets = params.add(input.minTickets ?? 3, 'int');
  const client = await handle.pool.connect();
  try {
    await client.query('begin');
    // Which keyword each sampled ticket uses. A keyword in more than a tenth of a large
    // sample is phrasing, not a topic (and would make the pair count quadratic).
    await client.query(
      `create temp table topic_terms on commit drop as
       with docs as (
         select f.record_id, regexp_replace(replace(f.content, coalesce(f.address, ''), '|'), '[^一-龥]+', '|', 'g') as t
         from analysis_ticket_facts f where ${where} order by f.received_at desc limit ${cap}
       ), grams as (
         select distinct d.record_id, substr(d.t, i, 2) as g from docs d, generate_series(1, char_length(d.t) - 1) i
       ), used as (
         select record_id, g from grams where position('|' in g) = 0 and g <> all(${stopwords})
       ), df as (select g, count(*) as df from used group by g),
       sample as (select count(*) as n from docs)
       select u.record_id, u.g, df.df from used u join df using (g) cross join sample
       where df.df >= ${minTickets} and df.df <= greatest(200, sample.n / 10) and df.df < sample.n`,
      params.values,
    );
    const sampled = await client.query<{ n: number }>('select count(distinct record_id)::int as n from topic_terms');
    const linked = await client.query<{ a: string; b: string }>(
      `select x.g as a, y.g as b from topic_terms x join topic_terms y on x.record_id = y.record_id and x.g < y.g
       group by x.g, y.g, x.df, y.df having count(*)::float8 / (x.df + y.df - count(*)) >= $1`,
      [input.threshold ?? 0.5],
    );
    const dfRows = await client.query<{ g: string; df: number }>('select g, min(df)::int as df from topic_terms group by g order by 2 desc, 1');
    const groups = groupKeywords(
      dfRows.rows.map((r) => r.g),
      linked.rows.map((p) => [p.a, p.b] as const),
    );
    const groupOf = groups.flatMap((g, group) => g.map((term) => [term, group]));
    // Per ticket and keyword group: how many of the group's keywords the ticket uses.
    const uses = await client.query<{ record_id: string; grp: number; hits: number }>(
      `with term_group as (select m->>0 as g, (m->>1)::int as grp from jsonb_array_elements($1::jsonb) m)
       select t.record_id, tg.grp, count(*)::int as hits from topic_terms t join term_group tg using (g) group by 1, 2`,
      [JSON.stringify(groupOf)],
    );
    const members = groups.map(() => new Set<number>());
    for (const use of uses.rows) if (use.hits >= 2) members[use.grp]?.add(Number(use.record_id));
    // Largest topic first; a ticket counts in one topic only.
    const order = members.map((m, grp) => ({ grp, size: m.size })).sort((x, y) => y.size - x.size || x.grp - y.grp);
    const taken = new Set<number>();
    const topicsFound: Array<{ grp: number; ids: number[] }> = [];
    for (const { grp } of order) {
      const ids = [...(members[grp] ?? [])].filter((id) => !taken.has(id));
      if (ids.length < (input.minTickets ?? 3)) continue;
      for (const id of ids) taken.add(id);
      topicsFound.push({ grp, ids });
    }
    const chosen = topicsFound.sort((x, y) => y.ids.length - x.ids.length || x.grp - y.grp).slice(0, input.limit ?? 20);
    const dfOf = new Map(dfRows.rows.map((r) => [r.g, r.df]));
    const facts = await client.query<{ topic: number; ticket_nos: string[]; categories: string[]; region_codes: string[]; first_at: Date; last_at: Date; sample: string }>(
      `with member as (select (m->>0)::bigint as record_id, (m->>1)::int as topic from jsonb_array_elements($1::jsonb) m)
       select member.topic, array_agg(f.ticket_no order by f.received_at) as ticket_nos, array_agg(distinct f.category) as categories,
              array_agg(distinct f.region_code) as region_codes, min(f.received_at) as first_at, max(f.received_at) as last_at,
              (array_agg(f.content order by f.received_at))[1] as sample
       from analysis_ticket_facts f join member using (record_id) group by 1 order by 1`,
      [JSON.stringify(chosen.flatMap(({ ids }, topic) => ids.map((id) => [id, topic])))],
    );
    await client.query('commit');
    const topics = facts.rows.map((row) => {
      // The keywords most tickets of the topic use come first.
      const keywords = [...(groups[chosen[row.topic]?.grp ?? -1] ?? [])]
        .sort((x, y) => (dfOf.get(y) ?? 0) - (dfOf.get(x) ?? 0) || x.localeCompare(y))
        .slice(0, 8);
      return {
        label: chainPhrases(keywords).slice(0, 3).join(' · '),
        keywords,
        tickets: row.ticket_nos.length,
        ticketNos: row.ticket_nos,
        categories: row.categories,
        regionCodes: row.region_codes,
        firstAt: row.first_at.toISOString(),
        lastAt: row.last_at.toISOString(),
        sample: row.sample,
      };
    });
    return { sampled: sampled.rows[0]?.n ?? 0, topics };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
