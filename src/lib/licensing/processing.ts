/** Group licence processing (LICENSING.md rule 12): queued and in progress are "still working". */

/** Queued or in progress: the blade polls and shows a progress banner. */
export const isProcessing = (state: string | null | undefined): boolean =>
  state === 'QueuedForProcessing' || state === 'ProcessingInProgress';
