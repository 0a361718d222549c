import { type Responsibility } from '../../api/types';

export type ResponsibilityState = 'overdue' | 'completed' | 'pending' | 'onTrack';

/**
 * How a responsibility stands today: overdue (the server compares the due date with the
 * Shanghai date), a one-off that is done, one never delivered yet, or on track.
 */
export function responsibilityState(r: Pick<Responsibility, 'overdue' | 'nextDueDate' | 'lastDeliveryAt'>): ResponsibilityState {
  if (r.overdue) return 'overdue';
  if (r.nextDueDate === null) return 'completed';
  return r.lastDeliveryAt === null ? 'pending' : 'onTrack';
}

export const RESPONSIBILITY_STATE_COLORS: Record<ResponsibilityState, string> = {
  overdue: 'error',
  completed: 'success',
  pending: 'default',
  onTrack: 'processing',
};
