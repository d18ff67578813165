"""Benchmark: reading users' raw CSV files, against the COW reader on the same machine.

    python benchmarks/bench_raw.py [--rows N] [--files N] [--cow-rows N] [--hash-mib N]

Four measurements, each in a fresh interpreter that imports rjtrade first and then times
only its work (medians of --repeat runs):

1. user rows: ``load_raw`` of the packaged raw folder plus one user figures file of --rows
   valid rows, minus the same folder without it: user rows read (parsed, validated and made
   observations) a second;
2. per-file cost: the same --files rows as that many one-row files, against one file of
   --files rows: milliseconds each extra file costs;
3. the floor: ``read_cow_dyadic_v4`` on a --cow-rows COW file (benchmarks/bench_official.py's
   generator): COW rows a second (typed columns read by pyarrow, one dyad kept);
4. hashing: ``sha256`` of the manifest on a --hash-mib file: seconds and peak memory.

Targets: at least 5,000 user rows a second (every row's figure and year are parsed as
written; the COW reader converts typed columns and is hundreds of times faster), at most
1 ms per extra file, and a hash whose peak memory does not grow with the file (under 100 MiB
above the interpreter's for a file of 1 GiB).
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_hostile import user_row  # noqa: E402
from bench_official import generate  # noqa: E402

from rjtrade.schema import ARTICLE_FIGURE_COLUMNS  # noqa: E402
from rjtrade.sources.manifest import write_manifest  # noqa: E402

USER_RATE_TARGET, FILE_MS_TARGET, HASH_MIB_TARGET = 5_000, 1.0, 100

CHILD = """
import json, resource, sys, time
from pathlib import Path
from rjtrade.sources import cow, load, manifest
task, path = sys.argv[1], Path(sys.argv[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
if task == "raw":
    rows = len(load.load_raw(path)["observations"])
elif task == "cow":
    rows = len(cow.read_cow_dyadic_v4(path, pairs=[(365, 740)]))
else:
    rows = len(manifest.sha256(path))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "rows": rows, "grew_mib": (peak - before) / 1024}))
"""


def measure(task: str, path: Path, repeat: int) -> dict:
    """Median seconds and memory growth of one task, each run in a fresh interpreter."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, task, str(path)],
            check=True,
            capture_output=True,
            text=True,
            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        )
        runs.append(json.loads(out.stdout))
    return {k: statistics.median(r[k] for r in runs) for k in ("seconds", "grew_mib", "rows")}


def raw_folder(root: Path, name: str, files: list[int]) -> Path:
    """The packaged raw folder plus user figures files of the given numbers of rows."""
    raw = root / name
    shutil.copytree(REPO / "data" / "raw", raw)
    first = 0
    for number, rows in enumerate(files):
        path = raw / f"user_{number:05d}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, ARTICLE_FIGURE_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(user_row(i) for i in range(first, first + rows))
        first += rows
    write_manifest(raw)
    return raw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--files", type=int, default=2_000)
    parser.add_argument("--cow-rows", type=int, default=1_000_000)
    parser.add_argument("--hash-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        base = measure("raw", raw_folder(root, "base", []), args.repeat)
        many = measure("raw", raw_folder(root, "rows", [args.rows]), args.repeat)
        one = measure("raw", raw_folder(root, "one", [args.files]), args.repeat)
        split = measure("raw", raw_folder(root, "split", [1] * args.files), args.repeat)
        cow_file = root / "Dyadic_COW_4.0.csv"
        generate(cow_file, args.cow_rows)
        cow = measure("cow", cow_file, args.repeat)
        cow_file.unlink()
        big = root / "big.csv"
        with big.open("wb") as handle:
            handle.truncate(args.hash_mib * 2**20)  # sparse: all zeros, read like any file
        hashed = measure("hash", big, args.repeat)
    user_rate = args.rows / (many["seconds"] - base["seconds"])
    cow_rate = args.cow_rows / cow["seconds"]
    per_file_ms = (split["seconds"] - one["seconds"]) / args.files * 1000
    print(
        f"user rows: {args.rows:,} in {many['seconds'] - base['seconds']:.2f} s:"
        f" {user_rate:,.0f} rows/s (target >= {USER_RATE_TARGET:,})"
    )
    print(
        f"COW rows:  {args.cow_rows:,} in {cow['seconds']:.2f} s: {cow_rate:,.0f} rows/s"
        f" ({cow_rate / user_rate:.0f}x the user rate)"
    )
    print(
        f"{args.files:,} one-row files {split['seconds']:.2f} s vs one file of"
        f" {args.files:,} rows {one['seconds']:.2f} s: {per_file_ms:.2f} ms per extra file"
        f" (target <= {FILE_MS_TARGET})"
    )
    print(
        f"hash of {args.hash_mib:,} MiB: {hashed['seconds']:.2f} s, memory grew"
        f" {hashed['grew_mib']:.0f} MiB (target < {HASH_MIB_TARGET})"
    )
    met = (
        user_rate >= USER_RATE_TARGET
        and per_file_ms <= FILE_MS_TARGET
        and hashed["grew_mib"] < HASH_MIB_TARGET
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
