"""Writing files safely, and drawing the charts in worker processes (no heavy imports here)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from . import paths
from .errors import RjtradeError
from .schema import CHART_NAMES


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def render_in_parallel(names=None, workers: int | None = None) -> dict[Path, bytes]:
    """The charts as {path: bytes}, drawn by one worker process per core (`python -m rjtrade.figures`)."""
    unknown = sorted(set(names or ()) - set(CHART_NAMES))
    if unknown:
        raise RjtradeError(f"unknown chart {', '.join(unknown)} (charts: {', '.join(CHART_NAMES)})")
    names = [n for n in CHART_NAMES if not names or n in names]
    workers = min(workers or os.cpu_count() or 1, len(names)) or 1
    chunks = [names[i::workers] for i in range(workers)]
    env = {**os.environ, "RJTRADE_ROOT": str(paths.PROJ_ROOT), "MPLBACKEND": "Agg"}
    with tempfile.TemporaryDirectory(prefix="rjtrade-figures-") as folder:
        procs = [subprocess.Popen([sys.executable, "-m", "rjtrade.figures", folder, *chunk], env=env, stderr=subprocess.PIPE)
                 for chunk in chunks]
        errors = [err.decode(errors="replace") for p in procs for _, err in [p.communicate()] if p.returncode]
        if errors:
            raise RjtradeError("drawing the charts failed:\n" + errors[0])
        return {paths.FIGURES_DIR / f.name: f.read_bytes() for f in sorted(Path(folder).iterdir())}
