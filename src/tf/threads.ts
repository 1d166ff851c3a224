/**
 * Which emulated Python thread is running. TF keeps name stacks, variable-scope stacks, default_name
 * counters and the default-graph stack per thread (threading.local), so every such piece of state is
 * a ThreadLocal keyed by the id the provider returns. The shim installs a provider when it emulates
 * `threading`; without one, everything runs on thread 0.
 */

let provider: () => number = () => 0;

/** Installs the function that says which thread is running now. */
export function setThreadIdProvider(p: () => number): void {
  provider = p;
}

export function currentThreadId(): number {
  return provider();
}

/** A value per thread, created on first use in each thread (like an attribute of threading.local). */
export class ThreadLocal<T> {
  private readonly values = new Map<number, T>();
  // The single-threaded case never touches the map after the first lookup.
  private lastId = -1;
  private last: T | undefined;

  constructor(private readonly init: () => T) {}

  get(): T {
    const id = provider();
    if (id === this.lastId) return this.last as T;
    let v = this.values.get(id);
    if (v === undefined) {
      v = this.init();
      this.values.set(id, v);
    }
    this.lastId = id;
    this.last = v;
    return v;
  }

  set(value: T): void {
    const id = provider();
    this.values.set(id, value);
    this.lastId = id;
    this.last = value;
  }
}
