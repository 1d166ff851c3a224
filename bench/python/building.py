# Building dicts, lists and strings.
SIZE = 400000


def run(n):
    counts = {}
    items = []
    for i in range(n):
        key = "k" + str(i % 1000)
        counts[key] = counts.get(key, 0) + 1
        items.append(i * 2)
        if len(items) > 500:
            items = items[250:]
    parts = []
    for k in sorted(counts)[:200]:
        parts.append(f"{k}={counts[k]}")
    text = ",".join(parts)
    words = text.split(",")
    return len(counts), sum(items), len(text), len(words)
