import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { useCallback } from 'react';

/** After any change to a model: its list, versions and runs are read again. */
export function useRefreshModels() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries(trpc.warning.models.pathFilter()), [queryClient, trpc]);
}
