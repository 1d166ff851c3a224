import type { Frame } from "./frame.js";
import { MemoryError, OverflowError, PyException, PyTraceback, RecursionError, pyErr } from "./objects/exceptions.js";
import { StepLimitExceeded, rt } from "./state.js";

/**
 * The hard limits: recursion depth (RecursionError at `sys.getrecursionlimit()`, checked before JS's own
 * stack can overflow), the step budget and the time limit (a JS error Python code cannot catch) and the
 * memory cap (MemoryError for a single huge list/str, such as `[0] * 10**10`).
 */

/** Steps between two looks at the clock: rt.steps counts down one chunk, so the hot path stays one
 * decrement and one compare. */
const CHUNK = 1024;

/** Starts a run's budget: `steps` in all, and `seconds` of wall-clock time (undefined: no limit). */
export function startBudget(steps: number, seconds: number | undefined): void {
  rt.steps = Math.min(CHUNK, steps);
  rt.reserve = steps - rt.steps;
  rt.deadline = seconds === undefined ? Infinity : Date.now() + seconds * 1000;
  rt.seconds = seconds;
}

/** Pushes a function frame, counting one step and one level of recursion. */
export function enterFrame(f: Frame): void {
  if (rt.depth >= rt.recursionLimit) throw pyErr(RecursionError, "maximum recursion depth exceeded");
  if (--rt.steps < 0) refill();
  rt.depth++;
  f.back = rt.frame;
  rt.frame = f;
}

export function leaveFrame(f: Frame): void {
  rt.frame = f.back;
  rt.depth--;
}

/** One loop iteration's worth of budget. */
export function step(): void {
  if (--rt.steps < 0) refill();
}

/** The current chunk is spent: take the next one from the reserve, unless the budget or the time is up. */
function refill(): void {
  if (rt.reserve <= 0) {
    rt.steps = 0;
    throw new StepLimitExceeded(0);
  }
  const n = Math.min(CHUNK, rt.reserve);
  rt.reserve -= n;
  rt.steps = n - 1;
  checkClock();
}

function checkClock(): void {
  if (rt.deadline !== Infinity && Date.now() > rt.deadline) {
    rt.steps = 0;
    rt.reserve = 0;
    throw new StepLimitExceeded(0, rt.seconds);
  }
}

/** Raises MemoryError when one object would hold more than the configured number of cells. Building a
 * big object is also where a loop of few steps spends its time, so the clock is read here too. */
export function checkCells(n: number): void {
  if (n > rt.memoryCells) throw new PyException(MemoryError, []);
  if (n > 65536) checkClock();
}

/** A repeat count for `seq * n`: CPython refuses counts beyond sys.maxsize before allocating. */
export function repeatCount(n: number | bigint): number {
  // PyNumber_AsSsize_t(n, OverflowError): a count outside [-sys.maxsize - 1, sys.maxsize] either way.
  if (n > 9223372036854775807n || n < -9223372036854775808n) throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n <= 0 ? 0 : Number(n);
}

/**
 * Called as an exception leaves (or is caught in) frame `f`: pops the frames above `f` the exception left
 * on the frame stack (see `unwindTo`), then adds `f`'s line to the Python traceback, once per pass
 * through the frame, as CPython's PyTraceBack_Here. A JS stack overflow becomes RecursionError.
 */
export function recordTraceback(e: unknown, f: Frame): unknown {
  return addEntry(unwindTo(e, f), f);
}

/**
 * Pops the frames above `outer` that an exception left behind, adding each to its traceback innermost
 * first. Calls from compiled code have no catch of their own (a V8 catch and rethrow per frame would
 * double the cost of every raise), so the next catch out, which knows its own frame, unwinds for them.
 */
export function unwindTo(e: unknown, outer: Frame | null): unknown {
  for (let g = rt.frame; g !== outer && g !== null; g = rt.frame) {
    e = addEntry(e, g);
    rt.frame = g.back;
    rt.depth--;
  }
  return e;
}

function addEntry(e: unknown, f: Frame): unknown {
  if (e instanceof PyException) {
    if (e.tbTop !== f) {
      e.tb = new PyTraceback(f, e.tb);
      e.tbTop = f;
    }
    return e;
  }
  // With the JS stack exhausted even a regex may fail: only property reads here. Frames further out
  // retry if building the exception overflows again.
  if (e instanceof RangeError && e.message.includes("call stack")) {
    const r = pyErr(RecursionError, "maximum recursion depth exceeded");
    r.tb = new PyTraceback(f, null);
    r.tbTop = f;
    return r;
  }
  return e;
}
