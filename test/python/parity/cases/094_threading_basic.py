import threading

results = []
lock = threading.Lock()

def worker(n):
    with lock:
        results.append(n * n)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(threading.current_thread().name)
local = threading.local()
local.value = 5
print(local.value)
ev = threading.Event()
print(ev.is_set())
ev.set()
print(ev.is_set())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
