/**
 * The page's side of the worker: requests by id, and Stop, which terminates the worker (the only way to
 * end a run that never yields) and starts a fresh one.
 */
import type { Reply, Request } from "./protocol.js";

type Pending = { resolve: (r: Reply | null) => void };
type Body = Request extends infer R ? (R extends Request ? Omit<R, "id"> : never) : never;

export class Runner {
  private worker!: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** Resolves when the current worker has loaded the core. */
  ready!: Promise<void>;
  /** The last worker's boot figures (see protocol.ts). */
  boot: { loaded: number; imported: number } | null = null;

  constructor() {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
    this.ready = new Promise((resolve) => {
      this.worker.addEventListener("message", (ev: MessageEvent<Reply>) => {
        if (ev.data.kind === "ready") {
          this.boot = ev.data.boot;
          return resolve();
        }
        const p = this.pending.get(ev.data.id);
        this.pending.delete(ev.data.id);
        p?.resolve(ev.data);
      });
    });
  }

  /** Whether a request is in flight. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Sends a request; resolves to its reply, or null when the run was stopped. */
  request(body: Body): Promise<Reply | null> {
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      // The worker listens only once it has loaded (its start awaits a fetch): a message sent earlier
      // would be lost. A request stopped meanwhile is not sent at all.
      void this.ready.then(() => {
        if (this.pending.has(id)) worker.postMessage({ ...body, id } as Request);
      });
    });
  }

  /** Ends whatever runs now; pending requests resolve to null. */
  stop(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.resolve(null);
    this.pending.clear();
    this.start();
  }
}
