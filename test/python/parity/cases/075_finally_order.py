def gen():
    try:
        for i in range(3):
            try:
                if i == 1:
                    continue
                yield i
            finally:
                print("inner finally", i)
    finally:
        print("outer finally")

print(list(gen()))

def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i

print(loop_break())
