import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { serverErrorMessage } from './server-error-message';

function trpcError(code: string, httpStatus: number, message: string) {
  return TRPCClientError.from({ error: { code: -32001, message, data: { code, httpStatus } } });
}

describe('serverErrorMessage', () => {
  it("shows the server's message for a rejected login", () => {
    expect(serverErrorMessage(trpcError('UNAUTHORIZED', 401, '用户名或密码错误'), '无法连接')).toBe('用户名或密码错误');
  });

  it("shows the server's message when rate-limited", () => {
    const error = trpcError('TOO_MANY_REQUESTS', 429, '登录尝试过于频繁，请 15 分钟后再试');
    expect(serverErrorMessage(error, '无法连接')).toBe('登录尝试过于频繁，请 15 分钟后再试');
  });

  it('falls back when the server could not be reached', () => {
    expect(serverErrorMessage(TRPCClientError.from(new TypeError('Failed to fetch')), '无法连接')).toBe('无法连接');
    expect(serverErrorMessage(new Error('boom'), '无法连接')).toBe('无法连接');
  });
});
