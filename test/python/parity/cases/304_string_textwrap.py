import string, textwrap
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; $$5 cost")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, who="c"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
for tpl, kw in [("$who and $nobody", {"who": 1}), ("bad $ here", {}), ("line\n  ${", {})]:
    try:
        print(string.Template(tpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("bad $").safe_substitute(), string.Template("x $1").is_valid())
class T(string.Template):
    delimiter = '%'
print(T("%a is %{b}").substitute(a=1, b=2))
f = string.Formatter()
for s in ['a{0}b{x!r:>3}c', 'a{{b', '{}{}', '{0[1]}{a.b}', 'x}}y', '{:{w}}', '{0[:]}', '', '{', '}', 'a{b', '{a!}', '{a!rx}', '{!r}', '{a:}']:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(f.format('{} {} {x}', 1, 2, x=3), f.format('{0.real:>{1}}|{2[k]}', 3, 5, {'k': 'v'}))
for s, a in [('{} {0}', (1,)), ('{0} {}', (1,)), ('{5}', (1,)), ('{0!z}', (1,)), ('{a}', ())]:
    try:
        print(f.format(s, *a))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
text = ("The quick brown fox jumps over the lazy dog. TensorFlow is an end-to-end open source platform "
        "for machine learning; a well-known, state-of-the-art  library\twith tabs.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 20, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.shorten(text, 50), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten(text, 40, placeholder="..."))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.fill("a b c", 1), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
print(repr(textwrap.dedent("""
    def f():
        return 1
      \t
    x = 2
""")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w.wrap("Hello there. How are you? Fine."))
print(textwrap.wrap("one-two three-four-five a-b --- x--y well--known", 8))
