def batches(data, size):
    for i in range(0, len(data), size):
        chunk = data[i:i + size]
        if len(chunk) < size:
            raise ValueError("incomplete batch of %d" % len(chunk))
        yield chunk

for b in batches(list(range(7)), 3):
    print(b)
