// 关系网络: co-bidding rings, shared legal representatives and officials' relatives in
// business, with Louvain communities and centrality over the bounded subgraph.
import { useQuery } from '@tanstack/react-query';
import { appHref, useTRPC } from '@zhijian/ui';
import { Card, Col, Row, Table, Typography } from 'antd';
import type { Network } from '../api/types';
import { ChartCard } from '../charts/chart-card';
import { LoadError } from '../components';
import { useFilter } from '../filters/use-filter';
import { useText } from '../i18n/use-text';

type Subject = Network['nodes'][number];
const profileHref = (s: { id: number; type: string }) => `${appHref('query')}subjects/${s.type}/${s.id}`;
const subjectLink = (s: { id: number; type: string; name: string | null; key: string }) => <a href={profileHref(s)}>{s.name ?? s.key}</a>;

export function NetworkPage() {
  const { t } = useText();
  const trpc = useTRPC();
  const { filter } = useFilter();
  const network = useQuery(trpc.analysis.network.queryOptions({}));
  if (network.isError) return <LoadError error={network.error} onRetry={() => void network.refetch()} />;
  if (!network.data) return <Card loading />;
  const n = network.data;
  const maxDegree = Math.max(1, ...n.nodes.map((x) => x.degree));
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Typography.Text type="secondary">
          {t('network.summary', { nodes: n.nodes.length, edges: n.edges.length, communities: n.communities, modularity: n.modularity })}
        </Typography.Text>
      </Col>
      <Col span={24}>
        <ChartCard
          testId="chart-network"
          title={t('chart.network')}
          exportView="network"
          filter={filter}
          empty={n.nodes.length === 0}
          height={520}
          option={{
            tooltip: {},
            series: [
              {
                type: 'graph',
                layout: 'force',
                roam: true,
                force: { repulsion: 60, edgeLength: 40 },
                categories: [...new Set(n.nodes.map((x) => x.community))].map((c) => ({ name: String(c) })),
                data: n.nodes.map((x) => ({ id: String(x.id), name: x.name ?? x.key, category: String(x.community), symbolSize: 6 + (14 * x.degree) / maxDegree, value: x.degree })),
                links: n.edges.map((e) => ({ source: String(e.source), target: String(e.target), value: e.weight })),
              },
            ],
          }}
        />
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('network.coBidding')}>
          <Table
            rowKey={(p) => `${p.a.id}-${p.b.id}`}
            size="small"
            dataSource={n.coBidding}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: 'A', render: (_: unknown, p) => subjectLink(p.a) },
              { title: 'B', render: (_: unknown, p) => subjectLink(p.b) },
              { title: t('col.shared'), dataIndex: 'shared', width: 100 },
              { title: t('col.together'), dataIndex: 'together', width: 90, render: (v: number) => `${Math.round(v * 100)}%` },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('col.betweenness')}>
          <Table<Subject>
            rowKey="id"
            size="small"
            dataSource={n.nodes.slice(0, 50)}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: t('col.subject'), render: (_: unknown, s) => subjectLink(s) },
              { title: t('col.community'), dataIndex: 'community', width: 80 },
              { title: t('col.degree'), dataIndex: 'degree', width: 80 },
              { title: t('col.betweenness'), dataIndex: 'betweenness', width: 110 },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('network.sharedReps')}>
          <Table
            rowKey={(r) => r.person.id}
            size="small"
            dataSource={n.sharedRepresentatives}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: t('col.subject'), render: (_: unknown, r) => subjectLink(r.person) },
              { title: t('col.enterprises'), render: (_: unknown, r) => r.enterprises.map((e) => e.name ?? e.key).join('、') },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('network.officialFamily')}>
          <Table
            rowKey={(l) => `${l.official.id}-${l.relative.id}-${l.enterprise.id}-${l.role}`}
            size="small"
            dataSource={n.officialFamily}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: t('col.official'), render: (_: unknown, l) => subjectLink(l.official) },
              { title: t('col.relative'), render: (_: unknown, l) => <>{subjectLink(l.relative)} {l.relation}</> },
              { title: t('col.enterprises'), render: (_: unknown, l) => subjectLink(l.enterprise) },
              { title: t('col.role'), dataIndex: 'role' },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
