"""Checksums of a data folder: `<sha256>  <name>` lines in its MANIFEST.sha256."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import ChecksumError

MANIFEST = "MANIFEST.sha256"


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in blocks (large files are not loaded whole)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    """File name -> recorded digest, from the folder's manifest."""
    manifest = Path(folder) / MANIFEST
    if not manifest.exists():
        raise ChecksumError(f"{manifest}: no checksum manifest")
    recorded = {}
    for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or not name:
            raise ChecksumError(f"{manifest}, line {number}: malformed entry {line!r}")
        recorded[name] = digest
    return recorded


def verify(folder: Path | str) -> list[str]:
    """Check every file of `folder` against its manifest; return the names checked.

    A file changed, missing, or present but not listed raises ChecksumError naming it.
    """
    folder = Path(folder)
    recorded = read_manifest(folder)
    present = {p.name for p in folder.iterdir() if p.is_file() and p.name != MANIFEST}
    problems = [
        f"{n}: listed in the manifest but missing" for n in sorted(recorded) if n not in present
    ]
    problems += [f"{n}: not in the manifest" for n in sorted(present - set(recorded))]
    problems += [
        f"{n}: changed since the manifest was recorded"
        for n in sorted(present & set(recorded))
        if file_sha256(folder / n) != recorded[n]
    ]
    if problems:
        raise ChecksumError(f"{folder}: files differ from {MANIFEST}:\n  " + "\n  ".join(problems))
    return sorted(recorded)


def write(folder: Path | str) -> Path:
    """Record the digest of every file in `folder` (after adding a file on purpose)."""
    folder = Path(folder)
    names = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != MANIFEST)
    target = folder / MANIFEST
    tmp = target.with_suffix(".tmp")
    tmp.write_text("".join(f"{file_sha256(folder / n)}  {n}\n" for n in names), encoding="utf-8")
    tmp.replace(target)
    return target
