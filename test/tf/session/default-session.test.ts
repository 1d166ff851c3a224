// Messages from TF 1.15 ops.py (_eval_using_default_session, _run_using_default_session,
// _DefaultStack) and session.py (Session.__enter__).
import { beforeEach, describe, expect, it } from "vitest";
import { getDefaultGraph, resetRuntime } from "../../../src/tf/context.js";
import { asDefaultSession, evalTensor, getDefaultSession, installInteractive, runOperation, sessionContext } from "../../../src/tf/default-session.js";
import { TFError } from "../../../src/tf/errors.js";
import { Graph } from "../../../src/tf/graph.js";
import * as ops from "../../../src/tf/ops/index.js";
import { Session } from "../../../src/tf/session.js";

beforeEach(() => resetRuntime("1.15"));

function thrown(f: () => unknown): TFError {
  try { f(); } catch (e) { if (e instanceof TFError) return e; throw e; }
  throw new Error("expected an error");
}

describe("default session", () => {
  it("evaluates with the session of a with-block and closes it on exit", () => {
    const c = ops.constant(ops.pyInt(3));
    const sess = new Session();
    const cm = sessionContext(sess);
    expect(cm.enter()).toBe(sess);
    expect(getDefaultSession()).toBe(sess);
    expect(evalTensor(c).data).toEqual([3]);
    const again = thrown(() => sessionContext(sess).enter());
    expect(again.message).toBe("Session context managers are not re-entrant. Use `Session.as_default()` if you want to enter a session multiple times.");
    cm.exit();
    expect(getDefaultSession()).toBeNull();
    expect(sess.closed).toBe(true);
  });
  it("makes the session's graph the default inside the block", () => {
    const g = new Graph();
    const sess = new Session({ graph: g });
    const cm = sessionContext(sess);
    cm.enter();
    expect(getDefaultGraph()).toBe(g);
    cm.exit();
    expect(getDefaultGraph()).not.toBe(g);
  });
  it("raises TF's messages without a usable session", () => {
    const c = ops.constant(ops.pyInt(3));
    const e = thrown(() => evalTensor(c));
    expect([e.pyType, e.message]).toEqual(["ValueError",
      "Cannot evaluate tensor using `eval()`: No default session is registered. Use `with sess.as_default()` or pass an explicit session to `eval(session=sess)`"]);
    const other = new Session({ graph: new Graph() });
    expect(thrown(() => evalTensor(c, undefined, other)).message)
      .toBe("Cannot use the given session to evaluate tensor: the tensor's graph is different from the session's graph.");
    const cm = asDefaultSession(other);
    cm.enter();
    expect(thrown(() => runOperation(c.op)).message)
      .toBe("Cannot use the default session to execute operation: the operation's graph is different from the session's graph. Pass an explicit session to run(session=sess).");
    cm.exit();
  });
  it("enforces nesting of as_default blocks", () => {
    const a = new Session(), b = new Session();
    const ca = asDefaultSession(a), cb = asDefaultSession(b);
    ca.enter();
    cb.enter();
    const e = thrown(() => ca.exit());
    expect([e.pyType, e.message]).toEqual(["AssertionError",
      "Nesting violated for default stack of <class 'tensorflow.python.client.session.Session'> objects"]);
    cb.exit();
    ca.exit();
    expect(getDefaultSession()).toBeNull();
  });
});

describe("InteractiveSession", () => {
  it("is the default until closed", () => {
    const s = new Session({ className: "InteractiveSession" });
    installInteractive(s);
    expect(getDefaultSession()).toBe(s);
    s.close();
    expect(getDefaultSession()).toBeNull();
    s.close();
    expect(getDefaultSession()).toBeNull();
  });
});
