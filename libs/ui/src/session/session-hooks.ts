import { hashKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC, useTRPCClient } from '../trpc/api-client';

export function useMeQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions());
}

export function useLogin() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (me) => queryClient.setQueryData(trpc.auth.me.queryKey(), me),
    }),
  );
}

export function useLogout() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await client.auth.logout.mutate();
      } catch (error) {
        // An expired session is already logged out: that is what the user asked for.
        if (!(error instanceof TRPCClientError && error.data?.code === 'UNAUTHORIZED')) throw error;
      }
    },
    onSuccess: () => {
      const meKey = trpc.auth.me.queryKey();
      queryClient.setQueryData(meKey, null);
      // Whatever the previous user loaded must not be shown to the next one.
      const meHash = hashKey(meKey);
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
    },
  });
}
