print(1)
print(f'{f"{"abc"}"}')
