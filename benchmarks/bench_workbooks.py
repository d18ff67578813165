"""Time and peak memory of a build refusing a hostile workbook (issue 15: refused in seconds).

Each case is a private project folder (a copy of data/raw plus `mine.xlsx`, manifest
re-recorded) built with `rjtrade build --no-figures` in a fresh interpreter, as in
bench_hostile.py; the build must fail with one error line, which is printed.

    python benchmarks/bench_workbooks.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from bench_hostile import REPO, measure, user_row

sys.path.insert(0, str(REPO))

from rjtrade.schema import ARTICLE_FIGURE_COLUMNS
from rjtrade.sources.manifest import write_manifest


def figures_book(path: Path, write_only: bool = False):
    """A workbook with the figures header and one good row; returned open for more."""
    book = openpyxl.Workbook(write_only=write_only)
    sheet = book.create_sheet("figures") if write_only else book.active
    if not write_only:
        sheet.title = "figures"
    sheet.append(ARTICLE_FIGURE_COLUMNS)
    sheet.append([user_row(0)[c] for c in ARTICLE_FIGURE_COLUMNS])
    return book, sheet


def far_cell(path: Path) -> None:
    """One cell at XFD1048576: a 5 KB file declaring the largest sheet there is."""
    book, sheet = figures_book(path)
    sheet.cell(1_048_576, 16_384, "x")
    book.save(path)


def many_rows(path: Path) -> None:
    """200,000 rows and no declared size: refused once the 100,001st row is read."""
    book, sheet = figures_book(path, write_only=True)
    for _ in range(200_000):
        sheet.append(["x"])
    book.save(path)


def zip_bomb(path: Path) -> None:
    """A 300 MiB part of zeros, under 1 MiB compressed."""
    book, _ = figures_book(path)
    book.save(path)
    archive = zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED)
    with archive, archive.open("xl/media/bomb.bin", "w") as part:
        for _ in range(300):  # a MiB at a time: this process stays small (its peak
            part.write(bytes(2**20))  # would otherwise show in the build's, on Linux)


CASES = {
    "a cell at XFD1048576": far_cell,
    "200,000 rows, no declared size": many_rows,
    "a 300 MiB zip bomb": zip_bomb,
}


def main() -> None:
    print(f"{'case':32} {'file KB':>8} {'seconds':>8} {'peak MiB':>9} status  error")
    for name, make in CASES.items():
        base = Path(tempfile.mkdtemp(prefix="rjtrade-bench-"))
        try:
            raw = base / "data" / "raw"
            shutil.copytree(REPO / "data" / "raw", raw)
            make(raw / "mine.xlsx")
            write_manifest(raw)
            size = (raw / "mine.xlsx").stat().st_size // 1024
            seconds, peak, status, said = measure(base)
            print(f"{name:32} {size:>8,} {seconds:>8.1f} {peak:>9.0f} {status:>6}  {said}")
        finally:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
