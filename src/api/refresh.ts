/** Refresh, on every blade: read every entity again, memberships too (what is on screen at once). */
import { useQueryClient } from '@tanstack/react-query';
import { invalidate, MEMBERSHIP } from './invalidate';

export function useRefresh(): () => void {
  const client = useQueryClient();
  return () => {
    void invalidate(client, MEMBERSHIP);
  };
}
