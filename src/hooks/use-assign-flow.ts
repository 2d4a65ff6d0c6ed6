/**
 * Assign: one licence change to each target in turn. Targets Graph refuses are kept with Graph's
 * words, the others are done; the caller says what happened.
 */
import { useState } from 'react';
import { useAssignLicense, type LicenseChange, type LicenseTarget } from '../api/writes';

export interface AssignFailure {
  readonly target: LicenseTarget;
  readonly name: string;
  readonly error: unknown;
}

export function useAssignFlow() {
  const assign = useAssignLicense();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<readonly AssignFailure[]>([]);
  const submit = async (
    targets: readonly { readonly target: LicenseTarget; readonly name: string }[],
    change: LicenseChange,
  ) => {
    setBusy(true);
    setFailures([]);
    const done: { target: LicenseTarget; name: string }[] = [];
    const failed: AssignFailure[] = [];
    for (const t of targets) {
      try {
        await assign.mutateAsync({ target: t.target, change });
        done.push(t);
      } catch (error) {
        failed.push({ ...t, error });
      }
    }
    setBusy(false);
    setFailures(failed);
    return { done, failed };
  };
  return {
    submit,
    busy,
    failures,
    reset: () => {
      setFailures([]);
    },
  };
}
