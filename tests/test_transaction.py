"""rjtrade/files.py: a build is all-or-nothing, whatever stops it.

Real builds run in subprocesses and are killed (SIGKILL, SIGTERM, SIGINT) at several
moments; afterwards, once the next command has recovered, the outputs are all old or all
new, no staging folder or temporary file is left, and no process of the build remains.
Failures in the save itself (full disk, read-only or missing folders, a path that is a
file, a planted link) are simulated in process.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import openpyxl
import pytest

from rjtrade import config, files
from rjtrade.cli import error_message, main
from rjtrade.errors import OutputError, StoppedAfterSaving
from rjtrade.pipeline import build

from .conftest import REPO_RAW, edit_cell

PACKAGE_PARENT = Path(__file__).resolve().parents[1]


def project(root: Path, note: str) -> Path:
    """A private project folder whose raw data carry `note` on one figure."""
    raw = root / "data" / "raw"
    shutil.copytree(REPO_RAW, raw)
    edit_cell(raw / "article_figures.csv", "th_1960_turnover", "note", note)
    return root


def run_build(root: Path, *args: str, **popen) -> subprocess.Popen:
    env = os.environ | {
        "RJTRADE_ROOT": str(root),
        "SOURCE_DATE_EPOCH": "1700000000",
        "PYTHONPATH": str(PACKAGE_PARENT),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "rjtrade.cli", "build", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        **popen,
    )


def finished(process: subprocess.Popen) -> tuple[int, str]:
    """The exit status and stderr of a build, its pipe closed."""
    _, err = process.communicate(timeout=120)
    return process.returncode, err.decode()


def outputs(root: Path) -> dict[str, object]:
    """Every output by relative path: bytes, or for the workbook its observations' notes."""
    found = {}
    for folder in (root / "data" / "processed", root / "reports" / "figures"):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                key = str(path.relative_to(root))
                found[key] = notes(path) if path.suffix == ".xlsx" else path.read_bytes()
    return found


def notes(path: Path) -> list:
    book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    values = [row[-1] for row in book["observations"].iter_rows(values_only=True)]
    book.close()
    return values


def leftovers(root: Path) -> list[Path]:
    return [
        p
        for p in root.rglob("*")
        if p.name.startswith((files.STAGING_PREFIX, ".rjtrade")) or p.name.endswith(".tmp")
    ]


OUTPUT_FOLDERS = ("data/processed", "reports/figures")
OLD_NEW = ("old", "new")


@pytest.fixture(scope="module")
def built_roots(tmp_path_factory):
    """Project folders built once from the old data and once from the new data."""
    roots = {
        name: project(tmp_path_factory.mktemp(name), f"generation {name}") for name in OLD_NEW
    }
    builds = [run_build(root) for root in roots.values()]  # side by side: two folders
    assert [finished(process)[0] for process in builds] == [0, 0]
    return roots


@pytest.fixture(scope="module")
def generations(built_roots):
    """Outputs of a build of the old data and of the new data."""
    built = {name: outputs(root) for name, root in built_roots.items()}
    assert built["old"] != built["new"]
    return built


def old_project(root: Path, built_roots: dict) -> Path:
    """A project holding the old data and the old build's outputs (copied, not rebuilt)."""
    project(root, "generation old")
    for folder in OUTPUT_FOLDERS:
        shutil.copytree(built_roots["old"] / folder, root / folder)
    return root


def all_old_or_all_new(found: dict, generations: dict) -> str:
    """'old' or 'new' when every output is of one generation; fails on a mix."""
    for name in ("old", "new"):
        if found == generations[name]:
            return name
    mixed = {
        key: [n for n in ("old", "new") if generations[n].get(key) == value]
        for key, value in found.items()
    }
    raise AssertionError(f"outputs mixed: {mixed}")


