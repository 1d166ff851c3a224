# Concatenation and repetition errors: bytes word their own ("can't concat tuple to bytes"), and
# `*=` with a set, dict, range or class instance on the left never tries the right operand's repeat.
class C: pass
for l, r in [(set(), [1]), ({}, [1]), (range(2), (1,)), ({}.values(), [1]), ({}.items(), 'a'), (C(), [1]), (1.5, [1]), (None, 'a'), (iter([]), [1]), (frozenset(), [1]), ([], {1}), ((), {1}), (b'x', (1,)), (b'x', {1}), (set(), 2)]:
    try:
        l *= r
    except Exception as x:
        print(type(x).__name__, x)
for e in ['b"a"+(1,)', 'b"a"+1.5', 'b"a"+"s"', '(1,)*b"x"', 'b"x"*(1,)', 'b"x"*{1}', 'bytearray(b"x")+(1,)', '1+b"x"', '[]+b"x"', '{1}*[1]', '[1]*{1}', '"a"*1.5']:
    try:
        eval(e)
    except Exception as x:
        print(e, type(x).__name__, x)
b = bytearray(b'x')
try:
    b += 1
except Exception as x:
    print(type(x).__name__, x)
