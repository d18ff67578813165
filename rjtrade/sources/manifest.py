"""The checksum manifest of the raw folder: raw files are never edited; a change stops a build.

What counts as a raw file: a regular file in the raw folder named *.csv or *.xlsx.
Names starting with '.' (dotfiles) or '~$' (the lock files Excel leaves beside an
open workbook) are ignored, as every tool ignores them. A raw file that is a link is
refused (it could point anywhere, e.g. outside the project; its content is never
read or quoted), and so is a name holding a control character or a line break, which
the one-line-per-file manifest could not record.
"""

from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from pathlib import Path

from ..config import MANIFEST_NAME
from ..errors import ChecksumError, InputError
from ..files import atomic_write
from ..paths import folder, kind_of

RAW_SUFFIXES = (".csv", ".xlsx")


IGNORED_PREFIXES = (".", "~$")  # dotfiles and Excel's lock files


def check_raw_folder(raw_dir: Path) -> None:
    """The raw folder must exist and be a folder."""
    if not raw_dir.exists():
        raise InputError(raw_dir, None, None, None, "no raw data folder here")
    folder(raw_dir, "raw data folder")


def is_raw_name(name: str) -> bool:
    """A data file's name: .csv or .xlsx, not a dotfile or an Excel lock file."""
    return name.lower().endswith(RAW_SUFFIXES) and not name.startswith(IGNORED_PREFIXES)


def check_raw_entry(raw_dir: Path, entry: os.DirEntry) -> None:
    """A raw file must be a regular file (not a link) with a printable one-line name."""
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in entry.name):
        raise InputError(
            raw_dir / entry.name, None, None, entry.name, "file name with a control character"
        )
    if entry.is_symlink():
        raise InputError(
            raw_dir / entry.name, None, None, None, "a link: raw files must be regular files"
        )
    mode = entry.stat(follow_symlinks=False).st_mode
    if not stat.S_ISREG(mode):
        raise InputError(
            raw_dir / entry.name, None, None, None, f"{kind_of(mode)}, not a regular file"
        )


def raw_files(raw_dir: Path) -> list[Path]:
    """The data files of a raw folder (CSV and XLSX), in name order."""
    check_raw_folder(raw_dir)
    with os.scandir(raw_dir) as entries:
        chosen = [e for e in entries if is_raw_name(e.name)]
    for entry in chosen:
        check_raw_entry(raw_dir, entry)
    return sorted(raw_dir / e.name for e in chosen)


def sha256(path: Path) -> str:
    """The SHA-256 digest of a file, as hex, read in chunks (a 2 GB file is never in memory)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def write_manifest(raw_dir: Path) -> Path:
    """Record the checksums of every raw file (run after adding or correcting a source)."""
    lines = [f"{sha256(p)}  {p.name}\n" for p in raw_files(raw_dir)]
    target = raw_dir / MANIFEST_NAME
    atomic_write(target, "".join(lines).encode("utf-8"))
    return target


def verify_manifest(raw_dir: Path) -> None:
    """Every raw file must match the manifest: a changed, added or missing file stops the build."""
    manifest = raw_dir / MANIFEST_NAME
    if manifest.is_symlink() or (manifest.exists() and not manifest.is_file()):
        kind = "a link" if manifest.is_symlink() else kind_of(os.stat(manifest).st_mode)
        raise ChecksumError(f"{manifest}: not a regular file ({kind}); it is not read")
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
            "raw data differs from its checksum manifest; raw files are never edited by the build."
            " If you changed or added a source on purpose, run `rjtrade manifest`.\n  "
            + "\n  ".join(problems)
        )
