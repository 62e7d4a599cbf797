import { useQuery } from '@apollo/client/react';
import { useViewer } from '../../app/useSession';
import { MyMembershipDoc } from './MyMembershipCard';

/** The signed-in fan's membership (null for a guest or someone who never joined). */
export function useMyMembership() {
  const viewer = useViewer();
  const result = useQuery(MyMembershipDoc, { skip: !viewer, fetchPolicy: 'cache-and-network' });
  return { ...result, membership: viewer ? (result.data?.myMembership ?? null) : null };
}
