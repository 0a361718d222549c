import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';

// Models and datasets change rarely (an admin's edit); pages share one fetch, and the
// models page invalidates `warning.models` after each change.

export function useModels() {
  const trpc = useTRPC();
  return useQuery(trpc.warning.models.list.queryOptions(undefined, { staleTime: 60_000 }));
}

export function useDatasets() {
  const trpc = useTRPC();
  return useQuery(trpc.feeds.datasets.queryOptions(undefined, { staleTime: 10 * 60_000 }));
}
