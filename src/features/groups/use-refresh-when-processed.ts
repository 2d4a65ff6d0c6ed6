/** When a group's licence processing finishes, re-reads what it changed: members' errors, seats. */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Group } from '../../lib/graph/graph-types';
import { isProcessing } from './group-names';

export function useRefreshWhenProcessed(group: Group | undefined): void {
  const queryClient = useQueryClient();
  const state = group?.licenseProcessingState?.state;
  const id = group?.id;
  const wasProcessing = useRef(false);
  useEffect(() => {
    if (isProcessing(state)) {
      wasProcessing.current = true;
      return;
    }
    if (!wasProcessing.current || id === undefined) return;
    wasProcessing.current = false;
    void queryClient.invalidateQueries({ queryKey: ['graph', 'groups', id] });
    void queryClient.invalidateQueries({ queryKey: ['graph', 'groups', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['graph', 'subscribedSkus'] });
  }, [state, id, queryClient]);
}
