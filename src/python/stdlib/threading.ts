import { PyNativeFunction, None } from "../objects/base.js";
import { PyModule } from "../objects/module.js";
import { call } from "../ops/call.js";
import { rt } from "../state.js";
import { defineStdlib } from "./index.js";

/**
 * threading, emulated cooperatively: Thread.start() runs the target to completion at once, under its
 * own thread id (interp.currentThreadId(), so per-thread state such as TF's default-graph stack is per
 * thread), then returns. Limits: no interleaving; a thread that waits for something another thread has
 * not done yet (an unset Event, a held Lock) raises TfscopeUnsupported instead of blocking forever.
 */
defineStdlib("_thread", () => {
  const m = new PyModule("_thread");
  let next = 1;
  m.ns.set("get_ident", new PyNativeFunction("get_ident", () => rt.threadId));
  m.ns.set(
    "_run_as_new_thread",
    new PyNativeFunction("_run_as_new_thread", (a) => {
      const prev = rt.threadId;
      const id = next++;
      rt.threadId = id;
      try {
        call(a[0]!, [id]);
      } finally {
        rt.threadId = prev;
      }
      return None;
    }),
  );
  return m;
});

defineStdlib(
  "threading",
  () => String.raw`
import _thread
import sys as _sys

def _unsupported(what):
    raise TfscopeUnsupported(f"unsupported by tfscope: {what} (threads run one after another, so this would wait forever)")

get_ident = _thread.get_ident

class Lock:
    def __init__(self):
        self._owner = None
        self._count = 0
    def acquire(self, blocking=True, timeout=-1):
        if self._count and not self._reentrant():
            if not blocking:
                return False
            _unsupported("acquiring a Lock that is already held")
        self._owner = get_ident()
        self._count += 1
        return True
    def _reentrant(self):
        return False
    def release(self):
        if not self._count:
            raise RuntimeError("release unlocked lock")
        self._count -= 1
        if not self._count:
            self._owner = None
    def locked(self):
        return self._count > 0
    def __enter__(self):
        return self.acquire()
    def __exit__(self, *args):
        self.release()

class RLock(Lock):
    def _reentrant(self):
        return self._owner == get_ident()
    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        Lock.release(self)

class Event:
    def __init__(self):
        self._flag = False
    def is_set(self):
        return self._flag
    isSet = is_set
    def set(self):
        self._flag = True
    def clear(self):
        self._flag = False
    def wait(self, timeout=None):
        if not self._flag and timeout is None:
            _unsupported("waiting for an Event no thread has set")
        return self._flag

class Condition:
    def __init__(self, lock=None):
        self._lock = lock or RLock()
    def __enter__(self):
        return self._lock.__enter__()
    def __exit__(self, *args):
        return self._lock.__exit__(*args)
    def notify(self, n=1):
        pass
    def notify_all(self):
        pass
    def wait(self, timeout=None):
        if timeout is None:
            _unsupported("Condition.wait()")
        return False

class Semaphore:
    def __init__(self, value=1):
        self._value = value
    def acquire(self, blocking=True, timeout=None):
        if self._value <= 0:
            if not blocking:
                return False
            _unsupported("acquiring an exhausted Semaphore")
        self._value -= 1
        return True
    def release(self, n=1):
        self._value += n
    __enter__ = acquire
    def __exit__(self, *args):
        self.release()

BoundedSemaphore = Semaphore

class local:
    def __init__(self):
        object.__setattr__(self, "_tfscope_by_thread", {})
    def _d(self):
        return object.__getattribute__(self, "_tfscope_by_thread").setdefault(get_ident(), {})
    def __getattr__(self, name):
        d = self._d()
        if name in d:
            return d[name]
        raise AttributeError(f"'_thread._local' object has no attribute '{name}'")
    def __setattr__(self, name, value):
        self._d()[name] = value
    def __delattr__(self, name):
        del self._d()[name]

_counter = 0

class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        global _counter
        if name is None:
            _counter += 1
            name = f"Thread-{_counter}" + (f" ({target.__name__})" if target is not None and hasattr(target, "__name__") else "")
        self._target = target
        self._args = args
        self._kwargs = kwargs or {}
        self.name = name
        self.daemon = bool(daemon)
        self.ident = None
        self._started = False
        self._alive = False
    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        def body(ident):
            self.ident = ident
            _current[ident] = self
            self._alive = True
            try:
                self.run()
            except BaseException as e:
                print(f"Exception in thread {self.name}:", file=_sys.stderr)
                import traceback
                traceback.print_exception(e)
            finally:
                self._alive = False
                del _current[ident]
        _thread._run_as_new_thread(body)
    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)
    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
    def is_alive(self):
        return self._alive
    def getName(self):
        return self.name
    def __repr__(self):
        status = "started" if self._started else "initial"
        return f"<{type(self).__name__}({self.name}, {status})>"

class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self.ident = 0
        self._started = True
        self._alive = True

_main = _MainThread()
_current = {0: _main}

def current_thread():
    return _current.get(get_ident(), _main)

currentThread = current_thread

def main_thread():
    return _main

def active_count():
    return len(_current)

def enumerate():
    return list(_current.values())
`,
);
