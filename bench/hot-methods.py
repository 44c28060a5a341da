"""Reads `jfr print --events jdk.ExecutionSample` and prints the hottest methods: self time, then inclusive
time of the suite's own code and of the libraries it calls most."""
import collections
import re
import sys

samples = sys.stdin.read().split("jdk.ExecutionSample")[1:]
own = collections.Counter()
inclusive = collections.Counter()
for sample in samples:
    frames = re.findall(r"^\s+([\w$.<>/]+)\(", sample, re.M)
    if not frames:
        continue
    own[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1
n = max(1, len(samples))
print(f"{len(samples)} samples\n\nself:")
for frame, count in own.most_common(30):
    print(f"{100 * count / n:5.1f}%  {frame}")
print("\ninclusive:")
for frame, count in inclusive.most_common(120):
    print(f"{100 * count / n:5.1f}%  {frame}")
