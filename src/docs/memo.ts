/**
 * Bounded memos for the checker's pure functions of a snippet's text (its classification, the names
 * it binds and reads): a corpus repeats the same snippet text across documents, and one document's
 * snippet is analysed by several passes. Only results computed without an exception are kept (a throw
 * is thrown again by the next call, as before); the oldest entries go first past the bound.
 */
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly compute: (text: string) => T,
    /** How many texts are kept. */
    private readonly size = 512,
  ) {}

  get(text: string): T {
    const hit = this.entries.get(text);
    if (hit !== undefined) return hit;
    const value = this.compute(text);
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(text, value);
    return value;
  }
}
