"""Command line: rjtrade build | audit | figures | parse | notebooks | manifest."""

from __future__ import annotations

import argparse
import contextlib
import logging
import math
import os
import signal
import sys
from collections.abc import Iterator

from .errors import RjtradeError, Stopped
from .schema import VERDICTS

EXIT_OK, EXIT_ERROR, EXIT_INCONSISTENT, EXIT_USAGE = 0, 1, 3, 2
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as a shell reports Ctrl-C
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def say(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_build(args) -> int:
    from .pipeline import build

    build(figures=not args.no_figures)
    return EXIT_OK


def cmd_audit(args) -> int:
    import pandas as pd

    from .api import audit

    findings = audit()
    shown = findings if args.all else findings[findings["verdict"] != "consistent"]
    with pd.option_context(
        "display.width", 200, "display.max_colwidth", 90, "display.max_rows", None
    ):
        print(
            shown[["check", "verdict", "claim", "detail"]].to_string(index=False)
            if len(shown)
            else "no findings to show"
        )
    counts = findings["verdict"].value_counts()
    say(", ".join(f"{counts.get(v, 0)} {v}" for v in VERDICTS))
    if args.strict and counts.get("inconsistent", 0):
        return EXIT_INCONSISTENT
    return EXIT_OK


def cmd_figures(args) -> int:
    from .pipeline import chart_outputs, load, save

    files = chart_outputs(load(), args.names or None)
    save(files)
    for path in files:
        say(f"wrote {path}")
    return EXIT_OK


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "inf"
    return f"{x:,.4f}".rstrip("0").rstrip(".") if abs(x) >= 1000 else f"{x:.6g}"


def cmd_parse(args) -> int:
    from .parse import parse_amount, parse_multiple, parse_rank, parse_year, read_percent

    readers = {
        "amount": lambda t: parse_amount(t, year=args.year),
        "percent": read_percent,
        "multiple": parse_multiple,
        "rank": parse_rank,
    }
    if args.kind == "year":
        print(f"year: {parse_year(args.text)}")
        return EXIT_OK
    errors = []
    for kind in [args.kind] if args.kind != "auto" else ["amount", "percent", "multiple", "rank"]:
        try:
            figure = readers[kind](args.text)
        except RjtradeError as exc:
            errors.append(str(exc))
            continue
        print(
            f"value: {_fmt(figure.value)}\nunit: {figure.unit}\n"
            f"currency: {figure.currency or '-'}\n"
            f"bound: {figure.bound}\ninterval: [{_fmt(figure.low)}, {_fmt(figure.high)}]"
        )
        return EXIT_OK
    raise RjtradeError(
        errors[0]
        if len(errors) == 1
        else f"cannot read {args.text!r} as an amount, percent, multiple or rank"
    )


def cmd_notebooks(args) -> int:
    from .outputs.notebooks import run_notebooks

    run_notebooks()
    return EXIT_OK


def cmd_manifest(args) -> int:
    from .config import RAW_DIR
    from .sources.manifest import write_manifest

    say(f"wrote {write_manifest(RAW_DIR)}")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="rjtrade", description="Russia(USSR)–Japan trade figures: build, audit, chart."
    )
    sub = top.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build", help="rebuild data/processed/ and reports/figures/ from data/raw/")
    p.add_argument("--no-figures", action="store_true", help="tables and workbook only")
    p.set_defaults(run=cmd_build)
    p = sub.add_parser(
        "audit", help="check every claim against the others; print what is not consistent"
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help=f"exit {EXIT_INCONSISTENT} when anything is inconsistent",
    )
    p.add_argument("--all", action="store_true", help="print consistent findings too")
    p.set_defaults(run=cmd_audit)
    p = sub.add_parser("figures", help="redraw the charts under reports/figures/")
    p.add_argument(
        "names", nargs="*", help="chart names (default: all; an unknown name lists them)"
    )
    p.set_defaults(run=cmd_figures)
    p = sub.add_parser("parse", help='read one figure as written, e.g. "5 พันล้าน 581 ล้านดอลลาร์"')
    p.add_argument("text")
    p.add_argument(
        "--kind", choices=["auto", "amount", "percent", "multiple", "rank", "year"], default="auto"
    )
    p.add_argument(
        "--year", type=int, help="the figure's year (tells Soviet from Russian roubles)"
    )
    p.set_defaults(run=cmd_parse)
    p = sub.add_parser("notebooks", help="execute every notebook in place, with progress")
    p.set_defaults(run=cmd_notebooks)
    p = sub.add_parser(
        "manifest", help="record the checksums of data/raw/ after adding or correcting a source"
    )
    p.set_defaults(run=cmd_manifest)
    return top


def check_environment() -> None:
    """RJTRADE_ROOT, when set, must name an existing folder."""
    root = os.environ.get("RJTRADE_ROOT")
    if root is None:
        return
    if not root.strip():
        raise RjtradeError("RJTRADE_ROOT is set but empty: unset it or name the project folder")
    if not os.path.isdir(root):
        raise RjtradeError(f"RJTRADE_ROOT={root!r}: no such folder")


def _raise_stopped(signum, frame) -> None:
    raise Stopped(signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP unwind like Ctrl-C (cleanup runs) instead of killing on the spot."""
    previous = {}
    with contextlib.suppress(ValueError):  # not the main thread: leave the handlers alone
        for signum in STOP_SIGNALS:
            previous[signum] = signal.signal(signum, _raise_stopped)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def one_line(text: str) -> str:
    """An error message on one line: inner line breaks become '; '."""
    return "; ".join(part.strip() for part in str(text).splitlines() if part.strip())


def error_message(exc: BaseException) -> tuple[str, int]:
    """What to print after 'error: ' and the exit status, for every failure a user can meet."""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted (Ctrl-C); outputs left as they were", EXIT_INTERRUPTED
    if isinstance(exc, Stopped):
        return f"stopped by signal {exc.signum}; outputs left as they were", 128 + exc.signum
    if isinstance(exc, RjtradeError):
        return str(exc), EXIT_ERROR
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}", EXIT_ERROR
    if isinstance(exc, MemoryError):
        return "out of memory (an input too large for this machine?)", EXIT_ERROR
    return f"unexpected {type(exc).__name__}: {exc} (RJTRADE_DEBUG=1 shows where)", EXIT_ERROR


@contextlib.contextmanager
def interrupts_in_finalizers() -> Iterator[list[BaseException]]:
    """Ctrl-C or a stop signal that lands in a finalizer (where Python would print
    'Exception ignored' with a traceback and carry on) recorded quietly instead."""
    caught: list[BaseException] = []
    previous = sys.unraisablehook

    def hook(unraisable) -> None:
        if isinstance(unraisable.exc_value, KeyboardInterrupt | Stopped):
            caught.append(unraisable.exc_value)
        else:
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        yield caught
    finally:
        sys.unraisablehook = previous


def main(argv=None) -> int:
    """Run one command; every failure ends with one line on stderr and a non-zero exit."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args = parser().parse_args(argv)
    with stop_on_signals(), interrupts_in_finalizers() as swallowed:
        try:
            check_environment()
            status = args.run(args)
            if swallowed:
                raise swallowed[0]
            return status
        except (Exception, KeyboardInterrupt, Stopped) as exc:
            if os.environ.get("RJTRADE_DEBUG") and not isinstance(exc, RjtradeError):
                raise
            message, status = error_message(exc)
            say(f"rjtrade {args.command}: error: {one_line(message)}")
            return status


if __name__ == "__main__":
    sys.exit(main())
