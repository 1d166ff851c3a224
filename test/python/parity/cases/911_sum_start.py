# builtin_sum_impl: the iterable is checked before the start value's type; str, bytes and bytearray
# starts are refused.
for it, st in ((5, 'x'), ([], 'a'), ([], b''), ([], bytearray()), ([1], 'x')):
    try:
        print(sum(it, st))
    except TypeError as e:
        print(e)
print(sum([[1], [2]], []), sum((0.5, 1), 1), sum(iterable=[1, 2], start=3) if False else sum([1, 2], start=3))
