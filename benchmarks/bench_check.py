"""Benchmark: rj.check on a long text, claims per second after start-up, against floors
measured in the same run.

    python benchmarks/bench_check.py [--claims N] [--repeat R]

Each measurement is a fresh interpreter. The floors: `python -c "import pandas"`, and
rj.check on one sentence (start-up: imports, the official backbone, the observation table).
A text of N claims (distinct amounts and years, one a line) is then checked in the same
interpreter as the sentence; its time after start-up gives the rate. Target: 1,000 claims a
second or more (2,000 claims within 3 s of the one-sentence time), also for one sentence
repeated N times (worked out once). Times are the best of R runs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

SENTENCE = "Russia–Japan trade was $20 billion in 2007."
DISTINCT = (
    "'\\n'.join(f'Russia–Japan trade was ${5 + (i % 997) / 100:.2f} billion in {1995 + i % 20}.'"
    " for i in range({n}))"
)
REPEATED = "'\\n'.join([{sentence!r}] * {n})"
CODE = """
import json, time
start = time.perf_counter()
import rjtrade as rj
rj.check({sentence!r})
one = time.perf_counter() - start
text = {text}
start = time.perf_counter()
checked = rj.check(text)
print(json.dumps({{"one": one, "long": time.perf_counter() - start,
                   "claims": int(checked["claim_no"].nunique())}}))
"""


def run(code: str) -> dict:
    """One fresh interpreter running code, its JSON answer."""
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return json.loads(done.stdout)


def best_import(repeat: int) -> float:
    """Best wall time of a fresh interpreter importing pandas."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import pandas"], check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    label = 'python -c "import pandas"'
    print(f"{label:44} {best_import(args.repeat):7.3f} s")
    for name, text in (
        ("distinct claims", DISTINCT.replace("{n}", str(args.claims))),
        ("one sentence repeated", REPEATED.format(sentence=SENTENCE, n=args.claims)),
    ):
        runs = [run(CODE.format(sentence=SENTENCE, text=text)) for _ in range(args.repeat)]
        fast = min(runs, key=lambda r: r["long"])
        rate = fast["claims"] / fast["long"]
        print(f"{'rj.check, one sentence (start-up)':44} {fast['one']:7.3f} s")
        print(
            f"{'rj.check, ' + format(fast['claims'], ',') + ' ' + name:44}"
            f" {fast['long']:7.3f} s"
            f"  {rate:,.0f} claims/s after start-up (target 1,000 or more)"
        )


if __name__ == "__main__":
    main()
