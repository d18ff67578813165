"""Command line: rjtrade build | audit | check | figures | parse | notebooks | series |
manifest."""

from __future__ import annotations

import argparse
import contextlib
import logging
import math
import os
import re
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from . import __version__, config, limits
from .errors import RjtradeError, Stopped, StoppedAfterSaving
from .schema import VERDICTS
from .signals import handled

EXIT_OK, EXIT_ERROR, EXIT_INCONSISTENT, EXIT_USAGE = 0, 1, 3, 2
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as a shell reports Ctrl-C
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def say(message: str) -> None:
    """A message for people, on stderr (stdout carries the results)."""
    print(message, file=sys.stderr)


def cmd_build(args) -> int:
    """rjtrade build: every table, the workbook and (unless --no-figures) every chart."""
    from .pipeline import build

    build(figures=not args.no_figures, out=args.out, raw_dir=args.raw, lang=args.lang)
    return EXIT_OK


def cmd_audit(args) -> int:
    """rjtrade audit: the findings that are not consistent (all with --all)."""
    import pandas as pd

    from .analyses.audit import audit
    from .store import observations

    findings = audit(observations(args.raw))
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
    """rjtrade figures: the named charts (all by default) in the formats asked for."""
    from .pipeline import chart_outputs, compute, load, save

    formats = tuple(dict.fromkeys(args.format)) if args.format else None
    computed = compute(load(args.raw))
    files = chart_outputs(
        computed, args.names or None, folder=args.out, formats=formats, lang=args.lang
    )
    save(files)
    for path in files:
        say(f"wrote {path}")
    return EXIT_OK


def _fmt(x: float) -> str:
    """A number for the parse command's output."""
    if math.isinf(x):
        return "inf"
    return f"{x:,.4f}".rstrip("0").rstrip(".") if abs(x) >= 1000 else f"{x:.6g}"


def _print_figure(figure) -> None:
    """A parsed figure: value, unit, currency, bound and interval, one per line."""
    print(
        f"value: {_fmt(figure.value)}\nunit: {figure.unit}\n"
        f"currency: {figure.currency or '-'}\n"
        f"bound: {figure.bound}\ninterval: [{_fmt(figure.low)}, {_fmt(figure.high)}]"
    )


AUTO_KINDS = ("amount", "percent", "multiple", "rank", "year")


def cmd_parse(args) -> int:
    """Read the text as the kind asked for; by default try every kind, a year last."""
    from .parse import parse_amount, parse_multiple, parse_rank, parse_year, read_percent

    readers = {
        "amount": lambda t: parse_amount(t, year=args.year),
        "percent": read_percent,
        "multiple": parse_multiple,
        "rank": parse_rank,
        "year": parse_year,
    }
    errors = []
    for kind in [args.kind] if args.kind != "auto" else AUTO_KINDS:
        try:
            figure = readers[kind](args.text)
        except RjtradeError as exc:
            errors.append(str(exc))
            continue
        if kind == "year":
            print(f"year: {figure}")
            if args.kind == "auto":
                say("read as a year (--kind year); choose another with --kind")
        else:
            _print_figure(figure)
        return EXIT_OK
    if len(errors) == 1:
        raise RjtradeError(errors[0])
    raise RjtradeError(
        f"cannot read {args.text!r} as an amount, percent, multiple, rank or year"
        f" (amount: {errors[0]}); choose the kind with --kind {{{','.join(AUTO_KINDS)}}}"
    )


def cmd_notebooks(args) -> int:
    """rjtrade notebooks: execute every notebook in place; none found is an error."""
    from .outputs.notebooks import notebook_paths, run_notebooks

    folder = args.folder or config.NOTEBOOKS_DIR
    if not notebook_paths(folder):
        raise RjtradeError(
            f"no notebooks (NN_name.ipynb) in {folder}; the notebooks come with a clone of the"
            " repository: run this there, or name their folder with --folder"
        )
    run_notebooks(folder, timeout=args.timeout)
    return EXIT_OK


