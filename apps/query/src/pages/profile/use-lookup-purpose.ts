import { useEffect, useRef, useState } from 'react';
import type { SubjectType } from '../../api-types';
import { usePurpose } from '../../purpose/purpose-context';

/**
 * The purpose for looking up this subject: a person's profile asks every time it is opened
 * (prefilled with the last purpose); other subjects need none.
 */
export function useLookupPurpose(type: SubjectType, subjectId: number, alwaysAsk: boolean): { ready: boolean; purpose: string | undefined } {
  const { purpose, requestPurpose } = usePurpose();
  const [confirmed, setConfirmed] = useState<{ subjectId: number; purpose: string } | null>(null);
  const needsPurpose = type === 'person';
  // Ask once per subject opened, not again whenever the stored purpose changes.
  const ask = useRef(requestPurpose);
  ask.current = requestPurpose;
  useEffect(() => {
    if (!needsPurpose) return;
    let cancelled = false;
    void ask.current(alwaysAsk).then((value) => !cancelled && setConfirmed({ subjectId, purpose: value }));
    return () => {
      cancelled = true;
    };
  }, [needsPurpose, subjectId, alwaysAsk]);
  if (!needsPurpose) return { ready: true, purpose: purpose ?? undefined };
  return confirmed?.subjectId === subjectId ? { ready: true, purpose: confirmed.purpose } : { ready: false, purpose: undefined };
}
