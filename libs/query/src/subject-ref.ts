import type { SubjectType } from '@zhijian/db';
import { type Masking, visibleSubjectKey } from './masking';

/** A subject as every result shows it: its key masked as this user must see it. */
export interface SubjectRef {
  id: number;
  type: SubjectType;
  key: string;
  name: string | null;
}

// A type alias, not an interface: drizzle's execute<T> wants a Record-compatible row type.
export type SubjectRow = {
  id: string | number;
  type: SubjectType;
  key: string;
  name: string | null;
};

export function toSubjectRef(row: SubjectRow, masking: Masking): SubjectRef {
  return { id: Number(row.id), type: row.type, key: visibleSubjectKey(row.type, row.key, masking), name: row.name };
}
