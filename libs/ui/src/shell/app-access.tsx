import { type ReactNode } from 'react';
import { type AppName } from '../apps';
import { ForbiddenPage } from '../pages/forbidden-page';
import { useSession } from '../session/session-context';

/** The server grants apps per role (`me.apps`); this app renders only if it is among them. */
export function AppAccess({ app, children }: { app: AppName; children: ReactNode }) {
  const me = useSession();
  return me.apps.includes(app) ? children : <ForbiddenPage app={app} />;
}
