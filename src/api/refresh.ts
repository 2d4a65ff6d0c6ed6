/** Refresh, on every blade: read every licensing entity again (what is on screen at once). */
import { useQueryClient } from '@tanstack/react-query';
import { invalidate, LICENSING } from './invalidate';

export function useRefresh(): () => void {
  const client = useQueryClient();
  return () => {
    void invalidate(client, LICENSING);
  };
}