def cmd_check(args) -> int:
    """Find the trade claims of a text or file and print each with its verdicts."""
    import json

    from .api import check
    from .claims.check import claims_of
    from .outputs.display import checked_claims_text

    _print_what_can_be_printed()
    if (args.text is None) == (args.file is None):
        raise RjtradeError("give one text to check, or --file PATH (not both)")
    text = _argv_text(args.text) if args.file is None else _read_text(args.file)
    try:
        checked = check(
            text,
            year=args.year,
            pair=args.pair,
            reporter=args.reporter,
            reference_year=args.reference_year,
        )
    except RjtradeError as exc:
        raise RjtradeError(f"{args.file}: {exc}" if args.file else str(exc)) from None
    claims = claims_of(checked)
    if args.json:
        both = {
            "claims": json.loads(claims.to_json(orient="records")),
            "evidence": json.loads(checked.to_json(orient="records")),
        }
        print(json.dumps(both, ensure_ascii=False))
    else:
        colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        print(checked_claims_text(checked, colour))
    counts = claims["verdict"].value_counts()
    noun = "claim" if len(claims) == 1 else "claims"
    say(f"{len(claims)} {noun}: " + ", ".join(f"{counts.get(v, 0)} {v}" for v in VERDICTS))
    if args.strict and counts.get("inconsistent", 0):
        return EXIT_INCONSISTENT
    return EXIT_OK


def _print_what_can_be_printed() -> None:
    """A terminal or pipe that cannot show every character (PYTHONIOENCODING=ascii, a POSIX
    locale) gets the others as escapes ("\\u0e01") instead of the command failing."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _argv_text(text: str) -> str:
    """The text as the user typed it: under a POSIX locale Python decodes the UTF-8 bytes of
    the command line as ASCII with escapes (U+DC80-U+DCFF); they are decoded again as UTF-8."""
    if not any("\udc80" <= c <= "\udcff" for c in text):
        return text
    raw = text.encode(sys.getfilesystemencoding(), "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RjtradeError(f"the text is not UTF-8 (byte {exc.start + 1}); use --file") from None


def _read_text(path: Path) -> str:
    """A text file's content, UTF-8; a missing, unreadable or non-UTF-8 file is an error
    naming it and saying which."""
    from .paths import regular_file

    regular_file(path, "text file")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RjtradeError(
            f"{path}: not UTF-8 text (byte {exc.start}); convert it, e.g. iconv -t UTF-8"
        ) from None
    except OSError as exc:
        raise RjtradeError(f"{path}: cannot read ({exc.strerror})") from None


def cmd_manifest(args) -> int:
    """rjtrade manifest: record the checksums of the raw folder."""
    from .sources.manifest import write_manifest

    say(f"wrote {write_manifest(args.raw or config.RAW_DIR)}")
    return EXIT_OK


SERIES_COLUMNS_SHOWN = [
    "view", "partner", "year", "flow", "value_usd", "low", "high", "reported_by", "status",
    "rate_source", "flag", "flag_reason",
]  # fmt: skip
REAL_COLUMNS_SHOWN = ["value_usd_current", "dollars", "price_index", "index_value", "base_year"]


def cmd_series(args) -> int:
    """rjtrade series: the official series of one pair as CSV on stdout, current US$ unless
    --real (constant dollars of --base-year by --deflator)."""
    from .api import constant_dollars, official_series

    years = None
    if args.years:
        years = (args.years[0], args.years[-1])
    table = official_series(args.partner, args.view, cow_dyadic=args.cow_dyadic, years=years)
    columns = list(SERIES_COLUMNS_SHOWN)
    if args.real:
        table = constant_dollars(table, base_year=args.base_year, deflator=args.deflator)
        columns += REAL_COLUMNS_SHOWN
    else:
        table = table.assign(dollars="current US$")
        columns.append("dollars")
    print(table[columns].to_csv(index=False), end="")
    say(
        f"{len(table)} rows, Japan and {args.partner}, view {args.view}, "
        + (f"constant {args.base_year} US$ ({args.deflator})" if args.real else "current US$")
    )
    return EXIT_OK


class TextFirstParser(argparse.ArgumentParser):
    """An argument parser that reads '-' followed by a digit ("-3.5%") as text, not an option,
    and reports a usage mistake in one line (exit 2), like every other error."""

    def error(self, message: str):
        """One line: 'rjtrade [command]: error: ...', with where to find the usage."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

    def _parse_optional(self, arg_string):
        """'-3.5%' is text to read, not an option."""
        if re.match(r"^-\d", arg_string):
            return None
        return super()._parse_optional(arg_string)


