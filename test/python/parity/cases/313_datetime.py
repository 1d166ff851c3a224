import datetime as dt
from datetime import date, datetime, timedelta, time, timezone
tds = [timedelta(), timedelta(1), timedelta(days=1, hours=1), timedelta(seconds=-1), timedelta(minutes=90, microseconds=5),
       timedelta(weeks=2, days=-3), timedelta(hours=1.5), timedelta(milliseconds=1.5), timedelta(days=-1.25), timedelta(0, 0, 500000)]
for t in tds:
    print(repr(t), str(t), t.total_seconds(), t.days, t.seconds, t.microseconds, bool(t))
a, b = timedelta(hours=5), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 2 * a, a * 0.5, a / 2, a / b, a // b, a % b, divmod(a, b), a // 3, a / 0.3)
print(a > b, a == timedelta(seconds=18000), hash(a) == hash(timedelta(seconds=18000)), max(a, b), sorted([a, b]))
try:
    timedelta(days=10**9)
except OverflowError as e:
    print(e)
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 1, 1), d - timedelta(days=59), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, d.toordinal(), date.fromordinal(738944), d.replace(day=1), d.ctime(), d.timetuple())
print(d.strftime("%Y/%m/%d %A %B %j"), f"{d:%d.%m.%Y}", format(d), date.fromisoformat("2021-12-31"), date(2024, 1, 1) < d, d == date(2024, 2, 28))
for args in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1), (2023, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print(e)
t = datetime(2024, 3, 10, 14, 30)
print(t, repr(t), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, 0, 0, 0, 7)))
print(t + timedelta(hours=10), t - timedelta(days=10, minutes=31), t - datetime(2024, 1, 1), datetime(2024, 1, 1) - t)
print(t.date(), t.time(), t.isoformat(), t.isoformat(" ", "minutes"), t.isoformat(timespec="microseconds"), t.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"))
print(t.timestamp(), datetime.fromtimestamp(0), datetime.utcfromtimestamp(1e9 + 0.25), t.weekday(), t.ctime(), t.timetuple().tm_yday)
print(datetime.combine(date(2020, 5, 17), time(23, 59, 1)), datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283"))
print(datetime.strptime("2021-06-01 12:34:56", "%Y-%m-%d %H:%M:%S"), datetime.strptime("03/Jan/2020", "%d/%b/%Y"), datetime.strptime("7 PM, March 5 99", "%I %p, %B %d %y"))
for s, f in [("2021-06-01", "%Y/%m/%d"), ("2021-06-01x", "%Y-%m-%d"), ("x", "%Q")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print(e)
print(t.replace(hour=0, minute=0), t > datetime(2024, 3, 10), t == datetime(2024, 3, 10, 14, 30), t == t.date(), sorted([t, datetime(2000, 1, 1)]))
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(repr(aware), aware, aware.isoformat(), aware.utcoffset(), aware.tzname(), repr(timezone.utc), timezone(timedelta(hours=5, minutes=30)))
print(repr(timezone(timedelta(hours=-3), "BRT")), aware.astimezone(timezone(timedelta(hours=2))), aware.timestamp(), aware.strftime("%z %Z"))
try:
    aware < t
except TypeError as e:
    print(e)
try:
    aware - t
except TypeError as e:
    print(e)
print(time(9, 5), repr(time(9, 5)), repr(time(9, 5, 3, 20)), time(9, 5).isoformat(), time(23, 1, 2).strftime("%H hours %M"), time() < time(1))
print(date.min, date.max, datetime.min, datetime.max, timedelta.min, timedelta.max, timedelta.resolution, dt.MINYEAR, dt.MAXYEAR)
now = datetime.now()
print(type(now).__name__, now.year >= 2024, type(date.today()).__name__, isinstance(now, date), issubclass(datetime, date))
start = datetime(2024, 1, 1, 8, 0)
elapsed = datetime(2024, 1, 2, 9, 30, 15) - start
print("Elapsed:", elapsed, elapsed.total_seconds() / 3600)
