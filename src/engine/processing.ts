import { reconcileUser, type Retry } from './reconcile';
import type { GroupRecord, TenantState, UserRecord } from './state';
import type { JobReason, LicenseProcessingState, ProcessingEvent } from './types';
import type { LazyUserChange } from './views';

/** A queued unit of group processing: users to reconcile, in creation order. */
export interface Job {
  readonly id: number;
  readonly reason: JobReason;
  readonly groups: readonly GroupRecord[];
  readonly retry: Retry;
  /**
   * The group whose members the job was queued for (a group licence change, a group Reprocess):
   * its snapshot names the group and the differences instead of listing every member, so saving
   * it costs what changed, not the group's size (`jobItems`). Null for a job of listed users.
   */
  readonly membersOf: GroupRecord | null;
  /** Users processed before the job was restored from a snapshot: progress only. */
  readonly done: number;
  /** Sorted by ordinal when the job starts. */
  users: UserRecord[];
  processed: number;
  succeeded: number;
  failed: number;
  started: boolean;
}

/**
 * The FIFO of jobs. Pure bookkeeping: the caller decides when to step (a timer in the emulator,
 * a loop in tests), so the engine never owns time.
 */
export class JobQueue {
  readonly #jobs: Job[] = [];
  #nextId = 1;

  /**
   * Queues users for processing on behalf of `groups`. Returns the job, or null when there is
   * nothing to do (unless `keepEmpty`: a restored job stays in line whatever it holds).
   * `membersOf` names the group whose members `users` are (with a few others, perhaps), `done`
   * the users a restored job had processed.
   */
  enqueue(
    reason: JobReason,
    groups: readonly GroupRecord[],
    users: Iterable<UserRecord>,
    retry: Retry = null,
    keepEmpty = false,
    { membersOf = null, done = 0 }: { membersOf?: GroupRecord | null; done?: number } = {},
  ): Job | null {
    // A set (a group's members) holds each user once already.
    const list = users instanceof Set ? [...(users as Set<UserRecord>)] : [...new Set(users)];
    if (list.length === 0 && groups.length === 0 && !keepEmpty) return null;
    const job: Job = {
      id: this.#nextId++,
      reason,
      groups,
      retry,
      membersOf,
      done,
      users: list,
      processed: 0,
      succeeded: 0,
      failed: 0,
      started: false,
    };
    this.#jobs.push(job);
    return job;
  }

  get length(): number {
    return this.#jobs.length;
  }

  /** The jobs still queued or running, oldest first. */
  get jobs(): readonly Job[] {
    return this.#jobs;
  }

  /** Removes and returns jobs queued after position `from` (used by whatIf to run only its own work). */
  spliceFrom(from: number): Job[] {
    return this.#jobs.splice(from);
  }

  /** Puts jobs back at the end of the queue. */
  restore(jobs: readonly Job[]): void {
    this.#jobs.push(...jobs);
  }

  /**
   * The processing state and progress of a group: its first job's users processed and in all
   * (counting those a restored job had processed before).
   */
  stateOf(group: GroupRecord): { state: LicenseProcessingState; processed: number; total: number } {
    const job = this.#jobs.find((j) => j.groups.includes(group));
    if (!job) return { state: 'ProcessingComplete', processed: 0, total: 0 };
    return {
      state: job.started ? 'ProcessingInProgress' : 'QueuedForProcessing',
      processed: job.done + job.processed,
      total: job.done + job.users.length,
    };
  }

  /**
   * Reconciles up to `maxUsers` users from the head of `jobs` (the queue's own by default),
   * returning the events. With `onChange`, each user's change goes there instead of into a
   * `userChanged` event (whatIf: one object less per user).
   */
  step(
    state: TenantState,
    maxUsers: number,
    jobs: Job[] = this.#jobs,
    onChange?: (change: LazyUserChange) => void,
  ): ProcessingEvent[] {
    const events: ProcessingEvent[] = [];
    let budget = Math.max(1, maxUsers);
    while (budget > 0 && jobs.length > 0) {
      const job = jobs[0] as Job;
      // A group deleted while its job waited drops out of it (a restored job no longer names it).
      const groupIds = job.groups.filter((g) => g.alive).map((g) => g.id);
      if (!job.started) {
        job.started = true;
        job.users = job.users.filter((u) => u.alive).sort((a, b) => a.ord - b.ord);
        events.push({
          type: 'jobStarted',
          jobId: job.id,
          groupIds,
          reason: job.reason,
          total: job.users.length,
        });
      }
      const groups = new Set(job.groups);
      while (budget > 0 && job.processed < job.users.length) {
        const user = job.users[job.processed++] as UserRecord;
        budget--;
        if (!user.alive) continue;
        const change = reconcileUser(state, user, job.retry);
        if (change && onChange) onChange(change);
        else if (change) events.push({ type: 'userChanged', jobId: job.id, change, groupIds });
        if (hasErrorFrom(user, groups)) job.failed++;
        else job.succeeded++;
      }
      if (job.processed >= job.users.length) {
        jobs.shift();
        events.push({
          type: 'jobFinished',
          jobId: job.id,
          groupIds,
          reason: job.reason,
          succeeded: job.succeeded,
          failed: job.failed,
        });
      }
    }
    return events;
  }
}

function hasErrorFrom(user: UserRecord, groups: ReadonlySet<GroupRecord>): boolean {
  for (const e of user.entries) {
    if (e.error !== 'None' && (groups.size === 0 || (e.group !== null && groups.has(e.group))))
      return true;
  }
  return false;
}
