# List, dict and set comprehensions and generator expressions.
SIZE = 1500


def run(n):
    total = 0
    for k in range(n):
        squares = [x * x for x in range(1000) if x % 3]
        index = {x: i for i, x in enumerate(squares[:300])}
        residues = {x % 97 for x in squares}
        total += sum(x for x in squares if x & 1) + len(index) + len(residues)
        pairs = [(a, b) for a in range(20) for b in range(a)]
        total += len(pairs)
    return total
