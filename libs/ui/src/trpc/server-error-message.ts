import { TRPCClientError } from '@trpc/client';

/**
 * The message to show for a failed call. A TRPCError carries a message written for the
 * user (e.g. "用户名或密码错误", or the rate-limit notice); anything without a tRPC
 * error code is a transport failure (server down, proxy error page), whose raw text
 * would mean nothing to the user, so the caller's fallback is shown instead.
 */
export function serverErrorMessage(error: unknown, fallback: string): string {
  if (error instanceof TRPCClientError && typeof error.data?.code === 'string' && error.message) {
    return error.message;
  }
  return fallback;
}
