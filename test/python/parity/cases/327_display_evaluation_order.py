# Set and dict displays evaluate their items before hashing any (BUILD_SET / BUILD_MAP), except from the
# first starred item on and in displays past 30 items or 16 pairs (compile.c STACK_USE_GUIDELINE), so an
# unhashable item loses to a later item's error, or wins, as CPython 3.11 decides.
def show(fn):
    try:
        print(fn())
    except Exception as x:
        print(type(x).__name__, x)

show(lambda: {[], 1 + 'a'})
show(lambda: {[], abs([])})
show(lambda: {1, [], *5})
show(lambda: {*[1], [], 1 + 'a'})
show(lambda: {[]: 1, {}: 2})
show(lambda: {[]: 1, 'k': 1 + 'a'})
show(lambda: {[]: 1, **5})
show(lambda: {**{}, []: 1, (): {}[0]})
show(lambda: {1: 2, **{3: 4}, 5: 6})
xs = [[i] for i in range(40)]
show(lambda: {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, [], 1 + 'a'})
show(lambda: {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, [], 1 + 'a'})
show(lambda: {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, []: 15, 16: 1 + 'a'})
show(lambda: {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, []: 16, 17: 1 + 'a'})
show(lambda: {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, []: 17, 18: 1 + 'a'})
show(lambda: {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18, []: 1, 20: 1 + 'a'})
show(lambda: len({i: i for i in range(3)} | {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18, 19: 19}))
show(lambda: {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, [], 1 + 'a'})
