import type { DirectoryAudit } from './audit';

/**
 * The tenant's directoryAudits, oldest first, with lookup by id. Records are immutable once written.
 */
export class AuditLog {
  readonly #records: DirectoryAudit[] = [];
  readonly #byId = new Map<string, DirectoryAudit>();

  /** Appends a record. */
  add(record: DirectoryAudit): void {
    this.#records.push(record);
    this.#byId.set(record.id, record);
  }

  get(id: string): DirectoryAudit | undefined {
    return this.#byId.get(id);
  }

  /** All records, oldest first (the array is live; do not change it). */
  all(): readonly DirectoryAudit[] {
    return this.#records;
  }

  get size(): number {
    return this.#records.length;
  }
}
