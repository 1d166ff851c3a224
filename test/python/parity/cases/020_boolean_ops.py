print(True and False, True or False, not True, not 0)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [] or "last")
print(None or "default", "x" and None)
def t(label, value):
    print("eval", label)
    return value
print(t("a", False) and t("b", True))
print(t("c", True) or t("d", True))
print(not not "x", True + False, True == 1, False is False)
