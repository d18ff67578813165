"""Paths the user names, checked before anything is read: a regular file (never a FIFO,
which would block for ever, a device such as /dev/zero, which never ends, or a folder),
or a folder. Every reader of a named path calls these, so each refusal reads the same."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import RjtradeError

KINDS = (
    (stat.S_ISREG, "a file"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def named(path, what: str) -> Path:
    """The path as given; None or an empty name is an error saying what was expected."""
    if path is None or not str(path).strip():
        raise RjtradeError(f"{what}: an empty path; name a {what}")
    return Path(path)


def kind_of(mode: int) -> str:
    """What a file that is not a regular one is, in words."""
    return next((text for test, text in KINDS if test(mode)), "not a regular file")


def _mode(path: Path, missing: str) -> int:
    """The path's file mode (links followed); an error naming the path if it cannot be had."""
    try:
        return os.stat(path).st_mode
    except FileNotFoundError:
        raise RjtradeError(f"{path}: {missing}") from None
    except OSError as exc:
        raise RjtradeError(f"{path}: cannot read ({exc.strerror})") from None


def regular_file(path, what: str = "file") -> Path:
    """The path of an existing regular file (links followed), checked before it is opened:
    an error names the path and what it is instead."""
    path = named(path, what)
    mode = _mode(path, "no such file")
    if not stat.S_ISREG(mode):
        raise RjtradeError(f"{path}: {kind_of(mode)}, not a file; it is not read")
    return path


def folder(path, what: str = "folder") -> Path:
    """The path of an existing folder: an error names the path and what it is instead."""
    path = named(path, what)
    mode = _mode(path, f"no such {what}")
    if not stat.S_ISDIR(mode):
        raise RjtradeError(f"{path}: {kind_of(mode)}, not a {what}")
    return path
