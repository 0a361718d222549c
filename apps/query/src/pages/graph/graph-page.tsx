import { ApartmentOutlined, DownloadOutlined, NodeExpandOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { Alert, Button, Card, Col, Flex, Input, List, Row, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { RELATION_TYPES, SUBJECT_TYPES, type SubjectType } from '../../api-types';
import { LoadError } from '../../components/load-error';
import { SubjectTypeTag } from '../../components/subject-type-tag';
import { downloadBase64, downloadBlob } from '../../format/download';
import { relationLabel } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';
import { usePurpose } from '../../purpose/purpose-context';
import { GraphCanvas, type GraphCanvasHandle } from './graph-canvas';
import { emptyGraph, type GraphState, mergeGraph } from './graph-state';

interface Filters {
  hops: number;
  relationTypes: string[];
  subjectTypes: SubjectType[];
  asOf: string;
}

type Expansion = { roots: number[]; hops: number; relationTypes?: string[]; subjectTypes?: SubjectType[]; asOf?: string };

const filterInput = (f: Filters) => ({
  relationTypes: f.relationTypes.length ? f.relationTypes : undefined,
  subjectTypes: f.subjectTypes.length ? f.subjectTypes : undefined,
  asOf: f.asOf || undefined,
});

/** 关系图谱: k-hop expansion around a subject, expand in place, shortest paths, export. */
export function GraphPage() {
  const { t } = useText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const root = Number(useParams().id);
  const { requestPurpose } = usePurpose();
  const canvas = useRef<GraphCanvasHandle>(null);
  const [purpose, setPurpose] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>({ hops: 2, relationTypes: [], subjectTypes: [], asOf: '' });
  const [graph, setGraph] = useState<GraphState>(emptyGraph);
  const [expansions, setExpansions] = useState<Expansion[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const [path, setPath] = useState<{ nodes: Set<number>; edges: Set<number>; count: number; length: number | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    void requestPurpose().then(setPurpose);
  }, [requestPurpose]);

  const expand = useCallback(
    async (expansion: Expansion, replace: boolean, hopOffset = 0) => {
      if (!purpose) return;
      setLoading(true);
      setError(null);
      try {
        const result = await queryClient.fetchQuery(trpc.query.graph.queryOptions({ ...expansion, purpose }));
        setGraph((current) => mergeGraph(replace ? emptyGraph() : current, result, hopOffset));
        setExpansions((current) => (replace ? [expansion] : [...current, expansion]));
        if (replace) setPath(null);
      } catch (caught) {
        setError(caught);
      } finally {
        setLoading(false);
      }
    },
    [purpose, queryClient, trpc],
  );

  const apply = useCallback(() => void expand({ roots: [root], hops: filters.hops, ...filterInput(filters) }, true), [expand, root, filters]);
  // The first expansion once the purpose is known; later ones when the user applies filters.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void (purpose && apply()), [purpose, root]);

  const expandInPlace = useCallback(
    (nodeId: number) => void expand({ roots: [nodeId], hops: 1, ...filterInput(filters) }, false, graph.nodes.get(nodeId)?.hop ?? 0),
    [expand, filters, graph],
  );

  const findPath = async () => {
    if (!purpose || target === null) return;
    setLoading(true);
    setError(null);
    try {
      const result = await queryClient.fetchQuery(trpc.query.paths.queryOptions({ from: root, to: target, purpose, ...filterInput(filters) }));
      setGraph((current) => mergeGraph(current, { nodes: result.nodes.map((n) => ({ ...n, hop: current.nodes.get(n.id)?.hop ?? 1 })), edges: result.edges }));
      setPath({ nodes: new Set(result.paths.flatMap((p) => p.nodes)), edges: new Set(result.paths.flatMap((p) => p.edges)), count: result.paths.length, length: result.length });
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  const exportXlsx = useMutation(trpc.query.exportGraph.mutationOptions({ onSuccess: downloadBase64 }));
  const labelOf = useCallback(
    (node: { name: string | null; key: string; hub?: { degree: number; capped: boolean } }) =>
      `${node.name ?? node.key}${node.hub ? ` (${node.hub.degree}${node.hub.capped ? '+' : ''})` : ''}`,
    [],
  );
  const edgeLabelOf = useCallback((type: string) => relationLabel(t, type), [t]);
  const nodes = useMemo(() => [...graph.nodes.values()].sort((a, b) => a.hop - b.hop || (a.name ?? '').localeCompare(b.name ?? '')), [graph]);
  const selectedNode = selected === null ? undefined : graph.nodes.get(selected);

  return (
    <Card title={<Space><ApartmentOutlined />{t('graph.title')}</Space>}>
      <Flex vertical gap="middle">
        <Flex gap="middle" wrap align="end">
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('graph.hops')}</Typography.Text>
            <Segmented data-testid="graph-hops" value={filters.hops} options={[1, 2, 3, 4].map((n) => ({ label: String(n), value: n }))} onChange={(hops) => setFilters({ ...filters, hops: Number(hops) })} />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('graph.relationTypes')}</Typography.Text>
            <Select mode="multiple" allowClear style={{ minWidth: 220 }} placeholder={t('graph.allTypes')} value={filters.relationTypes}
              options={RELATION_TYPES.map((type) => ({ value: type, label: relationLabel(t, type) }))} onChange={(relationTypes) => setFilters({ ...filters, relationTypes })} />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('graph.subjectTypes')}</Typography.Text>
            <Select mode="multiple" allowClear style={{ minWidth: 180 }} placeholder={t('graph.allTypes')} value={filters.subjectTypes}
              options={SUBJECT_TYPES.map((type) => ({ value: type, label: t(`subjectType.${type}`) }))} onChange={(subjectTypes) => setFilters({ ...filters, subjectTypes })} />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('graph.asOf')}</Typography.Text>
            <Input type="date" style={{ width: 160 }} value={filters.asOf} onChange={(event) => setFilters({ ...filters, asOf: event.target.value })} />
          </Flex>
          <Button type="primary" data-testid="graph-apply" loading={loading} onClick={apply}>{t('graph.apply')}</Button>
        </Flex>
        {error !== null && <LoadError error={error} />}
        {graph.truncated && <Alert type="warning" showIcon title={t('graph.truncated')} />}
        <Row gutter={16}>
          <Col span={18}>
            <GraphCanvas ref={canvas} graph={graph} roots={[root]} path={path} labelOf={labelOf} edgeLabelOf={edgeLabelOf} onSelect={setSelected} onExpand={expandInPlace} />
            <Flex justify="space-between" style={{ marginTop: 8 }}>
              <Typography.Text type="secondary" data-testid="graph-summary">{t('graph.nodes', { nodes: graph.nodes.size, edges: graph.edges.size })}</Typography.Text>
              <Space>
                <Button icon={<DownloadOutlined />} data-testid="graph-export-png" onClick={() => canvas.current && downloadBlob(canvas.current.png(), `graph-${root}.png`)}>{t('graph.exportPng')}</Button>
                <Button icon={<DownloadOutlined />} data-testid="graph-export-svg" onClick={() => canvas.current && downloadBlob(new Blob([canvas.current.svg()], { type: 'image/svg+xml' }), `graph-${root}.svg`)}>{t('graph.exportSvg')}</Button>
                <Button icon={<DownloadOutlined />} data-testid="graph-export-xlsx" loading={exportXlsx.isPending} disabled={expansions.length === 0}
                  onClick={() => exportXlsx.mutate({ expansions, purpose: purpose ?? undefined })}>{t('graph.exportXlsx')}</Button>
              </Space>
            </Flex>
          </Col>
          <Col span={6}>
            <Flex vertical gap="middle">
              <Card size="small" title={t('graph.pathTarget')}>
                <Flex vertical gap="small">
                  <Select data-testid="path-target" showSearch optionFilterProp="label" placeholder={t('graph.pathTargetPlaceholder')} value={target ?? undefined} onChange={setTarget}
                    options={nodes.filter((n) => n.id !== root).map((n) => ({ value: n.id, label: `${n.name ?? n.key}` }))} />
                  <Button data-testid="find-path" disabled={target === null} loading={loading} onClick={() => void findPath()}>{t('graph.findPath')}</Button>
                  {path && (
                    <Typography.Text data-testid="path-result" type={path.count ? 'success' : 'warning'}>
                      {path.count ? t('graph.pathFound', { count: path.count, length: path.length ?? 0 }) : t('graph.noPath')}
                    </Typography.Text>
                  )}
                </Flex>
              </Card>
              {selectedNode && (
                <Card size="small" title={t('graph.selected', { name: selectedNode.name ?? selectedNode.key })}>
                  <Flex vertical gap="small">
                    <Space><SubjectTypeTag type={selectedNode.type} /><Typography.Text code>{selectedNode.key}</Typography.Text></Space>
                    {selectedNode.hub && (
                      <>
                        <Typography.Text type="secondary">{t('graph.hub', { degree: `${selectedNode.hub.degree}${selectedNode.hub.capped ? '+' : ''}` })}</Typography.Text>
                        <Flex gap={4} wrap>{Object.entries(selectedNode.hub.byType).map(([type, n]) => <Tag key={type}>{relationLabel(t, type)} {n}</Tag>)}</Flex>
                      </>
                    )}
                    <Button icon={<NodeExpandOutlined />} data-testid="expand-selected" onClick={() => expandInPlace(selectedNode.id)}>{t('graph.expandSelected')}</Button>
                  </Flex>
                </Card>
              )}
              <Card size="small" title={t('graph.nodeList')} styles={{ body: { maxHeight: 360, overflow: 'auto', padding: 8 } }}>
                <List size="small" data-testid="graph-node-list" dataSource={nodes}
                  renderItem={(n) => (
                    <List.Item style={{ cursor: 'pointer', padding: '4px 0', fontWeight: path?.nodes.has(n.id) ? 600 : undefined }} onClick={() => setSelected(n.id)} data-testid="graph-node" data-path={path?.nodes.has(n.id) ? 'yes' : 'no'}>
                      <Space size={4}><SubjectTypeTag type={n.type} />{labelOf(n)}</Space>
                    </List.Item>
                  )} />
              </Card>
            </Flex>
          </Col>
        </Row>
      </Flex>
    </Card>
  );
}
