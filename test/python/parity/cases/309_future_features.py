from __future__ import absolute_import, division, print_function, unicode_literals
import __future__
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(type(__future__.division).__name__, 7 / 2)
print([n for n in dir(__future__) if n.startswith("CO_")])
print(__future__.CO_FUTURE_DIVISION, __future__.CO_NESTED)
