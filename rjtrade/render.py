"""Drawing every chart, sharing the work among processes (light: no pandas or matplotlib here).

Where the system can fork (Linux), one child per extra core is forked first; it imports
matplotlib while this process imports pandas and computes what the charts show
(rjtrade/chartdata.py, plain Python values). Each child receives that data and every
process, this one included, takes the next chart not yet drawn, longest first, until
none is left. A child never imports pandas. Elsewhere the charts are drawn one after
another. Both ways give the same bytes.
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
        raise RjtradeError(f"unknown chart {', '.join(unknown)} (charts: {', '.join(CHART_NAMES)})")
    return [n for n in CHART_NAMES if not names or n in names]


def _draw_when_given(names, taken, data_in) -> dict[Path, bytes]:
    """In a forked child: import matplotlib, wait for the data, then draw charts in turn."""
    from .figures import draw_in_turn

    return draw_in_turn(names, data_in.recv(), taken)


def render_all(names=None, workers: int | None = None) -> dict[Path, bytes]:
    """Every chart (or the named ones) as {path: bytes} under reports/figures/, in the order of CHART_NAMES."""
    names = chosen(names)
    workers = min(workers or os.cpu_count() or 1, len(names))
    if workers < 2 or CONTEXT is None:
        from .chartdata import chart_data
        from .figures import draw

        return draw(names, chart_data(names))
    taken = CONTEXT.Value("i", 0)
    pipes = [CONTEXT.Pipe(duplex=False) for _ in range(workers - 1)]
    children = [Forked(_draw_when_given, names, taken, data_in) for data_in, _ in pipes]
    try:
        from .chartdata import chart_data

        data = chart_data(names)
        for data_in, data_out in pipes:
            data_in.close()
            data_out.send(data)
        from .figures import draw_in_turn

        files = draw_in_turn(names, data, taken)
        for child in children:
            files |= child.result()
    finally:
        for child in children:
            child.stop()
        for data_in, data_out in pipes:
            data_in.close()
            data_out.close()
    return {path: files[path] for path in sorted(files, key=lambda p: CHART_NAMES.index(p.stem))}
