import { describe, expect, it } from 'vitest';
import { MASKED, maskAttributes, maskingForRoles, maskPhone, maskResidentId, REVEAL, visibleSubjectKey } from './masking';

describe('masking', () => {
  it('keeps region and last four of a resident ID', () => {
    expect(maskResidentId('430702198001150017')).toBe('430702********0017');
  });
  it('keeps a mobile number’s prefix and last four, and a landline’s area code', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0736-1234567')).toBe('0736-***4567');
  });
  it('reveals identifiers only to admins and supervisors', () => {
    expect(maskingForRoles(['analyst'])).toBe(MASKED);
    expect(maskingForRoles(['analyst', 'supervisor'])).toBe(REVEAL);
  });
  it('masks persons’ keys, never an enterprise’s USCC', () => {
    expect(visibleSubjectKey('person', '430702198001150017', MASKED)).toBe('430702********0017');
    expect(visibleSubjectKey('organization', '91430700MA4L0XXX1X', MASKED)).toBe('91430700MA4L0XXX1X');
  });
  it('masks the sensitive attributes of a record', () => {
    const sensitive = new Map([['id_number', 'id_number'], ['caller_phone', 'phone'], ['members', 'id_number_list']] as const);
    const attrs = { id_number: '430702198001150017', caller_phone: '13812345678', members: ['430702198001150025'], name: '张三' };
    expect(maskAttributes(attrs, sensitive, MASKED)).toEqual({
      id_number: '430702********0017', caller_phone: '138****5678', members: ['430702********0025'], name: '张三',
    });
    expect(maskAttributes(attrs, sensitive, REVEAL)).toBe(attrs);
  });
});
