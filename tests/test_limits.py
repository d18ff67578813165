"""A resource limit too low for a command is named in one line (exit 1) before it starts:
`ulimit -n 10; rjtrade build` said "rjtrade.mplstyle is not a valid package style",
`ulimit -n 20; rjtrade notebooks` printed 35 lines, `ulimit -v 307200; rjtrade build`
aborted in a pyarrow thread with no rjtrade line."""

from __future__ import annotations

import errno
import resource
import subprocess
import sys

import pytest

from rjtrade.cli import error_message
from rjtrade.limits import NEEDED


def run_limited(command: str, limit: int, value: int) -> subprocess.CompletedProcess:
    def lower() -> None:
        resource.setrlimit(limit, (value, value))

    return subprocess.run(
        [sys.executable, "-m", "rjtrade.cli", command],
        preexec_fn=lower,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("command", "limit", "value", "expected"),
    [
        ("build", resource.RLIMIT_NOFILE, 10, "the open-file limit (ulimit -n) is 10"),
        ("notebooks", resource.RLIMIT_NOFILE, 20, "the open-file limit (ulimit -n) is 20"),
        (
            "build",
            resource.RLIMIT_AS,
            307200 * 1024,
            "the address-space limit (ulimit -v) is 307200 KiB",
        ),
    ],
    ids=["build-files", "notebooks-files", "build-memory"],
)
def test_a_limit_too_low_is_named_in_one_line(command, limit, value, expected):
    done = run_limited(command, limit, value)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1, done.stderr
    assert len(lines) == 1 and lines[0].startswith(f"rjtrade {command}: error: "), lines
    assert expected in lines[0] and f"rjtrade {command} needs at least" in lines[0]


def test_too_many_open_files_met_later_is_named_as_such():
    exc = OSError(errno.EMFILE, "Too many open files", "rjtrade.mplstyle")
    message, status = error_message(exc)
    limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    assert message == (
        f"rjtrade.mplstyle: too many open files (the open-file limit (ulimit -n) is {limit})"
    )
    assert status == 1


def test_every_limited_command_needs_more_than_it_was_refused_with():
    assert all(files > 20 and memory > 307200 * 1024 for files, memory in NEEDED.values())
