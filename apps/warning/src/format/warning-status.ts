import { type WarningStatus } from '../api/types';

export const WARNING_STATUSES = ['new', 'pushed', 'confirmed', 'dismissed', 'closed'] as const satisfies readonly WarningStatus[];

/**
 * Open = still in the closed loop: not yet dismissed (排除) or closed (销号). A confirmed
 * warning is open too — it still waits for rectification and closing.
 */
export function isOpen(status: string): boolean {
  return status !== 'dismissed' && status !== 'closed';
}

export const STATUS_COLORS: Record<WarningStatus, string> = {
  new: 'red',
  pushed: 'orange',
  confirmed: 'volcano',
  dismissed: 'default',
  closed: 'green',
};

export const SEVERITY_COLORS: Record<string, string> = { high: 'red', medium: 'orange', low: 'blue' };
