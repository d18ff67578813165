"""Paths the user names are checked before anything is read: a FIFO (which blocks for ever),
a device such as /dev/zero (which never ends), a folder or an empty name is refused in one
line, wherever a path is taken (COW file, --raw, --out, --file, the raw and official folders)."""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

import pytest

import rjtrade as rj
from rjtrade import config
from rjtrade.cli import EXIT_ERROR, EXIT_USAGE, main
from rjtrade.errors import RjtradeError
from rjtrade.paths import regular_file


@contextlib.contextmanager
def within(seconds: int):
    """Fail instead of blocking for ever (opening a FIFO waits for a writer)."""

    def late(signum, frame):
        raise TimeoutError(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, late)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    return path


def test_a_cow_file_that_is_a_fifo_is_refused_before_reading(fifo):
    with within(20), pytest.raises(RjtradeError, match=r"pipe\.csv: a FIFO \(named pipe\)"):
        rj.official_series("RUS", cow_dyadic=fifo)


def test_a_cow_file_that_is_a_device_is_refused_before_reading():
    with within(20), pytest.raises(RjtradeError, match="/dev/zero: a character device"):
        rj.official_series("RUS", cow_dyadic="/dev/zero")


def test_an_empty_cow_file_name_is_refused_as_empty():
    # was: "Is a directory: '.'" (Path("") is the current folder)
    with pytest.raises(RjtradeError, match="COW dyadic file: an empty path") as info:
        rj.official_series("RUS", cow_dyadic="")
    assert "directory" not in str(info.value)


def test_a_cow_file_that_is_a_folder_is_refused(tmp_path):
    with pytest.raises(RjtradeError, match=": a folder, not a file"):
        rj.official_series("RUS", cow_dyadic=tmp_path)


@pytest.mark.parametrize("option", ["--raw", "--out"])
def test_an_empty_path_option_is_a_usage_error(option, capsys):
    with pytest.raises(SystemExit) as info:
        main(["build", "--no-figures", option, ""])
    assert info.value.code == EXIT_USAGE
    assert "an empty path" in capsys.readouterr().err


def test_a_raw_folder_that_is_a_fifo_is_refused(fifo, capsys):
    with within(20):
        assert main(["audit", "--raw", str(fifo)]) == EXIT_ERROR
    assert "a FIFO (named pipe), not a raw data folder" in capsys.readouterr().err


def test_a_fifo_among_the_raw_files_is_named(workspace, capsys):
    os.mkfifo(config.RAW_DIR / "extra.csv")
    with within(20):
        assert main(["manifest"]) == EXIT_ERROR
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "extra.csv: a FIFO (named pipe), not a regular file" in err[0]


def test_an_official_file_replaced_by_a_fifo_is_refused_before_reading(workspace):
    from rjtrade.sources.official import FILES, load_official, official_dir

    folder = official_dir(config.RAW_DIR)
    target = folder / FILES["rates"]
    target.unlink()
    os.mkfifo(target)
    with within(20), pytest.raises(RjtradeError, match="a FIFO"):
        load_official(folder)


def test_check_file_uses_the_same_refusal(fifo, capsys):
    with within(20):
        assert main(["check", "--file", str(fifo)]) == EXIT_ERROR
    assert "pipe.csv: a FIFO (named pipe), not a file" in capsys.readouterr().err


def test_a_regular_file_passes(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("x\n")
    assert regular_file(path) == path
