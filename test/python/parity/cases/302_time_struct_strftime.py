import time
for s in [0, 1e9, 951782400, 1709164800.75, -86400 * 400, 4102444800]:
    t = time.gmtime(s)
    print(t, t.tm_year, t.tm_yday)
    print(time.strftime('%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %% %e %F %T %D %u', t))
    print(time.asctime(t), time.mktime(t) == time.mktime(time.localtime(s)))
print(time.timezone, time.tzname)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mon)
for bad in [(1,), 'x']:
    try:
        time.strftime('%Y', bad)
    except TypeError as e:
        print(e)
t0 = time.time(); time.sleep(0.5); print(time.time() - t0 >= 0.5)
print(type(time.perf_counter()).__name__, type(time.time_ns()).__name__)
print(time.strftime('%Z', time.localtime(0)), time.strftime('%Z', (1970,1,1,0,0,0,3,1,0)), repr(time.strftime('%Z', (1970,1,1,0,0,0,3,1,-1))))
for f in [time.asctime, time.mktime]:
  for a in [(1,), 'x']:
    try: f(a)
    except Exception as e: print(type(e).__name__, e)
print(time.localtime(86400 * 365).tm_zone, time.gmtime(5).tm_zone)
