import { describe, expect, it } from 'vitest';
import { actorsFor, availableActions, planTransition, type TransitionError } from './state-machine';

const supervisor = { roles: ['supervisor'] as const, departmentId: 'jw' };
const handler = { roles: ['handler'] as const, departmentId: 'housing' };

describe('the case state machine', () => {
  it('walks the whole loop with the right actor at each step', () => {
    expect(planTransition('push', 'new', ['supervisor'], undefined)).toBe('pushed');
    expect(planTransition('accept', 'pushed', ['handler'], undefined)).toBe('verifying');
    expect(planTransition('confirm', 'verifying', ['handler'], '属实')).toBe('confirmed');
    expect(planTransition('start_rectify', 'confirmed', ['handler'], undefined)).toBe('rectifying');
    expect(planTransition('rectified', 'rectifying', ['handler'], '已追回')).toBe('rectified');
    expect(planTransition('close', 'rectified', ['supervisor'], undefined)).toBe('closed');
    expect(planTransition('reopen', 'closed', ['supervisor'], '回访不满意')).toBe('rectifying');
  });

  it('refuses illegal, unauthorized and unexplained transitions with a clear error', () => {
    const attempt = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as TransitionError;
      }
      throw new Error('expected a refusal');
    };
    const illegal = attempt(() => planTransition('close', 'pushed', ['supervisor'], undefined));
    expect(illegal.code).toBe('illegal');
    expect(illegal.message).toBe('案件处于「已推送」，不能「销号」/ "close" is not allowed on a pushed case (only from: rectified)');
    expect(attempt(() => planTransition('close', 'rectified', ['handler'], undefined)).code).toBe('forbidden');
    expect(attempt(() => planTransition('push', 'new', ['handler'], undefined)).code).toBe('forbidden');
    expect(attempt(() => planTransition('dismiss', 'verifying', ['handler'], '  ')).code).toBe('invalid');
    expect(attempt(() => planTransition('return', 'pushed', ['handler'], undefined)).message).toMatch(/needs a reason/);
  });

  it('makes a handler an actor only in their own department', () => {
    expect(actorsFor(handler, 'housing')).toEqual(['handler']);
    expect(actorsFor(handler, 'civil')).toEqual([]);
    expect(actorsFor(supervisor, 'housing')).toEqual(['supervisor']);
    expect(availableActions('verifying', ['handler'])).toEqual(['return', 'confirm', 'dismiss']);
    expect(availableActions('rectified', ['supervisor'])).toEqual(['close', 'send_back']);
  });
});
