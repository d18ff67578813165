"""The raw folder: checksum manifest, file discovery by layout, and loading everything once."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import ChecksumError, InputError
from . import readers
from .tables import check_header, check_unique, read_csv_rows
from .workbook import read_xlsx_rows

MANIFEST_NAME = "MANIFEST.sha256"
RAW_SUFFIXES = (".csv", ".xlsx")


def raw_files(raw_dir: Path) -> list[Path]:
    return sorted(p for p in raw_dir.iterdir() if p.suffix.lower() in RAW_SUFFIXES and p.is_file())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest(raw_dir: Path) -> Path:
    """Record the checksums of every raw file (run after adding or correcting a source)."""
    lines = [f"{sha256(p)}  {p.name}\n" for p in raw_files(raw_dir)]
    target = raw_dir / MANIFEST_NAME
    tmp = target.with_suffix(".tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(target)
    return target


def verify_manifest(raw_dir: Path) -> None:
    """Every raw file must match the manifest: a changed, added or missing file stops the build."""
    manifest = raw_dir / MANIFEST_NAME
    if not manifest.exists():
        raise ChecksumError(
            f"{manifest}: no checksum manifest; run `rjtrade manifest` to record one"
        )
    recorded = {}
    for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ChecksumError(f"{manifest}, line {number}: malformed entry {line!r}")
        recorded[name] = digest
    present = {p.name: p for p in raw_files(raw_dir)}
    problems = [
        f"{name}: listed in the manifest but missing" for name in recorded if name not in present
    ]
    problems += [
        f"{name}: not in the manifest (new file?)" for name in present if name not in recorded
    ]
    problems += [
        f"{name}: changed since the manifest was recorded"
        for name, path in present.items()
        if name in recorded and sha256(path) != recorded[name]
    ]
    if problems:
        raise ChecksumError(
            "raw data differs from its checksum manifest; raw files are never edited by the build. "
            "If you changed or added a source on purpose, run `rjtrade manifest`.\n  "
            + "\n  ".join(problems)
        )


def read_rows(path: Path):
    return read_xlsx_rows(path) if path.suffix.lower() == ".xlsx" else read_csv_rows(path)


def layout_of(path: Path, header: list[str]) -> str:
    """The layout whose columns the header has; otherwise an error naming what is missing or extra."""
    for name, columns in readers.LAYOUTS.items():
        if header == columns or sorted(header) == sorted(columns):
            return name
    closest = max(readers.LAYOUTS, key=lambda n: len(set(header) & set(readers.LAYOUTS[n])))
    check_header(path.name, header, readers.LAYOUTS[closest])
    raise InputError(
        path.name, 1, None, header, "header matches no known layout"
    )  # pragma: no cover


def load_raw(raw_dir: Path, verify: bool = True) -> dict:
    """Every raw file read and validated: {'sources', 'observations', 'events'}."""
    if verify:
        verify_manifest(raw_dir)
    by_layout: dict[str, list] = {name: [] for name in readers.LAYOUTS}
    for path in raw_files(raw_dir):
        header, rows = read_rows(path)
        by_layout[layout_of(path, header)].append(rows)
    if not by_layout["sources"]:
        raise InputError(
            raw_dir.name, None, None, None, "no sources registry (a file with the sources layout)"
        )
    seen: dict = {}
    for rows in by_layout["sources"]:
        check_unique(rows, "source_id", seen)
    registry = {}
    for rows in by_layout["sources"]:
        registry |= readers.read_sources(rows)
    ids: dict = {}
    observations, events = [], []
    readers_by_layout = {
        "figures": readers.read_figures,
        "published_figures": readers.read_published_figures,
        "published_composition": readers.read_published_composition,
    }
    for layout, read in readers_by_layout.items():
        for rows in by_layout[layout]:
            check_unique(rows, readers.ID_COLUMN[layout], ids)
            observations += read(rows, registry)
    readers.check_share_totals(observations)
    for rows in by_layout["events"]:
        events += readers.read_events(rows, registry)
    return {"sources": registry, "observations": observations, "events": events}
