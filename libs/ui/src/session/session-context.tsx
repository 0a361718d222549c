import { createContext, type ReactNode, useContext } from 'react';
import { type Me } from '../trpc/router-types';

const SessionContext = createContext<Me | null>(null);

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}

/** The logged-in user; only rendered below the session gate, so never null. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession must be used below <SessionGate>.');
  return me;
}
