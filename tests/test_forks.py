"""rjtrade/forks.py: work in a forked child comes back whole, or as an error naming what failed."""

from __future__ import annotations

import os

import pytest

from rjtrade import forks
from rjtrade.errors import RjtradeError


def where_and_sum(*numbers):
    return os.getpid(), sum(numbers)


def failing():
    raise ValueError("no such table")


@pytest.mark.skipif(forks.CONTEXT is None, reason="fork is used on Linux only")
def test_the_work_runs_in_another_process_and_its_result_comes_back():
    pid, total = forks.Forked(where_and_sum, 1, 2, 39).result()
    assert total == 42 and pid != os.getpid()


def test_without_fork_the_work_is_done_when_its_result_is_asked_for(monkeypatch):
    monkeypatch.setattr(forks, "CONTEXT", None)
    pid, total = forks.Forked(where_and_sum, 40, 2).result()
    assert total == 42 and pid == os.getpid()


def test_an_error_in_the_child_is_raised_by_result_naming_it():
    with pytest.raises((RjtradeError, ValueError), match="no such table"):
        forks.Forked(failing).result()
