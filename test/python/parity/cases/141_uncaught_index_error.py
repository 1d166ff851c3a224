def last(items):
    return items[len(items)]

def process(data):
    return last(data) * 2

print(process.__name__)
process([1, 2, 3])