def _command(sub, name: str, run, text: str) -> argparse.ArgumentParser:
    """A subcommand whose one-line help is also its description under --help."""
    command = sub.add_parser(name, help=text, description=text)
    command.set_defaults(run=run)
    return command


def path_argument(text: str) -> Path:
    """A path on the command line: an empty one is a usage error (not the current folder)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path; name a folder or file")
    return Path(text)


def seconds_argument(text: str) -> int:
    """A whole number of seconds above 0."""
    if not text.strip().isdigit() or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number of seconds above 0")
    return int(text)


def _raw_option(command: argparse.ArgumentParser) -> None:
    """The --raw DIR option of the commands that read raw data."""
    command.add_argument(
        "--raw",
        type=path_argument,
        metavar="DIR",
        help=f"read raw data from DIR (default: ${config.RAW_ENV} if set, else {config.RAW_DIR})",
    )


def parser() -> argparse.ArgumentParser:
    """The command line's parser: every command, its options and their help."""
    top = TextFirstParser(
        prog="rjtrade",
        description="Russia(USSR)–Japan trade figures: build, audit, chart.",
        epilog=f"Raw data now read from {config.RAW_DIR}.",
    )
    top.add_argument("--version", action="version", version=f"rjtrade {__version__}")
    sub = top.add_subparsers(dest="command", required=True)
    p = _command(sub, "build", cmd_build, "write every table, the workbook and every chart")
    p.add_argument(
        "--out",
        type=path_argument,
        metavar="DIR",
        help=f"write tables to DIR and charts to DIR/figures (default: {config.DEFAULT_OUT_TEXT})",
    )
    p.add_argument("--no-figures", action="store_true", help="tables and workbook only")
    p.add_argument(
        "--lang",
        choices=["en", "th"],
        default="en",
        help="language of the workbook's README sheet and of the charts (th: in figures/th)",
    )
    _raw_option(p)
    p = _command(
        sub,
        "audit",
        cmd_audit,
        "check every claim against the others; print what is not consistent",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help=f"exit {EXIT_INCONSISTENT} when anything is inconsistent",
    )
    p.add_argument("--all", action="store_true", help="print consistent findings too")
    _raw_option(p)
    p = _command(
        sub, "figures", cmd_figures, "draw the charts, each with its data as CSV beside it"
    )
    p.add_argument(
        "names", nargs="*", help="chart names (default: all; an unknown name lists them)"
    )
    p.add_argument(
        "--out",
        type=path_argument,
        metavar="DIR",
        help=f"write the charts to DIR (default: {config.output_dirs()[1]})",
    )
    p.add_argument(
        "--format",
        action="append",
        choices=["png", "svg", "pdf"],
        help="file format, repeatable (default: png and svg); the CSV is always written",
    )
    p.add_argument(
        "--lang",
        choices=["en", "th"],
        default="en",
        help="the language of the charts' words: en (default) or th (Thai: multiplier words, "
        "Buddhist-era years; written to the th/ subfolder unless --out is given)",
    )
    _raw_option(p)
    p = _command(
        sub, "parse", cmd_parse, 'read one figure as written, e.g. "5 พันล้าน 581 ล้านดอลลาร์"'
    )
    p.add_argument("text", help='the figure as written; "-3.5%%" needs no "--"')
    p.add_argument(
        "--kind",
        choices=["auto", *AUTO_KINDS],
        default="auto",
        help="what the text is (default: try each, a year last)",
    )
    p.add_argument(
        "--year", type=int, help="the figure's year (tells Soviet from Russian roubles)"
    )
    p = _command(
        sub,
        "notebooks",
        cmd_notebooks,
        "execute every notebook (notebooks/NN_*.ipynb of a clone) in place, with progress",
    )
    p.add_argument(
        "--folder",
        type=path_argument,
        metavar="DIR",
        help=f"the notebooks' folder (default: {config.NOTEBOOKS_DIR})",
    )
    p.add_argument(
        "--timeout",
        type=seconds_argument,
        default=300,
        metavar="SECONDS",
        help="stop when a cell is still running after SECONDS (default: 300)",
    )
    p = _command(
        sub,
        "check",
        cmd_check,
        "find the trade claims in a text (Thai, English, Russian, Japanese) and check each",
    )
    p.add_argument("text", nargs="?", help="the text; or --file PATH")
    p.add_argument("--file", type=path_argument, metavar="PATH", help="a UTF-8 text file to check")
    p.add_argument("--year", type=int, help="the year of claims that name none")
    p.add_argument("--pair", metavar="A,B", help="the pair of claims that name none, e.g. RUS,JPN")
    p.add_argument(
        "--reporter", help="whose exports or imports a claim means when it does not say"
    )
    p.add_argument("--reference-year", type=int, help='the year "last year" is counted from')
    p.add_argument(
        "--json",
        action="store_true",
        help='print JSON: {"claims": one verdict each, "evidence": the findings beneath}',
    )
    p.add_argument(
        "--strict", action="store_true", help="exit 3 if any claim is inconsistent (for scripts)"
    )
    p = _command(
        sub,
        "series",
        cmd_series,
        "print the official series of Japan and a partner, 1960-2025, as CSV (current US$"
        " unless --real)",
    )
    p.add_argument("partner", nargs="?", default="RUS", help="RUS (default) or CHN")
    p.add_argument("--view", default="best", choices=["JPN", "partner", "best"])
    p.add_argument("--years", type=int, nargs="+", metavar="YEAR", help="a year or FIRST LAST")
    p.add_argument("--real", action="store_true", help="constant dollars (see --base-year)")
    p.add_argument("--base-year", type=int, default=2014, help="base year of --real (2014)")
    p.add_argument("--deflator", choices=["cpi", "gdp"], default="cpi", help="US CPI-U or GDP")
    p.add_argument("--cow-dyadic", type=Path, metavar="PATH", help="a full COW dyadic file")
    p = _command(
        sub,
        "manifest",
        cmd_manifest,
        "record the checksums of the raw folder after adding or correcting a source",
    )
    _raw_option(p)
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
    """Turn SIGTERM or SIGHUP into an exception, so the command unwinds cleanly (cleanup
    runs) instead of being killed on the spot."""
    raise Stopped(signum)


