"""The process's resource limits, checked before a command starts: a limit too low to run it
(ulimit -n, ulimit -v) is named in one line, instead of failing later as a missing
matplotlib style, a kernel that cannot start, or an abort in a pyarrow thread.

The minimums are what the command was measured to need on Linux, with a margin: a build
runs with 32 open files and 1 GiB of address space; the notebooks' kernels (which inherit
the limits) need more files (ZeroMQ sockets) and memory.
"""

from __future__ import annotations

import errno
import resource

from .errors import RjtradeError

MIB = 2**20
# command: (open files, address space in bytes)
NEEDED = {
    "build": (64, 1536 * MIB),
    "figures": (64, 1536 * MIB),
    "audit": (64, 1536 * MIB),
    "notebooks": (256, 2048 * MIB),
}
LIMITS = {
    "files": (resource.RLIMIT_NOFILE, "open-file limit (ulimit -n)"),
    "memory": (resource.RLIMIT_AS, "address-space limit (ulimit -v)"),
}


def soft_limit(which: str) -> int | None:
    """The soft limit in force, or None when unlimited."""
    soft, _ = resource.getrlimit(LIMITS[which][0])
    return None if soft == resource.RLIM_INFINITY else soft


def described(which: str, value: int) -> str:
    """A limit as the shell sets it: files as a count, memory in KiB as ulimit -v takes it."""
    return f"{value}" if which == "files" else f"{value // 1024} KiB"


def check(command: str) -> None:
    """Raise if a limit is below what the command needs, naming the limit and the way out."""
    if command not in NEEDED:
        return
    for which, needed in zip(LIMITS, NEEDED[command], strict=True):
        limit = soft_limit(which)
        if limit is not None and limit < needed:
            name, flag = LIMITS[which][1], "-n" if which == "files" else "-v"
            number = needed if which == "files" else needed // 1024
            raise RjtradeError(
                f"the {name} is {described(which, limit)}; rjtrade {command} needs at least"
                f" {described(which, needed)}: run `ulimit {flag} {number}` first"
            )


def cause(exc: BaseException) -> str | None:
    """What limit an error meets, in words, when it is one (too many open files, no memory,
    no thread): the limit named with its value; None otherwise."""
    too_many_files = isinstance(exc, OSError) and exc.errno in (errno.EMFILE, errno.ENFILE)
    if too_many_files:
        limit = soft_limit("files")
        return f"too many open files (the {LIMITS['files'][1]} is {limit})"
    no_thread = isinstance(exc, RuntimeError) and "can't start new thread" in str(exc)
    if isinstance(exc, MemoryError) or no_thread:
        limit = soft_limit("memory")
        if limit is not None:
            return f"out of memory (the {LIMITS['memory'][1]} is {described('memory', limit)})"
    return None
