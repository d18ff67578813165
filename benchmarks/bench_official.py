"""Benchmark: extracting one dyad from a COW-format dyadic file of a million rows, against the
floor of reading the same file with ``pyarrow.csv.read_csv``, in the same run: by the reader of
Russia and China (``cow.read_cow_dyadic_v4``, "extract") and by the reader of any partner of
Japan (``cow_full.japan_dyad``, which also reads the names and lists Japan's partners,
"partner").

    python benchmarks/bench_official.py [--rows N] [--repeat N]

The file (every column of the official ``Dyadic_COW_4.0.csv``) is generated in a temporary
folder. Each measurement runs in a fresh interpreter that imports the same modules first, then
times its work and reports its own peak resident memory (``getrusage(RUSAGE_SELF)``); floor
and extraction alternate. Medians are reported. Targets: time under 1.5x the floor, peak
memory under 2x.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from rjtrade.schema import COW_V4_FULL_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
TIME_TARGET, MEMORY_TARGET = 1.5, 2.0
TASKS = ("floor", "extract", "partner")

CHILD = """
import json, resource, sys, time
import pyarrow.csv as pacsv
from rjtrade.sources import cow, cow_full
path, task = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if task == "floor":
    rows = pacsv.read_csv(path).num_rows
elif task == "partner":
    rows = len(cow_full.japan_dyad(path, 365)[0])
else:
    rows = len(cow.read_cow_dyadic_v4(path, pairs=[(365, 740)]))
seconds = time.perf_counter() - start
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mib": peak_kib / 1024, "rows": rows}))
"""


def generate(path: Path, rows: int, seed: int = 0) -> None:
    """A COW-format dyadic file: random dyads 1870-2014, -9 for about 10 % of flows, and the
    pair (365, 740) for 1870-2014 somewhere inside."""
    rng = np.random.default_rng(seed)
    codes = rng.integers(2, 990, size=(rows, 2))
    codes.sort(axis=1)
    years = rng.integers(1870, 2015, size=rows)
    codes[(codes[:, 0] == 365) & (codes[:, 1] == 740)] = (2, 20)  # the pair only where planted
    pair_rows = rng.choice(rows, size=145, replace=False)
    codes[pair_rows] = (365, 740)
    years[pair_rows] = np.arange(1870, 2015)

    def flows() -> np.ndarray:
        values = np.round(rng.exponential(50.0, rows), 2)
        values[rng.random(rows) < 0.1] = -9
        return values

    columns = {
        "ccode1": codes[:, 0],
        "ccode2": codes[:, 1],
        "year": years,
        "importer1": np.array(["Importer A"] * rows),
        "importer2": np.array(["Importer B"] * rows),
    }
    for name in COW_V4_FULL_COLUMNS[5:]:
        if name == "version":
            columns[name] = np.full(rows, 4.0)
        elif name.startswith(("spike", "dip", "trd", "trade", "source")):
            columns[name] = rng.integers(0, 2, rows)
        else:
            columns[name] = flows()
    pacsv.write_csv(pa.table({c: columns[c] for c in COW_V4_FULL_COLUMNS}), path)


def measure(path: Path, task: str) -> dict:
    env_path = str(ROOT)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), task],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"},
    )
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Dyadic_COW_4.0.csv"
        generate(path, args.rows)
        print(f"{path.name}: {args.rows:,} rows, {path.stat().st_size / 2**20:.1f} MiB")
        results: dict[str, list[dict]] = {task: [] for task in TASKS}
        for _ in range(args.repeat):
            for task in TASKS:
                results[task].append(measure(path, task))
    median = {
        task: {k: statistics.median(r[k] for r in runs) for k in ("seconds", "peak_mib")}
        for task, runs in results.items()
    }
    ok = True
    for task, m in median.items():
        print(f"{task:8s} median {m['seconds']:.3f} s, peak {m['peak_mib']:.0f} MiB")
    for task in TASKS[1:]:
        time_ratio = median[task]["seconds"] / median["floor"]["seconds"]
        memory_ratio = median[task]["peak_mib"] / median["floor"]["peak_mib"]
        print(f"{task:8s} time   {time_ratio:.2f}x the floor (target < {TIME_TARGET}x)")
        print(f"{task:8s} memory {memory_ratio:.2f}x the floor (target < {MEMORY_TARGET}x)")
        ok = ok and time_ratio < TIME_TARGET and memory_ratio < MEMORY_TARGET
        rows = results[task][0]["rows"]
        print(f"{task:8s} rows of (365, 740): {rows} (145 planted dyad-years x 2 directions)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
