import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@zhijian/ui';
import { useMemo } from 'react';

export interface DepartmentOption {
  code: string;
  name: string;
}

/**
 * The partner departments a case can be pushed to. The API has no department list, so the
 * data-responsibility list (every partner department delivers at least one feed) stands in;
 * callers add departments they know from elsewhere (a warning's own department), and the
 * picker still accepts a typed code.
 */
export function useDepartments(extra: ReadonlyArray<DepartmentOption | null | undefined> = []) {
  const trpc = useTRPC();
  const responsibilities = useQuery(trpc.feeds.responsibilities.queryOptions(undefined, { staleTime: 10 * 60_000 }));
  const extraKey = extra.map((d) => d?.code ?? '').join(',');
  // `extra` is compared by its codes: callers pass a fresh array each render.
  return useMemo(() => {
    const byCode = new Map<string, DepartmentOption>();
    for (const d of extra) if (d) byCode.set(d.code, d);
    for (const r of responsibilities.data ?? []) if (!byCode.has(r.departmentCode)) byCode.set(r.departmentCode, { code: r.departmentCode, name: r.departmentName });
    return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  }, [responsibilities.data, extraKey]);
}
