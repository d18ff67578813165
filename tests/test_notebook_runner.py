"""`rjtrade notebooks` stops cleanly and names what failed: Ctrl-C, SIGTERM and SIGHUP exit
130, 143 and 129 with one line and no kernel or connection file left; a failing cell, a
cell that never returns (--timeout), a dead kernel and a file that is not a notebook are each
one line naming the notebook (and cell), without colour codes; a linked notebook stays a link.
Every notebook is made here, small."""

from __future__ import annotations

import glob
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import pytest


def notebook(folder: Path, *sources: str, name: str = "01_probe.ipynb") -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    path = folder / name
    nbformat.write(nb, path)
    return path


def start(folder: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "rjtrade.cli", "notebooks", "--folder", str(folder), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process: subprocess.Popen) -> tuple[int, list[str]]:
    _, err = process.communicate(timeout=120)
    return process.returncode, err.strip().splitlines()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize(
    ("signum", "status", "said"),
    [
        (signal.SIGINT, 130, "interrupted (Ctrl-C)"),
        (signal.SIGTERM, 143, "stopped by signal 15"),
        (signal.SIGHUP, 129, "stopped by signal 1"),
    ],
    ids=["SIGINT", "SIGTERM", "SIGHUP"],
)
def test_a_stop_signal_during_a_cell_ends_in_one_line(tmp_path, signum, status, said):
    marker = tmp_path / "kernel.pid"
    path = notebook(
        tmp_path,
        f"import os, time\nopen({str(marker)!r}, 'w').write(str(os.getpid()))\ntime.sleep(600)",
    )
    before = path.read_bytes()
    process = start(tmp_path)
    deadline = time.monotonic() + 120
    while not (marker.exists() and marker.read_text()) and time.monotonic() < deadline:
        time.sleep(0.2)
    kernel_pid = int(marker.read_text())
    process.send_signal(signum)
    code, lines = finished(process)
    assert code == status, lines  # was 1, "unexpected AssertionError" after a kernel traceback
    assert len(lines) == 2 and lines[-1].startswith("rjtrade notebooks: error: "), lines
    assert said in lines[-1]
    time.sleep(1)
    assert not alive(kernel_pid)
    scratch = glob.glob(os.path.join(tempfile.gettempdir(), f"rjtrade-scratch-{process.pid}-*"))
    assert scratch == []  # the connection file (with its key) went with the kernel
    assert path.read_bytes() == before


def one_error(folder: Path, *options: str) -> str:
    code, lines = finished(start(folder, *options))
    assert code == 1, lines
    assert lines[-1].startswith("rjtrade notebooks: error: "), lines
    assert not [line for line in lines if "Traceback" in line or "\x1b[" in line], lines
    return lines[-1]


def test_a_failing_cell_is_named_with_its_notebook_without_colour(tmp_path):
    path = notebook(tmp_path, "x = 1", "1 / 0")
    line = one_error(tmp_path)
    assert line == f"rjtrade notebooks: error: {path}, cell 2: ZeroDivisionError: division by zero"


def test_a_cell_that_never_returns_stops_at_the_timeout(tmp_path):
    path = notebook(tmp_path, "import time\ntime.sleep(600)")
    started = time.monotonic()
    line = one_error(tmp_path, "--timeout", "3")
    assert time.monotonic() - started < 90
    assert line.endswith(
        f"{path}, cell 1: still running after 3 s (wait longer with --timeout SECONDS)"
    )


def test_a_dead_kernel_names_the_notebook(tmp_path):
    path = notebook(tmp_path, "import os\nos._exit(1)")
    line = one_error(tmp_path)
    assert f"{path}, cell 1: the kernel died" in line


@pytest.mark.parametrize(
    "content", [b"", b"{not json", b'{"cells": 5}'], ids=["empty", "corrupt", "odd"]
)
def test_a_file_that_is_not_a_notebook_is_named(tmp_path, content):
    path = tmp_path / "01_broken.ipynb"
    path.write_bytes(content)
    line = one_error(tmp_path)
    assert line.startswith(f"rjtrade notebooks: error: {path}: not a notebook that can be read")


def test_a_linked_notebook_is_written_through_the_link(tmp_path):
    real = notebook(tmp_path, "print(6 * 7)", name="real.ipynb")
    folder = tmp_path / "run"
    folder.mkdir()
    link = folder / "01_linked.ipynb"
    link.symlink_to(real)
    code, lines = finished(start(folder))
    assert code == 0, lines
    assert link.is_symlink()  # was replaced by a regular file
    outputs = nbformat.read(real, as_version=4).cells[0].outputs
    assert outputs[0]["text"] == "42\n"  # 6 * 7, printed by the cell


def test_a_timeout_that_is_not_a_number_is_a_usage_error(tmp_path):
    code, lines = finished(start(tmp_path, "--timeout", "soon"))
    assert code == 2 and "expected a whole number of seconds" in lines[-1]


def test_a_connection_file_left_by_kill_9_goes_with_the_next_run(tmp_path):
    # kill -9 runs nothing in the killed process: its scratch folder (the connection file,
    # with its key) stays until the next run removes folders of processes that are gone.
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    left = Path(tempfile.mkdtemp(prefix=f"rjtrade-scratch-{gone.pid}-"))
    (left / "kernel.json").write_text("{}")
    notebook(tmp_path, "x = 1")
    code, lines = finished(start(tmp_path))
    assert code == 0, lines
    assert not left.exists()
