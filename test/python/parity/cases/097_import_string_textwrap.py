import string
import textwrap

print(string.ascii_lowercase, string.digits, string.ascii_uppercase[:5])
print(string.punctuation[:10], len(string.whitespace))
text = """
    indented
      more
    back
"""
print(textwrap.dedent(text))
print(string.capwords("hello   world  foo"))
