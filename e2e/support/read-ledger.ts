/**
 * The reads a journey's page sent and abandoned, to find waste: a read abandoned and sent again
 * before the admin went anywhere else (the sign-in bug: a remount throwing away what the same
 * page then reads again). A read abandoned because the admin moved on (TanStack Query cancels a
 * read whose last observer unmounted) is fine, and so is reading it anew on coming back later
 * (clearing a search typed while the whole list's member counts were loading).
 */
interface Entry {
  readonly read: string;
  readonly at: number;
  /** Which visit of the page: each change of its URL (a route, a search in the URL) is a new one. */
  readonly visit: number;
}

export class ReadLedger {
  private clock = 0;
  private visit = 0;
  private readonly sent: Entry[] = [];
  private readonly abandoned: Entry[] = [];

  /** The page's URL changed. */
  navigated(): void {
    this.visit += 1;
  }

  sentRead(read: string): void {
    this.sent.push(this.entry(read));
  }

  abandonedRead(read: string): void {
    this.abandoned.push(this.entry(read));
  }

  /** Reads abandoned and then sent again in the same visit, each once. */
  wasted(): string[] {
    const wasted = this.abandoned.filter((a) =>
      this.sent.some((s) => s.read === a.read && s.at > a.at && s.visit === a.visit),
    );
    return [...new Set(wasted.map((a) => a.read))];
  }

  private entry(read: string): Entry {
    this.clock += 1;
    return { read, at: this.clock, visit: this.visit };
  }
}
