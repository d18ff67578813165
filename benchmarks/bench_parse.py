"""Benchmark: the parsers' time per call against input size, hostile input at 10 KB, 100 KB, 1 MB.

    python benchmarks/bench_parse.py [--repeat N]

Two columns per input: "refused" is the time a call takes as shipped (any text longer than
MAX_TEXT_LENGTH is refused before it is read); "read" lifts that limit for the run, to show
that reading itself grows linearly with the text (time per KB about constant).
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Callable

from rjtrade import parse
from rjtrade.errors import ParseError

SIZES = (10_000, 100_000, 1_000_000)
INPUTS: dict[str, tuple[str, Callable]] = {
    "parentheses (parse_amount)": ("(", parse.parse_amount),
    "multiplier words (parse_amount)": ("1 ล้าน", parse.parse_amount),
    "Thai number words (parse_amount)": ("สองหมื่นห้าพัน", parse.parse_amount),
    "years and eras (parse_years)": ("พ.ศ. 2503 ", parse.parse_years),
    "multiplier words (number_in)": (" ล้าน", parse.number_in),
    "digits (read_percent)": ("1", parse.read_percent),
    "months and days (parse_date)": ("11 พฤศจิกายน ", parse.parse_date),
}


def per_call(read: Callable, text: str, repeat: int) -> float:
    """Best time of `repeat` calls, in seconds; a ParseError is a normal outcome."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        with contextlib.suppress(ParseError):
            read(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    repeat = ap.parse_args().repeat
    shipped = parse.MAX_TEXT_LENGTH
    print(f"{'input':34} {'size':>9} {'refused':>10} {'read':>10} {'read/KB':>10}")
    for label, (unit, read) in INPUTS.items():
        for size in SIZES:
            text = (unit * (size // len(unit) + 1))[:size]
            parse.MAX_TEXT_LENGTH = shipped
            refused = per_call(read, text, repeat)
            parse.MAX_TEXT_LENGTH = size + 1
            reading = per_call(read, text, repeat)
            parse.MAX_TEXT_LENGTH = shipped
            print(
                f"{label:34} {size:>9,} {refused * 1e3:>8.3f}ms {reading * 1e3:>8.1f}ms"
                f" {reading * 1e6 / (size / 1000):>8.1f}us"
            )


if __name__ == "__main__":
    main()
