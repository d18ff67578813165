"""Drawing every chart, sharing the work among processes (light: no pandas or matplotlib here).

Where the system can fork (Linux), a drawing process is forked first; it imports
matplotlib while this process imports pandas and computes what the charts show
(rjtrade/chartdata.py, plain Python values, so no drawing process needs pandas). Once
the data arrive, it forks one more drawer per extra core, which inherits matplotlib and
the data; each takes the next chart not yet drawn, longest first, until none is left.
This process only computes the data and gathers the files. Elsewhere the charts are
drawn one after another. Both ways give the same bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import RjtradeError
from .forks import CONTEXT, Forked
from .schema import CHART_NAMES


def chosen(names=None) -> list[str]:
    """The named charts (all by default) in the order of CHART_NAMES; unknown names refused."""
    unknown = sorted(set(names or ()) - set(CHART_NAMES))
    if unknown:
        raise RjtradeError(
            f"unknown chart {', '.join(unknown)} (charts: {', '.join(CHART_NAMES)})"
        )
    return [n for n in CHART_NAMES if not names or n in names]


def _drawers(names, taken, data_in, count: int) -> dict[Path, bytes]:
    """In a forked child: import matplotlib, wait for the data, fork the other drawers (which
    inherit both), draw charts in turn beside them and gather their files."""
    from .figures import draw_in_turn

    data = data_in.recv()
    others = [Forked(draw_in_turn, names, data, taken) for _ in range(count - 1)]
    try:
        files = draw_in_turn(names, data, taken)
        for other in others:
            files |= other.result()
    finally:
        for other in others:
            other.stop()
    return files


def render_all(names=None, workers: int | None = None) -> dict[Path, bytes]:
    """Every chart (or the named ones) as {path: bytes} under reports/figures/, in the order of CHART_NAMES."""
    names = chosen(names)
    workers = min(workers or os.cpu_count() or 1, len(names))
    if workers < 2 or CONTEXT is None:
        from .chartdata import chart_data
        from .figures import draw

        return draw(names, chart_data(names))
    taken = CONTEXT.Value("i", 0)
    data_in, data_out = CONTEXT.Pipe(duplex=False)
    drawers = Forked(_drawers, names, taken, data_in, workers)
    data_in.close()
    try:
        from .chartdata import chart_data

        data_out.send(chart_data(names))
        files = drawers.result()
    finally:
        drawers.stop()
        data_out.close()
    return {path: files[path] for path in sorted(files, key=lambda p: CHART_NAMES.index(p.stem))}
