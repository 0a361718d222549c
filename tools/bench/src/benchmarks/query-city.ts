// A generated city for the relational-query benchmark, built with set-based SQL
// (generate_series) straight into the library tables: persons with valid resident IDs,
// organizations, properties, vehicles, one register record per person and over five million
// typed relations, including hubs (large employers, shared flats). Names come from small
// character tables whose pinyin initials are computed once in JavaScript, so the search
// terms are generated in SQL too.
import { type DbHandle, insertSubjectsSql } from '@zhijian/db';
import { pinyin } from 'pinyin-pro';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文斌辉鹏飞玉兰红梅建国志海波'];
const ROADS = ['朝阳路', '人民路', '武陵大道', '洞庭大道', '建设路', '青年路', '皂果路', '柳叶大道', '桃花源路', '育英路'];

const initial = (char: string, surname: boolean) =>
  (pinyin(char, { mode: surname ? 'surname' : 'normal', surname: surname ? 'head' : 'off', toneType: 'none', type: 'array' })[0] ?? '?').slice(0, 1);

export interface CitySize {
  persons: number;
}

export interface City {
  persons: number;
  organizations: number;
  properties: number;
  vehicles: number;
  relations: number;
  /** Subject ids of persons, for sampling; persons are 1..persons. */
  firstPerson: number;
}

