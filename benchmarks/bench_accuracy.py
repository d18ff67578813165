"""Benchmark: rjtrade.check's verdicts against the labelled claim sentences.

    python benchmarks/bench_accuracy.py [--wrong]

The sentences and their hand-worked verdicts are tests/fixtures/labelled_claims.csv (the rule
is in tests/fixtures/labelled_claims.md); each sentence's claim verdict is derived from
check's answer by tests/test_labelled_claims.claim_verdict. Prints the number right by
language and by kind of claim, the false claims judged consistent (the worst error), and with
--wrong every sentence judged wrongly, with what check said, basis by basis.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import rjtrade  # noqa: E402
from tests.test_labelled_claims import claim_verdict, labelled  # noqa: E402

LANGUAGES = ("en", "ru", "ja", "th")


def evidence(checked) -> str:
    """check's rows in one line: basis (or source), reporter, verdict."""
    if checked.empty:
        return "no claim read"
    return "; ".join(
        f"{row.basis or '-'} {row.reported_by or '-'} {row.verdict}"
        for row in checked.itertuples()
    )


def table(title: str, key: str, results: list[dict]) -> None:
    print(f"\n{title:14} {'right':>6} {'of':>4} {'share':>6}  false judged consistent")
    groups = sorted({r[key] for r in results}, key=lambda g: (g not in LANGUAGES, g))
    for group in [*groups, "all"]:
        rows = [r for r in results if group in ("all", r[key])]
        right = sum(r["got"] == r["expected_verdict"] for r in rows)
        worst = sum(
            r["expected_verdict"] == "inconsistent" and r["got"] == "consistent" for r in rows
        )
        print(f"{group:14} {right:>6} {len(rows):>4} {right / len(rows):>6.0%}  {worst}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wrong", action="store_true", help="list every sentence judged wrongly")
    wrong_list = ap.parse_args().wrong
    results = []
    start = time.perf_counter()
    for row in labelled():
        try:
            checked = rjtrade.check(row["text"])
        except Exception as error:  # a failure of check is a wrong verdict, reported as such
            got = said = f"error ({type(error).__name__}: {error})"
        else:
            got, said = claim_verdict(checked), evidence(checked)
        results.append(row | {"got": got, "evidence": said})
    seconds = time.perf_counter() - start
    print(f"{len(results)} sentences checked in {seconds:.1f} s")
    table("language", "lang", results)
    table("kind", "kind", results)
    outcomes = Counter((r["expected_verdict"], r["got"]) for r in results)
    print("\nexpected -> rjtrade says: count")
    for (expected, got), count in sorted(outcomes.items()):
        print(f"  {expected:12} -> {got}: {count}")
    wrong = [r for r in results if r["got"] != r["expected_verdict"]]
    print(f"\nwrong: {', '.join(r['id'] for r in wrong) or 'none'}")
    if wrong_list:
        for r in wrong:
            print(f"\n{r['id']} [{r['kind']}] {r['text']}")
            print(f"  expected {r['expected_verdict']}: {r['official_figure']}")
            print(f"  rjtrade says {r['got']}: {r['evidence']}")


if __name__ == "__main__":
    main()
