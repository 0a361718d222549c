import { describe, expect, it } from 'vitest';
import { remapHeader } from './mapping';

const headers = ['姓名', '身份证', '证件号码', '备注'];
const suggested = { 姓名: 'name', 身份证: 'id_number' };

describe('remapHeader', () => {
  it('names every header so the server does not map the others again', () => {
    expect(remapHeader(headers, suggested, '备注', '')).toEqual({ 姓名: 'name', 身份证: 'id_number', 证件号码: '', 备注: '' });
  });

  it('moves a field to the chosen header, releasing it elsewhere', () => {
    expect(remapHeader(headers, suggested, '证件号码', 'id_number')).toEqual({ 姓名: 'name', 身份证: '', 证件号码: 'id_number', 备注: '' });
  });

  it('marks a header 不导入 with an empty field', () => {
    expect(remapHeader(headers, suggested, '姓名', '')).toMatchObject({ 姓名: '', 身份证: 'id_number' });
  });
});
