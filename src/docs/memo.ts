/**
 * Bounded memos for the checker's pure functions of a snippet's text (its classification, its claims,
 * the names it binds and reads): a corpus repeats the same snippet text across documents, and one
 * document's snippet is analysed by several passes. Only results computed without an exception are
 * kept (a throw is thrown again by the next call, as before); the oldest entries go first past a bound
 * on their number and on their texts' total length, and a text longer than an eighth of that is never
 * kept (a whole program read as one block is seldom met twice).
 */
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  constructor(
    private readonly compute: (text: string) => T,
    /** How many texts are kept. */
    private readonly size = 512,
    /** How many characters of text are kept in all. */
    private readonly maxChars = 1 << 20,
  ) {}

  get(text: string): T {
    const hit = this.entries.get(text);
    if (hit !== undefined) return hit;
    const value = this.compute(text);
    if (text.length > this.maxChars / 8) return value;
    for (const old of this.entries.keys()) {
      if (this.entries.size < this.size && this.chars + text.length <= this.maxChars) break;
      this.entries.delete(old);
      this.chars -= old.length;
    }
    this.entries.set(text, value);
    this.chars += text.length;
    return value;
  }
}
