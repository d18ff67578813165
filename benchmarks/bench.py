"""Benchmark: rjtrade against the floors the targets are set on, side by side in one run.

    python benchmarks/bench.py [--repeat N] [--main-job]

Each command runs in a fresh interpreter N times (default 5); the median wall time is
reported. The builds run on a copy of the project in a temporary folder, so the
project's own outputs are not touched. Targets:
  import rjtrade          under import pandas + 0.1 s
  build of the tables     under 2x  python -c "import pandas, openpyxl"
  all charts              under 2x  python -c "import pandas, matplotlib.pyplot"
  main job (--main-job)   tables, charts and every notebook executed, under 60 s
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def timed(command: list[str], repeat: int, env: dict | None = None) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def project_copy() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="rjtrade-bench-"))
    for part in ("data/raw", "notebooks"):
        shutil.copytree(ROOT / part, folder / part)
    return folder


def row(label: str, seconds: float, floor: float | None = None, target: str = "") -> str:
    ratio = f"{seconds / floor:5.2f}x floor" if floor else ""
    return f"{label:<44} {seconds:7.3f} s  {ratio:<13} {target}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--main-job", action="store_true", help="also time build + notebooks once")
    args = parser.parse_args()
    copy = project_copy()
    env = {**os.environ, "RJTRADE_ROOT": str(copy), "MPLBACKEND": "Agg"}
    n = args.repeat

    pandas = timed([PY, "-c", "import pandas"], n)
    rjtrade = timed([PY, "-c", "import rjtrade"], n)
    floor_tables = timed([PY, "-c", "import pandas, openpyxl"], n)
    tables = timed([PY, "-m", "rjtrade.cli", "build", "--no-figures"], n, env)
    floor_charts = timed([PY, "-c", "import pandas, matplotlib.pyplot"], n)
    charts = timed([PY, "-m", "rjtrade.cli", "figures"], n, env)

    print(f"rjtrade benchmark (median of {n} runs, fresh interpreter each; Python {sys.version.split()[0]}, {os.cpu_count()} cores)")
    print(row("import pandas", pandas))
    print(row("import rjtrade", rjtrade, None, f"difference {rjtrade - pandas:+.3f} s (target < +0.1 s)"))
    print(row("floor: import pandas, openpyxl", floor_tables))
    print(row("rjtrade build --no-figures (tables, xlsx)", tables, floor_tables, "(target < 2x)"))
    print(row("floor: import pandas, matplotlib.pyplot", floor_charts))
    print(row("rjtrade figures (5 charts, PNG + SVG)", charts, floor_charts, "(target < 2x)"))
    if args.main_job:
        start = time.perf_counter()
        subprocess.run([PY, "-m", "rjtrade.cli", "build"], check=True, env=env, stderr=subprocess.DEVNULL)
        subprocess.run([PY, "-m", "rjtrade.cli", "notebooks"], check=True, env=env, stderr=subprocess.DEVNULL)
        print(row("main job: build + all notebooks (once)", time.perf_counter() - start, None, "(target < 60 s)"))
    shutil.rmtree(copy)


if __name__ == "__main__":
    main()
