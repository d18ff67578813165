"""Benchmark: rjtrade against the floors the targets are set on, side by side in one run.

    python benchmarks/bench.py [--repeat N] [--main-job]

Each command runs in a fresh interpreter N times (default 5), alternating with its floor;
the median wall times and the median of the per-run ratios are reported. The builds run on
a copy of the project in a temporary folder, so the project's own outputs are not touched.
Targets:
  import rjtrade          under import pandas + 0.1 s
  build of the tables     under 2.5x python -c "import pandas, openpyxl"
  first official_series   under 0.5 s (the call itself, timed inside a fresh interpreter
                          after `import rjtrade`; also with pandas already imported)
  check one sentence      under 2x  python -c "import pandas"
  check the whole article under 5 s (when ../shared/seed holds it)
  all charts              measured against python -c "import pandas, matplotlib.pyplot"
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

from rjtrade.outputs.charts import CHARTS

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def run(command: list[str], env: dict | None = None) -> float:
    """Wall time of one command in a fresh process, its output discarded."""
    start = time.perf_counter()
    subprocess.run(
        command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def paired(
    floor: list[str], command: list[str], repeat: int, env: dict
) -> tuple[float, float, float]:
    """Median times of the floor and the command, run alternately so that the machine's
    drift hits both alike, and the median of the per-pair ratios."""
    pairs = [(run(floor, env), run(command, env)) for _ in range(repeat)]
    return (
        statistics.median(f for f, _ in pairs),
        statistics.median(c for _, c in pairs),
        statistics.median(c / f for f, c in pairs),
    )


FIRST_CALL = (
    "import time, sys\n"
    "{before}\n"
    "import rjtrade as rj\n"
    "start = time.perf_counter()\n"
    "rj.official_series('RUS')\n"
    "sys.stdout.write(str(time.perf_counter() - start))\n"
)


def first_call(env: dict, before: str = "") -> float:
    """The time of the first rj.official_series("RUS") of a fresh interpreter, timed inside it
    (`before`: a statement run first, e.g. importing pandas)."""
    code = FIRST_CALL.format(before=before)
    done = subprocess.run([PY, "-c", code], check=True, env=env, capture_output=True, text=True)
    return float(done.stdout)


def project_copy() -> Path:
    """A copy of the raw data and notebooks in a temporary folder, built there, not here."""
    folder = Path(tempfile.mkdtemp(prefix="rjtrade-bench-"))
    for part in ("data/raw", "notebooks"):
        shutil.copytree(ROOT / part, folder / part)
    return folder


def row(label: str, seconds: float, ratio: float | None = None, target: str = "") -> str:
    """One line of the report."""
    ratio = f"{ratio:5.2f}x floor" if ratio else ""
    return f"{label:<44} {seconds:7.3f} s  {ratio:<13} {target}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--main-job", action="store_true", help="also time build + notebooks once")
    args = parser.parse_args()
    copy = project_copy()
    env = {**os.environ, "RJTRADE_ROOT": str(copy), "MPLBACKEND": "Agg"}
    n = args.repeat

    pandas, rjtrade, _ = paired([PY, "-c", "import pandas"], [PY, "-c", "import rjtrade"], n, env)
    floor_tables, tables, tables_ratio = paired(
        [PY, "-c", "import pandas, openpyxl"],
        [PY, "-m", "rjtrade.cli", "build", "--no-figures"],
        n,
        env,
    )
    official_first = statistics.median(first_call(env) for _ in range(n))
    official_warm = statistics.median(first_call(env, "import pandas") for _ in range(n))
    sentence = "Russia–Japan trade hit a record $34.8 billion in 2013"
    floor_check, check, check_ratio = paired(
        [PY, "-c", "import pandas"], [PY, "-m", "rjtrade.cli", "check", sentence], n, env
    )
    article = ROOT.parent / "shared" / "seed" / "russia-japan-relations.th.txt"
    whole = [PY, "-m", "rjtrade.cli", "check", "--file", str(article)]
    check_file = statistics.median(run(whole, env) for _ in range(n)) if article.exists() else None
    floor_charts, charts, charts_ratio = paired(
        [PY, "-c", "import pandas, matplotlib.pyplot"],
        [PY, "-m", "rjtrade.cli", "figures"],
        n,
        env,
    )

    print(
        f"rjtrade benchmark (medians of {n} runs, each beside its floor, fresh interpreters; "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores)"
    )
    print(row("import pandas", pandas))
    print(
        row(
            "import rjtrade",
            rjtrade,
            None,
            f"difference {rjtrade - pandas:+.3f} s (target < +0.1 s)",
        )
    )
    print(row("floor: import pandas, openpyxl", floor_tables))
    print(
        row("rjtrade build --no-figures (tables, xlsx)", tables, tables_ratio, "(target < 2.5x)")
    )
    print(row("first rj.official_series('RUS')", official_first, None, "(target < 0.5 s)"))
    print(row("  the same, pandas already imported", official_warm, None, "(target < 0.5 s)"))
    print(row("floor: import pandas", floor_check))
    print(row("rjtrade check (one sentence)", check, check_ratio, "(target < 2x)"))
    if check_file is not None:
        print(row("rjtrade check --file (the whole article)", check_file, None, "(target < 5 s)"))
    print(row("floor: import pandas, matplotlib.pyplot", floor_charts))
    print(
        row(
            f"rjtrade figures ({len(CHARTS)} charts, PNG + SVG)",
            charts,
            charts_ratio,
            "(measured; no target)",
        )
    )
    if args.main_job:
        start = time.perf_counter()
        subprocess.run(
            [PY, "-m", "rjtrade.cli", "build"], check=True, env=env, stderr=subprocess.DEVNULL
        )
        subprocess.run(
            [PY, "-m", "rjtrade.cli", "notebooks"], check=True, env=env, stderr=subprocess.DEVNULL
        )
        print(
            row(
                "main job: build + all notebooks (once)",
                time.perf_counter() - start,
                None,
                "(target < 60 s)",
            )
        )
    shutil.rmtree(copy)


if __name__ == "__main__":
    main()
