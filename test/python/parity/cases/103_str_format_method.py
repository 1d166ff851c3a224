print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=5))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([7, 8], {"k": "v"}, 3))
print("{:>6}|{:<6}|{:^6}|{:06.2f}".format("r", "l", "c", 3.14159))
print("{!r} {!s}".format("x", "y"))
print("{:{w}.{p}f}".format(2.71828, w=8, p=2))
print("{{}} {}".format("braces"))
print("{:,} {:_} {:.2%} {:e}".format(1234567, 7654321, 0.123, 1234.5))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
for template, args in [("{}", ()), ("{0} {}", (1, 2)), ("{x}", ()), ("{", ()), ("{:d}", ("s",))]:
    try:
        print(template.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
