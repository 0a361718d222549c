import type { PoolClient } from 'pg';

/**
 * Planner settings for a model's statement, inside its transaction. A collision joins whole
 * datasets, and PostgreSQL cannot estimate filters on jsonb attributes (`attrs->>'usage'`):
 * it guesses a handful of rows and plans nested loops that degenerate into cross products
 * (30 s instead of 20 ms on 300,000 subsidy rows). Hash and merge joins are the right shape
 * for set-based collisions; lateral steps still loop, as they must.
 *
 * JIT goes off with them: a disabled node type still costs 10^10 in the plan, far past
 * `jit_above_cost`, so every run compiled and optimized its statement with LLVM — 3 to 7 s
 * of processor per model on a library of a dozen rows, before reading any.
 */
export async function prepareCollisionSession(client: PoolClient): Promise<void> {
  await client.query('set local enable_nestloop = off; set local jit = off');
}
