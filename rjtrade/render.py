"""Drawing every chart, sharing the work among processes (light: no pandas or matplotlib here).

Where the system can fork (Linux), one child per extra core is forked first; it imports
matplotlib while this process imports pandas and computes what the charts show
(rjtrade/chartdata.py, plain Python values). Each child receives that data and every
process, this one included, takes the next chart not yet drawn, longest first, until
none is left. A child never imports pandas. Elsewhere the charts are drawn one after
another. Both ways give the same bytes.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import warnings
from pathlib import Path

from .errors import RjtradeError
from .schema import CHART_NAMES


def chosen(names=None) -> list[str]:
    """The named charts (all by default) in the order of CHART_NAMES; unknown names refused."""
    unknown = sorted(set(names or ()) - set(CHART_NAMES))
    if unknown:
        raise RjtradeError(f"unknown chart {', '.join(unknown)} (charts: {', '.join(CHART_NAMES)})")
    return [n for n in CHART_NAMES if not names or n in names]


def _child(names, taken, data_in, files_out) -> None:
    """In a forked child: import matplotlib, wait for the data, draw charts in turn, send the files back."""
    try:
        from .figures import draw_in_turn

        files_out.send(draw_in_turn(names, data_in.recv(), taken))
    except EOFError:
        pass  # the parent stopped before sending the data
    except Exception as error:
        files_out.send(RjtradeError(f"drawing the charts failed: {error!r}"))
    finally:
        files_out.close()


def _receive(child, files_in) -> dict[Path, bytes]:
    try:
        part = files_in.recv()
    except EOFError:
        child.join()
        part = RjtradeError(f"a process drawing the charts stopped (exit code {child.exitcode})")
    if isinstance(part, Exception):
        raise part
    return part


def render_all(names=None, workers: int | None = None) -> dict[Path, bytes]:
    """Every chart (or the named ones) as {path: bytes} under reports/figures/, in the order of CHART_NAMES."""
    names = chosen(names)
    workers = min(workers or os.cpu_count() or 1, len(names))
    if workers < 2 or not sys.platform.startswith("linux"):
        from .chartdata import chart_data
        from .figures import draw

        return draw(names, chart_data(names))
    context = multiprocessing.get_context("fork")
    taken = context.Value("i", 0)
    children = []
    with warnings.catch_warnings():
        # Forked before pandas when run from the command line. Inside a build, the only
        # other threads are numpy's OpenBLAS and pyarrow's jemalloc pools, idle and
        # fork-aware; Python 3.12+ warns about any thread at fork time.
        warnings.filterwarnings("ignore", "This process .* is multi-threaded", DeprecationWarning)
        for _ in range(workers - 1):
            data_in, data_out = context.Pipe(duplex=False)
            files_in, files_out = context.Pipe(duplex=False)
            child = context.Process(target=_child, args=(names, taken, data_in, files_out), daemon=True)
            child.start()
            data_in.close()
            files_out.close()
            children.append((child, data_out, files_in))
    try:
        from .chartdata import chart_data

        data = chart_data(names)
        for _, data_out, _ in children:
            data_out.send(data)
        from .figures import draw_in_turn

        files = draw_in_turn(names, data, taken)
        for child, _, files_in in children:
            files |= _receive(child, files_in)
    finally:
        for child, data_out, files_in in children:
            child.terminate()  # nothing to stop once it has sent; after an error, stops one still drawing
            child.join()
            data_out.close()
            files_in.close()
    return {path: files[path] for path in sorted(files, key=lambda p: CHART_NAMES.index(p.stem))}
