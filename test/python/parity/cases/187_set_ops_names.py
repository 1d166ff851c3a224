trainable = {"w1", "b1", "w2"}
restored = {"w1", "w2", "global_step"}
print(sorted(trainable & restored), sorted(trainable - restored), sorted(restored - trainable))
print(sorted(trainable | restored), sorted(trainable ^ restored), len(trainable), "b1" in trainable)
missing = sorted(restored.difference(trainable))
print("Missing: %s" % ", ".join(missing))
