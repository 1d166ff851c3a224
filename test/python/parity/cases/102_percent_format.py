print("%s is %d years" % ("Ann", 30))
print("%5.2f|%-8s|%08.3f|%+d|%x|%X|%o|%e|%g" % (3.14159, "ab", -3.14159, 5, 255, 255, 8, 12345.678, 0.0001))
print("%(name)s has %(count)03d items" % {"name": "box", "count": 7})
print("%r %s %a" % ("q", "q", "é"))
print("%c%c%%" % (72, "i"))
print("%.3s|%10.1s|" % ("abcdef", "xyz"))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True))
print("%d %i" % (3.9, -2.5), "%.0f %.0f" % (0.5, 1.5))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
