"""Under an ASCII locale (LC_ALL=POSIX, PYTHONUTF8=0) and PYTHONIOENCODING=ascii, build, audit
and manifest print what the terminal can show, the rest as escapes, and never fail with
UnicodeEncodeError."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from .conftest import REPO_RAW

ASCII = {"LC_ALL": "POSIX", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii"}


def run(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "RJTRADE"))}
    return subprocess.run(
        [sys.executable, "-m", "rjtrade.cli", *args],
        env=env | ASCII,
        cwd=cwd,
        capture_output=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def thai_raw(tmp_path_factory):
    """A copy of data/raw in a folder with a Thai name (every path printed holds it)."""
    raw = tmp_path_factory.mktemp("ascii") / "ข้อมูล"
    shutil.copytree(REPO_RAW, raw)
    return raw


@pytest.mark.parametrize(
    "args",
    [["audit", "--all"], ["manifest"], ["build", "--no-figures", "--out", "out"]],
    ids=["audit", "manifest", "build"],
)
def test_an_ascii_terminal_gets_what_it_can_show(thai_raw, args):
    done = run(*args, "--raw", str(thai_raw), cwd=thai_raw.parent)
    err = done.stderr.decode("ascii")  # nothing but ASCII reached the terminal
    done.stdout.decode("ascii")
    assert done.returncode == 0, err
    assert "UnicodeEncodeError" not in err
    assert ": error:" not in err