export async function generateCity(handle: DbHandle, size: CitySize): Promise<City> {
  const N = size.persons;
  const M = Math.max(10, Math.floor(N / 20));
  const P = Math.floor(N * 0.4);
  const V = Math.floor(N * 0.3);
  const client = await handle.pool.connect();
  const q = (text: string, params: unknown[] = []) => client.query(text, params);
  try {
    await q('set synchronous_commit = off');
    await q(`create function pg_temp.resident_id(first17 text) returns text language sql immutable as $$
      select first17 || substr('10X98765432', (
        select sum(substr(first17, i, 1)::int * (array[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i]) from generate_series(1, 17) i
      )::int % 11 + 1, 1) $$`);
    await q(`insert into departments (code, name) values ('police', '市公安局'), ('hr', '市委组织部'), ('market', '市市场监督管理局'),
      ('realestate', '市不动产登记中心'), ('trading', '市公共资源交易中心') on conflict do nothing`);
    const { rows: batches } = await q(`insert into batches (dataset_code, dataset_version, department_id, file_sha256, file_name, file_size, status, uploaded_via)
      select d.dataset, 1, dep.id, md5(d.dataset), d.dataset || '.csv', 0, 'published', 'bench'
      from (values ('population.person', 'police'), ('population.family', 'police'), ('hr.public_official', 'hr'), ('market.enterprise', 'market'),
                   ('market.shareholder', 'market'), ('realestate.property', 'realestate'), ('vehicle.registration', 'police'), ('procurement.bid', 'trading'),
                   ('housing.rental_application', 'realestate')) d(dataset, department)
      join departments dep on dep.code = d.department
      returning id, dataset_code`);
    const batch = Object.fromEntries(batches.map((b: { id: string; dataset_code: string }) => [b.dataset_code, b.id]));

    // Persons 1..N (fresh tables: ids follow generate_series), then organizations, properties, vehicles.
    await q(
      insertSubjectsSql(`select 'person', pg_temp.resident_id('430702' || to_char(date '1940-01-01' + (g % 25000), 'YYYYMMDD') || lpad((g / 25000)::text, 3, '0')),
              ($2::text[])[1 + g % $4] || ($3::text[])[1 + (g / $4) % $5] || ($3::text[])[1 + (g / ($4 * $5)) % $5]
       from generate_series(1, $1) g`),
      [N, SURNAMES, GIVEN, SURNAMES.length, GIVEN.length],
    );
    await q(insertSubjectsSql(`select 'organization', '91430700' || lpad(g::text, 9, '0') || 'X', '常德市第' || g || '号有限公司' from generate_series(1, $1) g`), [M]);
    await q(insertSubjectsSql(`select 'property', '湘(2020)常德市不动产权第' || lpad(g::text, 7, '0') || '号', '常德市武陵区' || ($2::text[])[1 + g % 10] || (g / 10 % 800) || '号' from generate_series(1, $1) g`), [P, ROADS]);
    await q(insertSubjectsSql(`select 'vehicle', '湘J' || lpad(g::text, 6, '0'), null from generate_series(1, $1) g`), [V]);
    const orgBase = N;
    const propertyBase = N + M;
    const vehicleBase = N + M + P;

    await q(
      `insert into records (dataset_code, batch_id, row_number, subject_id, subject_role, attrs, valid_from, valid_to)
       select 'population.person', $2::uuid, g + 1, s.id, 'person',
              jsonb_build_object('id_number', s.key, 'name', s.name, 'address', '常德市武陵区' || ($3::text[])[1 + g % 10] || (g / 10 % 2500) || '号'), null, null
       from generate_series(1, $1) g join subjects s on s.id = g`,
      [N, batch['population.person'], ROADS],
    );

    // Relations: (type, from, to, dataset) per generator; record_id is the person's register
    // record (ids 1..N), a stand-in the profile's lineage join can follow.
    const relationSql = (type: string, dataset: string, series: string, from: string, to: string, validFrom = `date '2010-01-01' + (g % 4000)`) =>
      q(`insert into relations (type, from_subject_id, to_subject_id, valid_from, valid_to, attributes, record_id, batch_id, dataset_code)
         select '${type}', ${from}, ${to}, ${validFrom}, null, '{}'::jsonb, 1 + (g % ${N}), '${batch[dataset]}'::uuid, '${dataset}'
         from ${series}`);
    const g = (n: number) => `generate_series(1, ${n}) g`;
    await relationSql('family', 'population.family', `generate_series(1, ${N - 1}, 2) g`, 'g', 'g + 1', `date '1990-01-01' + (g % 9000)`);
    await relationSql('family', 'population.family', g(N), 'g', `1 + (g::bigint * 7919) % ${N}`);
    await relationSql('family', 'population.family', g(N), 'g', `1 + (g::bigint * 104729 + 13) % ${N}`);
    // Every 50th person works for one of 20 large employers (hubs of ~1,000); the rest spread out.
    await relationSql('employment', 'hr.public_official', g(N), 'g', `${orgBase} + 1 + case when g % 50 = 0 then (g / 50) % 20 else 20 + (g::bigint * 31) % ${M - 20} end`);
    await relationSql('ownership', 'realestate.property', g(Math.floor(N * 0.6)), 'g', `${propertyBase} + 1 + case when g % 1000 = 0 then (g / 1000) % 10 else (g::bigint * 17) % ${P} end`);
    await relationSql('vehicle_ownership', 'vehicle.registration', `generate_series(3, ${N}, 3) g`, 'g', `${vehicleBase} + 1 + (g / 3) % ${V}`);
    await relationSql('shareholder', 'market.shareholder', `generate_series(4, ${N}, 4) g`, 'g', `${orgBase} + 1 + (g::bigint * 13) % ${M}`);
    await relationSql('legal_representative', 'market.enterprise', g(M), `1 + (g::bigint * 37) % ${N}`, `${orgBase} + g`);
    await relationSql('bidder', 'procurement.bid', g(8 * M), `${orgBase} + 1 + g % ${M}`, `${orgBase} + 1 + (g::bigint * 7) % ${M}`);
    await relationSql('buyer', 'procurement.bid', g(2 * M), `${orgBase} + 1 + (g::bigint * 7) % ${M}`, `${orgBase} + 1 + g % ${M}`);

    // Search terms, set-based: name, pinyin initials (from the character tables) and address.
    const surnameInitials = SURNAMES.map((c) => initial(c, true));
    const givenInitials = GIVEN.map((c) => initial(c, false));
    await q(
      `insert into subject_search_terms (subject_id, kind, term, batch_id)
       select g, 'name', s.name, null::uuid from generate_series(1, $1) g join subjects s on s.id = g
       union all
       select g, 'initials', ($2::text[])[1 + g % $4] || ($3::text[])[1 + (g / $4) % $5] || ($3::text[])[1 + (g / ($4 * $5)) % $5], null from generate_series(1, $1) g`,
      [N, surnameInitials, givenInitials, SURNAMES.length, GIVEN.length],
    );
    await q(`insert into subject_search_terms (subject_id, kind, term, batch_id) select subject_id, 'address', lower(attrs ->> 'address'), batch_id from records`);
    await q(`insert into subject_search_terms (subject_id, kind, term, batch_id)
             select id, 'name', lower(name), null from subjects where type in ('organization', 'property') and name is not null`);
    await q('analyze');
    const { rows } = await q('select count(*)::int as n from relations');
    return { persons: N, organizations: M, properties: P, vehicles: V, relations: rows[0].n as number, firstPerson: 1 };
  } finally {
    client.release();
  }
}
