/**
 * Recent GET answers, as JSON text. Each entry remembers the store's change token when it was made
 * (GraphStore.changeToken: it moves on any write, from this process or another), so an answer is
 * never served after the data changed. Least recently used entries go first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { token: string; body: string }>();

  constructor(private readonly maxEntries = 2000, private readonly maxBytes = 512 * 1024) {}

  get(key: string, token: string): string | undefined {
    const e = this.entries.get(key);
    if (!e || e.token !== token) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.body;
  }

  set(key: string, token: string, body: string): void {
    if (body.length > this.maxBytes) return;
    this.entries.delete(key);
    this.entries.set(key, { token, body });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
