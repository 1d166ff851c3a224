import re

m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com")
print(m.group(0), m.group(1), m.groups(), m.span(2), m.start(), m.end())
print(re.search(r"\d+", "abc 123 def 45").group())
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"))
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
pat = re.compile(r"(?P<key>\w+)=(?P<val>\d+)")
for mm in pat.finditer("a=1 b=22 c=x"):
    print(mm.group("key"), mm["val"], mm.groupdict())
print(pat.pattern, pat.groups, sorted(pat.groupindex.items()))
print(re.sub(r"\d", lambda mo: str(int(mo.group()) * 2), "a1b2c3"))
print(re.subn("a", "A", "banana", count=2))
print(re.match("x", "abc"), bool(re.search("^b", "abc", re.M)), re.findall("^\\w", "ab\ncd", re.MULTILINE))
print(re.IGNORECASE == re.I, re.search("HELLO", "say hello", re.I).group())
print(re.escape("a.b*c"))