def one_line(text: str) -> str:
    """An error message on one line: inner line breaks become '; '."""
    return "; ".join(part.strip() for part in str(text).splitlines() if part.strip())


def error_message(exc: BaseException) -> tuple[str, int]:
    """What to print after 'error: ' and the exit status, for every failure a user can meet."""
    if isinstance(exc, StoppedAfterSaving):
        return f"stopped by signal {exc.signum} once the new outputs were all in place", (
            128 + exc.signum
        )
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted (Ctrl-C); outputs left as they were", EXIT_INTERRUPTED
    if isinstance(exc, Stopped):
        return f"stopped by signal {exc.signum}; outputs left as they were", 128 + exc.signum
    if isinstance(exc, RjtradeError):
        return str(exc), EXIT_ERROR
    if limits.cause(exc):
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        return f"{where}{limits.cause(exc)}", EXIT_ERROR
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
        """Note a Ctrl-C that Python would swallow in a finalizer; report anything else."""
        if isinstance(unraisable.exc_value, KeyboardInterrupt | Stopped):
            caught.append(unraisable.exc_value)
        else:
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        yield caught
    finally:
        sys.unraisablehook = previous


def printable_streams() -> None:
    """stdout and stderr print what their encoding can (ASCII under LC_ALL=POSIX or
    PYTHONIOENCODING=ascii) and write the rest as escapes (\\u0e1b), never failing on it."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")


def main(argv=None) -> int:
    """Run one command; every failure ends with one line on stderr and a non-zero exit."""
    printable_streams()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args = parser().parse_args(argv)
    with handled(STOP_SIGNALS, _raise_stopped), interrupts_in_finalizers() as swallowed:
        try:
            check_environment()
            limits.check(args.command)
            status = args.run(args)
            sys.stdout.flush()
            if swallowed:
                raise swallowed[0]
            return status
        except BrokenPipeError:  # the reader stopped early (| head): not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
        except (Exception, KeyboardInterrupt, Stopped) as exc:
            if os.environ.get("RJTRADE_DEBUG") and not isinstance(exc, RjtradeError):
                raise
            message, status = error_message(exc)
            say(f"rjtrade {args.command}: error: {one_line(message)}")
            return status


if __name__ == "__main__":
    sys.exit(main())