@pytest.mark.parametrize(
    "signum, delay",
    [
        (signal.SIGKILL, 0.3),
        (signal.SIGKILL, 1.2),
        (signal.SIGKILL, 2.2),
        (signal.SIGKILL, 3.2),
        (signal.SIGTERM, 1.0),
        (signal.SIGTERM, 2.5),
        (signal.SIGINT, 1.0),
        (signal.SIGINT, 2.5),
    ],
)
def test_a_killed_build_leaves_all_old_or_all_new(
    tmp_path, built_roots, generations, signum, delay
):
    root = old_project(tmp_path, built_roots)
    assert outputs(root) == generations["old"]
    edit_cell(root / "data" / "raw" / "article_figures.csv", "th_1960_turnover", "note", "x")
    edit_cell(
        root / "data" / "raw" / "article_figures.csv",
        "th_1960_turnover",
        "note",
        "generation new",
    )
    process = run_build(root)
    time.sleep(delay)
    os.killpg(process.pid, signum)
    status, err = finished(process)
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)  # no process of the build is left
    assert "Traceback" not in err
    if signum != signal.SIGKILL and status != 0:
        assert status == 128 + signum and len(err.strip().splitlines()) >= 1
        assert err.strip().splitlines()[-1].startswith("rjtrade build: error: ")
    files.recover([root / "data" / "processed", root / "reports" / "figures"])  # next command
    all_old_or_all_new(outputs(root), generations)
    assert leftovers(root) == []


