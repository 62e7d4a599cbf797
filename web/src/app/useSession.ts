import { useSyncExternalStore } from 'react';
import { session, type Viewer } from '../graphql/session';

/** The signed-in user, or null; re-renders when the session starts, refreshes or ends. */
export function useViewer(): Viewer | null {
  return useSyncExternalStore(session.subscribe, session.getSnapshot)?.viewer ?? null;
}
