import { type SummaryRow } from '../api/types';
import { isOpen } from './warning-status';

export interface ModelTotals {
  model: string;
  open: number;
  /** Fen, over open warnings. */
  openAmount: number;
  total: number;
}

/** `warning.summary` rows (model × severity × status) folded into per-model open counts and amounts, busiest first. */
export function totalsByModel(rows: readonly SummaryRow[]): ModelTotals[] {
  const byModel = new Map<string, ModelTotals>();
  for (const row of rows) {
    const totals = byModel.get(row.model) ?? { model: row.model, open: 0, openAmount: 0, total: 0 };
    totals.total += row.count;
    if (isOpen(row.status)) {
      totals.open += row.count;
      totals.openAmount += row.amount;
    }
    byModel.set(row.model, totals);
  }
  return [...byModel.values()].sort((a, b) => b.open - a.open || b.openAmount - a.openAmount || a.model.localeCompare(b.model));
}