def test_the_commit_point_rolls_forward_after_a_death_between_renames(workspace, monkeypatch):
    build(figures=False)
    before = {p: p.read_bytes() for p in config.PROCESSED_DIR.rglob("*.csv")}
    edit_cell(config.RAW_DIR / "article_figures.csv", "th_1960_turnover", "note", "new")
    real_replace = os.replace
    calls = []

    def dies_after_first(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise SystemExit("killed")  # stands for kill -9 after the first rename
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", dies_after_first)
    with pytest.raises(SystemExit):
        build(figures=False)
    monkeypatch.setattr(files.os, "replace", real_replace)
    assert files.staging_folders(config.PROCESSED_DIR)  # committed, not yet finished
    files.recover([config.PROCESSED_DIR])
    after = {p: p.read_bytes() for p in config.PROCESSED_DIR.rglob("*.csv")}
    assert (
        after[config.PROCESSED_DIR / "observations.csv"]
        != before[config.PROCESSED_DIR / "observations.csv"]
    )
    assert (
        b",new\n" in after[config.PROCESSED_DIR / "observations.csv"]
        or b"new" in after[config.PROCESSED_DIR / "observations.csv"]
    )
    assert not files.staging_folders(config.PROCESSED_DIR)


def previous_outputs(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_full_disk_changes_nothing(workspace, monkeypatch, capsys):
    build(figures=False)
    before = previous_outputs(config.PROCESSED_DIR)
    real_write_new = files.write_new
    written = []

    def fills_up(path, data, mode=None):
        written.append(path)
        if len(written) == 5:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real_write_new(path, data, mode)

    monkeypatch.setattr(files, "write_new", fills_up)
    edit_cell(config.RAW_DIR / "article_figures.csv", "th_1960_turnover", "note", "new")
    assert main(["build", "--no-figures"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("rjtrade build: error: ") and "no space left" in err
    assert len(err.strip().splitlines()) == 1
    assert previous_outputs(config.PROCESSED_DIR) == before
    assert leftovers(config.PROCESSED_DIR) == []


def test_a_read_only_folder_changes_nothing(workspace, monkeypatch, capsys):
    build(figures=False)
    before = previous_outputs(config.PROCESSED_DIR)
    parquet = str(config.PROCESSED_DIR / "parquet")
    real_access = os.access
    monkeypatch.setattr(
        files.os, "access", lambda p, mode: False if str(p) == parquet else real_access(p, mode)
    )  # as chmod 555 would for a user other than root
    edit_cell(config.RAW_DIR / "article_figures.csv", "th_1960_turnover", "note", "new")
    assert main(["build", "--no-figures"]) == 1
    err = capsys.readouterr().err
    assert f"{parquet}: folder is not writable" in err
    assert previous_outputs(config.PROCESSED_DIR) == before
    assert leftovers(config.PROCESSED_DIR) == []


def test_missing_output_folders_are_created(workspace):
    build(figures=False)
    assert (config.PROCESSED_DIR / "parquet" / "observations.parquet").is_file()


@pytest.mark.parametrize("which", ["processed", "parquet", "parent"])
def test_an_output_path_that_is_a_file(workspace, capsys, which):
    target = {
        "processed": config.PROCESSED_DIR,
        "parquet": config.PROCESSED_DIR / "parquet",
        "parent": config.PROCESSED_DIR,
    }[which]
    if which == "parent":
        config.PROCESSED_DIR.parent.joinpath("x").write_text("")
        config.PROCESSED_DIR = config.PROCESSED_DIR.parent / "x" / "processed"  # monkeypatched
        target = config.PROCESSED_DIR.parent
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("a file")
    assert main(["build", "--no-figures"]) == 1
    err = capsys.readouterr().err
    assert f"{target}: is a file, not a folder" in err and len(err.splitlines()) == 1


def test_a_stale_staging_folder_is_removed_and_a_planted_link_ignored(workspace, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    config.PROCESSED_DIR.mkdir(parents=True)
    stale = config.PROCESSED_DIR / f"{files.STAGING_PREFIX}stale"
    stale.mkdir()
    (stale / "observations.csv").write_text("half")
    link = config.PROCESSED_DIR / f"{files.STAGING_PREFIX}link"
    link.symlink_to(tmp_path)
    (config.PROCESSED_DIR / ".observations.csv.tmp").symlink_to(outside)  # the old fixed name
    build(figures=False)
    assert not stale.exists() and link.is_symlink() and outside.read_text() == "keep me"
    assert (config.PROCESSED_DIR / "observations.csv").read_text().startswith("obs_id,")


def test_two_builds_at_once_leave_one_whole_generation(tmp_path, generations):
    root = project(tmp_path, "generation new")
    first, second = run_build(root), run_build(root)
    assert finished(first)[0] == 0 and finished(second)[0] == 0
    assert all_old_or_all_new(outputs(root), generations) == "new"
    assert leftovers(root) == []


def test_atomic_write_never_follows_a_link(tmp_path):
    target, outside = tmp_path / "MANIFEST.sha256", tmp_path / "outside"
    outside.write_text("keep me")
    (tmp_path / ".MANIFEST.sha256.tmp").symlink_to(outside)
    files.atomic_write(target, b"new")
    assert target.read_bytes() == b"new" and outside.read_text() == "keep me"


def test_a_write_error_names_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(
        files, "write_new", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.EIO, "I/O"))
    )
    with pytest.raises(OutputError, match=r"observations\.csv: cannot write"):
        files.replace_all({tmp_path / "out" / "observations.csv": b"x"})
    assert list((tmp_path / "out").iterdir()) == []


def plant_committed_plan(folder: Path, moves: list, stages: list | None = None) -> Path:
    """A staging folder as a cloned repository could hold one: a plan that says committed."""
    stage = folder / f"{files.STAGING_PREFIX}planted"
    stage.mkdir(parents=True)
    (stage / "evil.csv").write_text("planted\n")
    plan = {"primary": str(stage), "stages": stages or [str(stage)], "moves": moves}
    (stage / files.PLAN_NAME).write_text(json.dumps(plan))
    return stage


@pytest.mark.parametrize("staged", ["evil.csv", "../evil.csv"])
def test_a_planted_plan_cannot_write_outside_its_output_folder(workspace, tmp_path, staged):
    outside = tmp_path / "outside.txt"
    outside.write_text("mine\n")
    stage = plant_committed_plan(config.PROCESSED_DIR, [[staged, str(outside)]])
    build(figures=False)
    assert outside.read_text() == "mine\n"
    assert not stage.exists() and (config.PROCESSED_DIR / "observations.csv").is_file()


def test_a_planted_plan_cannot_remove_a_folder_it_names(workspace, tmp_path):
    keep = tmp_path / "keep"
    keep.mkdir()
    (keep / "a.txt").write_text("a")
    plant_committed_plan(config.PROCESSED_DIR, [], stages=[str(keep)])
    build(figures=False)
    assert (keep / "a.txt").read_text() == "a"


def test_a_signal_during_the_renames_waits_for_them(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    for name in ("a.csv", "b.csv", "c.csv"):
        (out / name).write_bytes(b"old")
    real_replace, renamed = os.replace, []

    def replace_then_signal(source, target):
        real_replace(source, target)
        renamed.append(target)
        if len(renamed) == 2:  # sent from another thread, as the system may deliver it
            sender = threading.Thread(target=os.kill, args=(os.getpid(), signal.SIGINT))
            sender.start()
            sender.join()
            time.sleep(0.05)  # the handler runs now, in the main thread

    monkeypatch.setattr(files.os, "replace", replace_then_signal)
    with pytest.raises(StoppedAfterSaving) as info:
        files.replace_all({out / n: b"new" for n in ("a.csv", "b.csv", "c.csv")})
    monkeypatch.undo()
    assert info.value.signum == signal.SIGINT
    assert {p.name: p.read_bytes() for p in out.iterdir()} == dict.fromkeys(
        ("a.csv", "b.csv", "c.csv"), b"new"
    )
    assert error_message(info.value) == (
        "stopped by signal 2 once the new outputs were all in place",
        130,
    )


@pytest.mark.parametrize(
    "plan", ["{}", "[]", '{"primary": 5, "stages": "x", "moves": [1]}', '{"primary": "/"}']
)
def test_a_planted_plan_of_another_shape_is_removed(workspace, plan):
    stage = config.PROCESSED_DIR / f"{files.STAGING_PREFIX}odd"
    stage.mkdir(parents=True)
    (stage / files.PLAN_NAME).write_text(plan)
    build(figures=False)  # was: KeyError on every build while the folder stayed
    assert not stage.exists() and (config.PROCESSED_DIR / "observations.csv").is_file()


def test_an_output_folder_moved_while_staging_fails_and_replaces_nothing(tmp_path, monkeypatch):
    # `mv X X.old; mkdir X` while the files are staged: the build used to say it wrote every
    # file while the ones staged before the move stayed behind in X.old's staging folder.
    out = tmp_path / "X"
    out.mkdir()
    names = [f"t{i}.csv" for i in range(6)]
    for name in names:
        (out / name).write_bytes(b"old")
    real_write_new, written = files.write_new, []

    def moves_the_folder_midway(path, data, mode=None):
        real_write_new(path, data, mode)
        written.append(path)
        if len(written) == 3:  # the hook between staging and the commit
            out.rename(tmp_path / "X.old")
            out.mkdir()

    monkeypatch.setattr(files, "write_new", moves_the_folder_midway)
    with pytest.raises(OutputError, match="moved or replaced") as info:
        files.replace_all({out / name: b"new" for name in names})
    assert str(info.value).startswith(str(out))
    monkeypatch.undo()
    assert list(out.iterdir()) == []  # the new folder: nothing placed, no staging left
    moved = tmp_path / "X.old"
    assert {p.name: p.read_bytes() for p in moved.iterdir()} == dict.fromkeys(names, b"old")


def test_a_staged_file_gone_at_the_commit_is_an_error(tmp_path):
    out = tmp_path / "out"
    stage = out / f"{files.STAGING_PREFIX}x"
    stage.mkdir(parents=True)
    (stage / "a.csv").write_bytes(b"new")
    plan = {
        "primary": str(stage),
        "stages": [str(stage)],
        "moves": [["a.csv", str(out / "a.csv")], ["b.csv", str(out / "b.csv")]],
    }
    (stage / files.PLAN_NAME).write_text(json.dumps(plan))
    with pytest.raises(OutputError, match=r"b\.csv: its new version is no longer"):
        files.finish(plan, resumed=False)


def test_a_reader_inside_reading_never_sees_a_mixed_set(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    names = ("a.csv", "b.csv", "c.csv")
    for name in names:
        (out / name).write_bytes(b"old")
    real_replace = os.replace
    midway = threading.Event()

    def slow_replace(source, target):
        real_replace(source, target)
        if str(target).endswith("a.csv") and not midway.is_set():
            midway.set()  # one file renamed, two to go: the window a reader can fall in
            time.sleep(0.5)

    def snapshot(locked: bool) -> set[bytes]:
        midway.wait(10)
        with files.reading(out) if locked else contextlib.nullcontext():
            return {(out / name).read_bytes() for name in names}

    monkeypatch.setattr(files.os, "replace", slow_replace)
    seen = {}
    for locked in (False, True):
        midway.clear()
        content = b"new-locked" if locked else b"new-unlocked"
        reader = threading.Thread(target=lambda k=locked: seen.__setitem__(k, snapshot(k)))
        reader.start()
        files.replace_all({out / name: content for name in names})
        reader.join()
    monkeypatch.undo()
    assert len(seen[False]) == 2  # without the lock: a mix of two generations, as reported
    assert seen[True] == {b"new-locked"}  # with it: one whole generation


def test_reading_in_another_process_waits_for_a_build(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with files.locked([out]):  # a save in progress holds the exclusive lock
        reader = subprocess.Popen(
            [
                sys.executable,
                "-c",
                f"from rjtrade import files\nwith files.reading({str(out)!r}): print('in')",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(2)
        assert reader.poll() is None  # still waiting
    assert reader.communicate(timeout=60)[0].strip() == "in"
