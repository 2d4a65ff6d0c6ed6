/**
 * A change mark of Graph's delta queries, as the store keeps (and persists) it under a key:
 * `u|<userId>` (a user's properties or licences), `g|<groupId>` (a group's properties),
 * `m|<groupId>|<memberId>` (a direct membership), and `#` (the last change number handed out).
 */
export interface ChangeMark {
  /** The change number of the object's last change. */
  readonly seq: number;
  /** Set when the object (or the membership) is gone: Graph's `@removed.reason`. */
  readonly removed?: 'changed' | 'deleted';
  /** Of a membership: whether the member is a user or a group. */
  readonly member?: 'user' | 'group';
}

/** The key of the counter of change numbers. */
export const SEQ_KEY = '#';
export const userKey = (id: string) => `u|${id}`;
export const groupKey = (id: string) => `g|${id}`;
export const memberKey = (groupId: string, memberId: string) => `m|${groupId}|${memberId}`;
