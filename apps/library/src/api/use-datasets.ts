import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';

/** The dataset catalogue changes rarely (admins add versions); one fetch per visit is plenty. */
export function useDatasets() {
  const trpc = useTRPC();
  return useQuery(trpc.feeds.datasets.queryOptions(undefined, { staleTime: 10 * 60_000 }));
}
