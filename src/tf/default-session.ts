/**
 * The default-session stack (ops.py `_default_session_stack`, `get_default_session`), the session
 * context managers (`with tf.Session() as s`, `s.as_default()`, InteractiveSession) and
 * `Tensor.eval()` / `Operation.run()` (ops.py `_eval_using_default_session`).
 */
import type { NDArray } from "../numpy/ndarray.js";
import { asDefault } from "./context.js";
import { TFError } from "./errors.js";
import type { ContextManager } from "./graph.js";
import type { Session } from "./session.js";
import type { Operation, Tensor } from "./tensor.js";
import { ThreadLocal } from "./threads.js";
import { EagerTensor } from "./eager/eager-tensor.js";

const stack = new ThreadLocal<Session[]>(() => []);

/** `tf.get_default_session()`: the innermost default session of this thread, or null. */
export function getDefaultSession(): Session | null {
  const s = stack.get();
  return s.length === 0 ? null : s[s.length - 1]!;
}

/** Empties this thread's default-session stack (for a fresh interpreter run). */
export function resetDefaultSessions(): void {
  stack.get().length = 0;
}

function classRepr(sess: Session): string {
  return `<class 'tensorflow.python.client.session.${sess.className}'>`;
}

/** `sess.as_default()` (_DefaultStack.get_controller); InteractiveSession enters without enforcing nesting. */
export function asDefaultSession(sess: Session, enforceNesting = true): ContextManager<Session> {
  return {
    enter() {
      stack.get().push(sess);
      return sess;
    },
    exit() {
      const s = stack.get();
      if (s.length === 0) return;
      if (enforceNesting) {
        if (s[s.length - 1] !== sess) {
          throw new TFError("AssertionError", `Nesting violated for default stack of ${classRepr(sess)} objects`);
        }
        s.pop();
      } else {
        const i = s.indexOf(sess);
        if (i >= 0) s.splice(i, 1);
      }
    },
  };
}

const entered = new WeakSet<Session>();

/**
 * `with tf.Session() as sess:` (session.py `Session.__enter__/__exit__`): makes the session's graph
 * and the session the defaults, and closes the session on exit.
 */
export function sessionContext(sess: Session): ContextManager<Session> {
  let graphCm: ContextManager<unknown> | null = null;
  let sessCm: ContextManager<Session> | null = null;
  return {
    enter() {
      if (entered.has(sess)) {
        throw new TFError("RuntimeError",
          "Session context managers are not re-entrant. Use `Session.as_default()` if you want to enter a session multiple times.");
      }
      entered.add(sess);
      graphCm = asDefault(sess.graph);
      sessCm = asDefaultSession(sess);
      graphCm.enter();
      return sessCm.enter();
    },
    exit() {
      try {
        sessCm?.exit();
      } finally {
        graphCm?.exit();
        entered.delete(sess);
        sess.close();
      }
    },
  };
}

/** `tf.InteractiveSession()`: installs itself as the default session until closed (without nesting checks). */
export function installInteractive(sess: Session): void {
  const cm = asDefaultSession(sess, false);
  cm.enter();
  sess.onClose(() => cm.exit());
}

/** `tensor.eval(feed_dict, session)`. */
export function evalTensor(t: Tensor, feeds?: ReadonlyMap<Tensor, NDArray>, session?: Session): NDArray {
  if (t instanceof EagerTensor) {
    throw new TFError("NotImplementedError", "eval is not supported when eager execution is enabled, is .numpy() what you're looking for?");
  }
  const sess = pick(session, t.graph, "Cannot evaluate tensor using `eval()`: No default session is registered. Use `with sess.as_default()` or pass an explicit session to `eval(session=sess)`",
    "Cannot use the default session to evaluate tensor: the tensor's graph is different from the session's graph. Pass an explicit session to `eval(session=sess)`.",
    "Cannot use the given session to evaluate tensor: the tensor's graph is different from the session's graph.");
  return sess.run(t, feeds) as NDArray;
}

/** `operation.run(feed_dict, session)`. */
export function runOperation(op: Operation, feeds?: ReadonlyMap<Tensor, NDArray>, session?: Session): void {
  const sess = pick(session, op.graph, "Cannot execute operation using `run()`: No default session is registered. Use `with sess.as_default():` or pass an explicit session to `run(session=sess)`",
    "Cannot use the default session to execute operation: the operation's graph is different from the session's graph. Pass an explicit session to run(session=sess).",
    "Cannot use the given session to execute operation: the operation's graph is different from the session's graph.");
  sess.run(op, feeds);
}

function pick(session: Session | undefined, graph: unknown, none: string, defaultMismatch: string, givenMismatch: string): Session {
  if (session === undefined) {
    const d = getDefaultSession();
    if (d === null) throw new TFError("ValueError", none);
    if (d.graph !== graph) throw new TFError("ValueError", defaultMismatch);
    return d;
  }
  if (session.graph !== graph) throw new TFError("ValueError", givenMismatch);
  return session;
}
