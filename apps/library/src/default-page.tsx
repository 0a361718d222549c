import { useSession } from '@zhijian/ui';
import { Navigate } from 'react-router-dom';
import { canDeliver } from './roles';

/** Stewards come to deliver; readers (analysts, supervisors) to the batches. */
export function DefaultPage() {
  const me = useSession();
  return <Navigate to={canDeliver(me) ? 'deliver' : 'batches'} replace />;
}
