import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';

/** After any change to a case: its page, the lists and the warning it came from load again. */
export function useCaseChanged() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries(trpc.casework.pathFilter());
    void queryClient.invalidateQueries(trpc.warning.pathFilter());
  };
}
