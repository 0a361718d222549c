import { describe, expect, it } from 'vitest';
import { type DeliverAction, deliverReducer, type DeliverState, initialDeliverState } from './deliver-state';
import { feedRequest } from './feed-request';

const file = { sha256: 'a'.repeat(64), size: 10, fileName: '补贴.csv' };
const run = (...actions: DeliverAction[]): DeliverState => actions.reduce(deliverReducer, initialDeliverState);

describe('the delivery wizard', () => {
  it('opens the preview once the dataset is chosen and the file uploaded', () => {
    expect(run({ type: 'chooseDataset', datasetCode: 'housing.rental_subsidy' }).stage).toBe('choose');
    expect(run({ type: 'chooseDataset', datasetCode: 'housing.rental_subsidy' }, { type: 'uploadStarted', fileName: file.fileName, total: 10 }, { type: 'uploaded', file }).stage).toBe('preview');
  });

  it('also when the file comes first', () => {
    const state = run({ type: 'uploadStarted', fileName: file.fileName, total: 10 }, { type: 'uploaded', file });
    expect(state.stage).toBe('choose');
    expect(deliverReducer(state, { type: 'chooseDataset', datasetCode: 'housing.rental_subsidy' }).stage).toBe('preview');
  });

  it('forgets the mapping when the file, dataset or sheet changes', () => {
    const mapped = run({ type: 'chooseDataset', datasetCode: 'a.b' }, { type: 'uploaded', file }, { type: 'remap', mapping: { 姓名: 'name' } });
    expect(mapped.mapping).toEqual({ 姓名: 'name' });
    expect(deliverReducer(mapped, { type: 'chooseDataset', datasetCode: 'c.d' }).mapping).toBeUndefined();
    expect(deliverReducer(mapped, { type: 'chooseSheet', sheet: 'Sheet2' }).mapping).toBeUndefined();
    expect(deliverReducer(mapped, { type: 'uploadStarted', fileName: 'x.csv', total: 1 })).toMatchObject({ stage: 'choose', mapping: undefined });
  });

  it('sends the choices to preview and submit', () => {
    const state = run({ type: 'chooseDataset', datasetCode: 'a.b', departmentCode: 'housing' }, { type: 'uploaded', file }, { type: 'remap', mapping: { 姓名: 'name' } });
    expect(feedRequest(state)).toEqual({ sha256: file.sha256, fileName: file.fileName, datasetCode: 'a.b', departmentCode: 'housing', mapping: { 姓名: 'name' } });
    expect(feedRequest(run({ type: 'chooseDataset', datasetCode: 'a.b' }))).toBeUndefined();
  });

  it('follows the batch after submitting, and starts over keeping the dataset', () => {
    const submitted = run({ type: 'chooseDataset', datasetCode: 'a.b' }, { type: 'uploaded', file }, { type: 'submitted', batchId: 'b1', duplicate: false });
    expect(submitted).toMatchObject({ stage: 'progress', submission: { batchId: 'b1', duplicate: false } });
    expect(deliverReducer(submitted, { type: 'restart' })).toEqual({ stage: 'choose', upload: { kind: 'none' }, datasetCode: 'a.b', departmentCode: undefined });
  });

  it('shows a failed upload and stays on the first step', () => {
    const state = run({ type: 'chooseDataset', datasetCode: 'a.b' }, { type: 'uploadStarted', fileName: 'big.csv', total: 9 }, { type: 'uploadFailed', fileName: 'big.csv', message: '文件过大' });
    expect(state).toMatchObject({ stage: 'choose', upload: { kind: 'failed', message: '文件过大' } });
  });
});
