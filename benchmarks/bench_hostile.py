"""Time and peak memory of a build with a large user figures file (issue 15, bounded cost).

For each size (default 10,000, 100,000 and 1,000,000 rows) a private project folder is
made (a copy of data/raw plus `user_figures.csv`, manifest re-recorded) and
`rjtrade build --no-figures` runs in a fresh interpreter; its wall time and peak
resident memory (ru_maxrss of the child) are reported, with the number of audit
findings. Half of the rows state China's 2010 trade with Russia (the probe's worst case
for the audit: every pair of them related), the rest spread over 1992-2014; the first
200 state Russia-Japan 2010 turnover, so that the annual series has many alternatives
(not all: the ids of the figures not chosen are listed in one cell, which holds 32,767
characters, and more would stop the build with an error naming that cell). Every row is
attributed to the article, so each is also a claim checked against the official series:
three findings for Russia-Japan, one ("not Japan's trade") for China-Russia.

Target (issue 15): 1,000,000 rows under 2 GB of peak memory.

    python benchmarks/bench_hostile.py [--rows 10000 100000 1000000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rjtrade.schema import ARTICLE_FIGURE_COLUMNS  # noqa: E402
from rjtrade.sources.manifest import write_manifest  # noqa: E402

BE = 543  # Buddhist era offset: the period as written is in BE, like the article's


SERIES_ROWS = 200  # rows of a pair the annual series covers (Russia-Japan)


def user_row(i: int) -> dict:
    """Row i: half the same year (2010), half spread over 1992-2014; values near 20 bn."""
    year = 2010 if i % 2 == 0 or i < SERIES_ROWS else 1992 + i % 23
    economy, partner = ("RUS", "JPN") if i < SERIES_ROWS else ("CHN", "RUS")
    billions = 20 + (i % 7) / 10
    return dict.fromkeys(ARTICLE_FIGURE_COLUMNS, "") | {
        "obs_id": f"user_{i}",
        "source_id": "article_th",
        "locator": f"row {i}",
        "as_written": f"{billions:.1f} พันล้านดอลลาร์",
        "period_as_written": f"ปี {year + BE}",
        "year_basis": "written",
        "economy": economy,
        "partner": partner,
        "flow": "turnover",
        "measure": "value",
        "year": str(year),
        "period": "annual",
        "note": "benchmark",
    }


def make_project(root: Path, rows: int) -> None:
    raw = root / "data" / "raw"
    shutil.copytree(REPO / "data" / "raw", raw)
    with (raw / "user_figures.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ARTICLE_FIGURE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(user_row(i) for i in range(rows))
    write_manifest(raw)


def measure(root: Path) -> tuple[float, float, int, str]:
    """Seconds, peak MiB, exit status and the last line of stderr of one build."""
    env = os.environ | {"RJTRADE_ROOT": str(root), "PYTHONPATH": str(REPO)}
    code = (
        "import resource, sys\n"
        "from rjtrade.cli import main\n"
        "status = main(['build', '--no-figures'])\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(f'peak_kib={peak}', file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    lines = result.stderr.strip().splitlines()
    peak = next((int(x.split("=")[1]) for x in lines if x.startswith("peak_kib=")), 0)
    said = [x for x in lines if not x.startswith("peak_kib=")]
    return seconds, peak / 1024, result.returncode, "; ".join(said[-2:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--keep", type=Path, help="build the projects here and keep them")
    args = parser.parse_args()
    print(f"{'rows':>10} {'seconds':>8} {'peak MiB':>9} status  last lines")
    for rows in args.rows:
        base = args.keep or Path(tempfile.mkdtemp(prefix="rjtrade-bench-"))
        root = base / f"rows_{rows}"
        try:
            make_project(root, rows)
            seconds, peak, status, said = measure(root)
            print(f"{rows:>10,} {seconds:>8.1f} {peak:>9.0f} {status:>6}  {said}", flush=True)
        finally:
            if not args.keep:
                shutil.rmtree(base, ignore_errors=True)
    driver = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"(peak of this driver itself: {driver} MiB)")


if __name__ == "__main__":
    main()
