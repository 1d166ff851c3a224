import copy
import random

a = [[1, 2], [3]]
shallow = copy.copy(a)
deep = copy.deepcopy(a)
a[0].append(99)
print(shallow, deep)
random.seed(0)
x = random.random()
print(0 <= x < 1, type(x).__name__)
r = random.randint(1, 6)
print(1 <= r <= 6)
items = [1, 2, 3]
print(random.choice(items) in items)
import time
t0 = time.perf_counter()
t1 = time.perf_counter()
print(t1 >= t0, type(time.time()).__name__)
