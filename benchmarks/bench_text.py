"""Benchmark: find_claims on one sentence and on the whole Thai article, each in a fresh
interpreter, against `python -c "import pandas"`.

    python benchmarks/bench_text.py [--repeat N] [--article PATH]

Targets for `rjtrade check`: one sentence in under twice the time of importing pandas, the
article in under 5 s. Times are the best of N runs of a new interpreter (start-up included).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from rjtrade import config

ARTICLE = config.PROJ_ROOT.parent / "shared" / "seed" / "russia-japan-relations.th.txt"
SENTENCE = "Russia–Japan trade hit a record $34.8 billion in 2013"
ONE = f"from rjtrade.claims.finder import find_claims;assert len(find_claims({SENTENCE!r})) == 1"


def whole(path: Path) -> str:
    return (
        "from pathlib import Path; from rjtrade.claims.finder import find_claims;"
        f"claims = find_claims(Path({str(path)!r}).read_text(encoding='utf-8'));"
        "print(len(claims))"
    )


def best(code: str, repeat: int) -> float:
    """Best wall time of `repeat` fresh interpreters running code, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--article", type=Path, default=ARTICLE)
    args = ap.parse_args()
    pandas = best("import pandas", args.repeat)
    label = 'python -c "import pandas"'
    print(f"{label:40} {pandas:7.3f} s")
    sentence = best(ONE, args.repeat)
    print(
        f"{'find_claims, one sentence':40} {sentence:7.3f} s"
        f"  ({sentence / pandas:.2f}x import pandas; target under 2x)"
    )
    if args.article.exists():
        article = best(whole(args.article), args.repeat)
        print(f"{'find_claims, the whole article':40} {article:7.3f} s  (target under 5 s)")
    else:
        print(f"article not found at {args.article}: skipped")


if __name__ == "__main__":
    main()
