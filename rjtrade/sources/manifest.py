"""The checksum manifest of the raw folder: raw files are never edited; a change stops a build."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..config import MANIFEST_NAME
from ..errors import ChecksumError
from ..outputs.files import atomic_write

RAW_SUFFIXES = (".csv", ".xlsx")


def raw_files(raw_dir: Path) -> list[Path]:
    """The data files of a raw folder (CSV and XLSX), in name order."""
    return sorted(p for p in raw_dir.iterdir() if p.suffix.lower() in RAW_SUFFIXES and p.is_file())


def sha256(path: Path) -> str:
    """The SHA-256 digest of a file, as hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest(raw_dir: Path) -> Path:
    """Record the checksums of every raw file (run after adding or correcting a source)."""
    lines = [f"{sha256(p)}  {p.name}\n" for p in raw_files(raw_dir)]
    target = raw_dir / MANIFEST_NAME
    atomic_write(target, "".join(lines).encode("utf-8"))
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
            "raw data differs from its checksum manifest; raw files are never edited by the build."
            " If you changed or added a source on purpose, run `rjtrade manifest`.\n  "
            + "\n  ".join(problems)
        )
