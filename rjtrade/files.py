"""Writing outputs as one transaction: after a failure, a signal or `kill -9`, all old or all new.

How (and why this way rather than swapping whole folders):

1. Stage. For every output folder (the top folders the files go to, e.g. data/processed
   and reports/figures) a staging folder is created *inside* it with ``tempfile.mkdtemp``
   (``.rjtrade-staging-XXXXXXXX``: a new name each time, created exclusively, mode 0700,
   so nobody else can plant a link in it). Every file is written there with
   ``O_CREAT | O_EXCL | O_NOFOLLOW``; nothing outside the staging folders is touched yet.
   A full disk, a read-only folder, a folder that is a file, Ctrl-C: the staging folders
   are removed and the outputs are exactly as before.
2. Prepare. Every target folder is created if missing and checked writable, every target
   checked not to be a folder; then each staging folder receives a plan (``plan.json``:
   which staged file goes where, and which staging folders belong to the transaction),
   the secondary folders' plans first and the primary's (the first folder's) last. Just
   before, each output folder must still be the one locked (``mv X X.old; mkdir X`` while
   staging is refused: nothing is replaced, and the staging folder left in X.old is removed
   through the lock's descriptor) and every staged file in its staging folder.
   **The primary plan's rename into place is the commit point.**
3. Commit. With SIGINT, SIGTERM and SIGHUP held back (noted by handlers of their own and
   acted on once the renames are done: StoppedAfterSaving), each staged file is renamed
   over its target (``os.replace``: atomic per file, the same file system since staging
   is inside the folder), then the staging folders are removed, the primary last. A staged
   file missing here is an error, never skipped (only a resumed commit, step 4, passes over
   files whose rename the killed build had done).
4. Recover. Every save first, under the lock, looks for staging folders left by a killed
   build: one whose transaction committed (its primary plan exists) is rolled forward
   (the renames are idempotent), any other is removed. So a ``kill -9`` at any moment
   leaves, once the next save has run, all old or all new outputs and no temporary file.
   A plan is followed only for real staging folders and only to move their own files to
   the same place in the folder holding them (a plan planted in a cloned repository
   cannot write elsewhere).

Whole-folder swaps (``rename`` or ``RENAME_EXCHANGE`` of data/processed) would make one
folder change in a single step, but the build writes two folders, which no single rename
covers, and a folder swap would drop files the build does not write (``rjtrade figures
NAME`` redraws only some charts; an ``--out`` folder may hold the user's own files or be
the current folder). Per-file renames under a committed plan keep other files, work in
any folder, and leave a window of a few renames (milliseconds, signals held back) in
which only ``kill -9`` can stop them; the next command finishes the job.

Concurrent writers: each save holds an exclusive ``flock`` on every output folder it
writes (taken in path order, so two saves never deadlock); they run one after the other.
Readers: a save's renames take milliseconds, and a reader listing files meanwhile can see
some new and some old; ``reading(folder)`` takes the shared lock, so a reader inside it sees
one whole generation (a shell reader: ``flock -s FOLDER cat FOLDER/*.csv``).
Files are not fsynced: a killed process loses nothing the kernel already has, and power
loss is outside what this module promises.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import signal
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError, StoppedAfterSaving
from .signals import handled

STAGING_PREFIX = ".rjtrade-staging-"
SCRATCH_PREFIX = "rjtrade-scratch-"  # + the writer's pid: removed when that process is gone
PLAN_NAME = "plan.json"
HELD_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
Content = bytes | Callable[[BinaryIO], None]  # a file's bytes, or a function writing them
NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


def output_error(path: Path, exc: OSError, doing: str = "cannot write") -> OutputError:
    """An OSError as one line naming the file: 'PATH: cannot write (No space left on device)'."""
    reason = exc.strerror or type(exc).__name__
    if exc.errno == errno.ENOSPC:
        reason = "no space left on the device"
    return OutputError(f"{path}: {doing} ({reason})")


def default_mode() -> int:
    """The mode a new file gets from the process's umask (0o666 without the umask bits)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_new(path: Path, data: Content, mode: int | None = None) -> None:
    """Create `path` exclusively (never through a link, never over a file) and write `data`
    (bytes, or a function writing to the open file: large tables never sit in memory whole)."""
    fd = os.open(path, NEW_FILE, default_mode() if mode is None else mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes) -> None:
    """One file replaced whole: written under a unique exclusive name beside it, then renamed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise output_error(path, exc) from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, stat.S_IMODE(path.stat().st_mode) if path.exists() else default_mode())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise output_error(path, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def scratch_folder() -> Iterator[Path]:
    """A private folder in the system's temporary folder, removed on the way out; one left
    by a killed process (its pid in the name) is removed by the next save."""
    folder = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def process_alive(pid: int) -> bool:
    """True when a process with this id exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_dead_scratch() -> None:
    """Scratch folders of processes that no longer exist (killed builds), removed."""
    for folder in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*-*"):
        pid = folder.name[len(SCRATCH_PREFIX) :].partition("-")[0]
        mine = pid.isdigit() and folder.is_dir() and not folder.is_symlink()
        if mine and not process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def output_roots(paths) -> list[Path]:
    """The top output folders of the given files: parents that are not inside another parent."""
    parents = sorted({Path(os.path.abspath(p)).parent for p in paths})
    return [p for p in parents if not any(q != p and q in p.parents for q in parents)]


def ensure_folder(folder: Path) -> None:
    """Create the folder if missing; a path that is a file or cannot be created is an error."""
    if folder.is_symlink() and not folder.is_dir():
        raise OutputError(f"{folder}: is a link to nothing or to a file, not a folder")
    for part in (folder, *folder.parents):
        if part.exists() and not part.is_dir():
            raise OutputError(f"{part}: is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(folder, exc, "cannot create the folder") from None


@contextlib.contextmanager
def locked(folders: list[Path], how: int = fcntl.LOCK_EX) -> Iterator[dict[Path, int]]:
    """A lock on each folder (flock on the folder itself, exclusive unless told), taken in
    path order; the block gets each folder's open descriptor (it follows the folder if moved)."""
    with contextlib.ExitStack() as stack:
        opened = {}
        for folder in sorted(folders):
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
            stack.callback(os.close, fd)
            fcntl.flock(fd, how)
            opened[folder] = fd
        yield opened


@contextlib.contextmanager
def reading(*folders: Path | str) -> Iterator[None]:
    """A consistent view of output folders for a reader: while the block runs no save
    replaces files in them (each folder's shared lock against the saves' exclusive one), so
    what the block reads is all of one build. Name the folder given to ``--out``; without
    folders, the default output folders (a clone's data/processed and reports/figures).

        with rjtrade.files.reading("out"):
            tables = {p.name: p.read_bytes() for p in Path("out").glob("*.csv")}
    """
    from .config import output_dirs

    named = [Path(f) for f in folders] or list(output_dirs())
    roots = sorted({Path(os.path.abspath(f)) for f in named if Path(f).is_dir()})
    roots = [r for r in roots if not any(q != r and q in r.parents for q in roots)]
    with locked(roots, fcntl.LOCK_SH):
        yield


@contextlib.contextmanager
def signals_held() -> Iterator[list[int]]:
    """SIGINT, SIGTERM and SIGHUP noted, not acted on, while the renames run; the caller gets
    the list of those that came. Replacing the handlers holds a signal for every thread
    (blocking it in the main thread would not: another thread can take it)."""
    caught: list[int] = []
    with handled(HELD_SIGNALS, lambda signum, _frame: caught.append(signum)):
        yield caught


def staging_folders(folder: Path) -> list[Path]:
    """Staging folders left in an output folder (real folders only; a planted link is ignored)."""
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    return sorted(
        Path(e.path)
        for e in entries
        if e.name.startswith(STAGING_PREFIX) and e.is_dir(follow_symlinks=False)
    )


def read_plan(stage: Path) -> dict | None:
    """A staging folder's plan, or None when it has none (the transaction never committed) or
    none of the shape write_plans gives (a planted folder: removed like an uncommitted one)."""
    try:
        plan = json.loads((stage / PLAN_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    well_formed = (
        isinstance(plan, dict)
        and isinstance(plan.get("primary"), str)
        and texts(plan.get("stages"))
        and isinstance(plan.get("moves"), list)
        and all(texts(move) and len(move) == 2 for move in plan["moves"])
    )
    return plan if well_formed else None


def texts(items) -> bool:
    """True for a list of strings."""
    return isinstance(items, list) and all(isinstance(item, str) for item in items)


def is_stage(path: Path) -> bool:
    """A staging folder: an absolute path, a real folder (not a link) named like one."""
    return (
        path.is_absolute()
        and path.name.startswith(STAGING_PREFIX)
        and path.is_dir()
        and not path.is_symlink()
    )


def committed(plan: dict) -> bool:
    """A transaction committed once its primary staging folder holds its plan."""
    primary = Path(plan["primary"])
    return is_stage(primary) and (primary / PLAN_NAME).is_file()


def own_moves(stage: Path, plan: dict | None) -> list[tuple[Path, Path]]:
    """The plan's moves of one staging folder, each a real file of the folder going to the same
    place in the output folder holding it; a plan that moves anything else (one planted to
    write outside, through a link or with '..') is not followed at all."""
    moves = []
    for staged, target in plan["moves"] if plan else ():
        relative = Path(staged)
        source = stage / relative
        if (
            relative.is_absolute()
            or ".." in relative.parts
            or Path(target) != stage.parent / relative
            or source.is_symlink()
            or any(part.is_symlink() for part in source.parents if stage in part.parents)
        ):
            return []
        moves.append((source, Path(target)))
    return moves


def roll_forward(stage: Path, resumed: bool = True) -> None:
    """Rename each staged file of one staging folder over its target, then remove the folder.
    A staged file that is gone is an error, unless this resumes a killed commit (`resumed`)
    and its target exists (renamed before the kill)."""
    for source, target in own_moves(stage, read_plan(stage)):
        if not source.exists():
            if resumed and target.exists():
                continue
            raise OutputError(
                f"{target}: its new version is no longer in {stage} (the folder was moved"
                " or changed while writing); this file and those after it are not replaced"
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
    shutil.rmtree(stage)


def finish(plan: dict, resumed: bool = True) -> None:
    """Complete a committed transaction: every staging folder rolled forward, the primary last."""
    primary = Path(plan["primary"])
    for stage in [Path(s) for s in plan["stages"] if Path(s) != primary] + [primary]:
        if is_stage(stage):
            roll_forward(stage, resumed)
        elif not resumed:
            raise OutputError(f"{stage}: staging folder gone before its files were placed")


def recover(folders: list[Path]) -> None:
    """Finish committed transactions left by a killed build; remove every other staging folder."""
    for folder in folders:
        for stage in staging_folders(folder):
            if not stage.exists():
                continue  # finished above as part of another folder's transaction
            plan = read_plan(stage)
            if plan is not None and committed(plan):
                finish(plan)
            else:
                shutil.rmtree(stage, ignore_errors=True)


def stage_files(files: dict[Path, Content], stages: dict[Path, Path]) -> dict[Path, list]:
    """Write every file into the staging folder of its output folder; the moves, per folder."""
    moves: dict[Path, list] = {root: [] for root in stages}
    for path, data in files.items():
        target = Path(os.path.abspath(path))
        root = next(r for r in stages if r == target.parent or r in target.parents)
        relative = target.relative_to(root)
        staged = stages[root] / relative
        try:
            staged.parent.mkdir(parents=True, exist_ok=True)
            write_new(staged, data)
        except OSError as exc:
            raise output_error(target, exc) from None
        moves[root].append((str(relative), str(target)))
    return moves


def check_targets(moves: dict[Path, list]) -> None:
    """Before committing: every target folder exists and is writable, no target is a folder."""
    for pairs in moves.values():
        for _, target in pairs:
            target = Path(target)
            ensure_folder(target.parent)
            if not os.access(target.parent, os.W_OK | os.X_OK):
                raise OutputError(f"{target.parent}: folder is not writable")
            if target.is_dir() and not target.is_symlink():
                raise OutputError(f"{target}: is a folder, not a file")


def write_plans(stages: dict[Path, Path], moves: dict[Path, list]) -> None:
    """Each staging folder's plan, the primary's last: its rename is the commit point."""
    primary = stages[min(stages)]
    every = [str(stages[root]) for root in sorted(stages)]
    for root in sorted(stages, key=lambda r: stages[r] == primary):
        stage = stages[root]
        plan = {"primary": str(primary), "stages": every, "moves": moves[root]}
        tmp = stage / f"{PLAN_NAME}.tmp"
        try:
            write_new(tmp, json.dumps(plan).encode("utf-8"), 0o600)
            os.replace(tmp, stage / PLAN_NAME)
        except OSError as exc:
            raise output_error(stage / PLAN_NAME, exc) from None


def replace_all(files: dict[Path, Content]) -> None:
    """Replace every given file at once (see the module docstring): all old or all new."""
    roots = output_roots(files)
    for root in roots:
        ensure_folder(root)
    with locked(roots) as opened:
        recover(roots)
        remove_dead_scratch()
        stages: dict[Path, Path] = {}
        try:
            for root in roots:
                stages[root] = new_staging_folder(root)
            made = {
                root: os.stat(stage.name, dir_fd=opened[root]) for root, stage in stages.items()
            }
            moves = stage_files(files, stages)
            check_targets(moves)
            with signals_held() as caught:
                check_unmoved(stages, made, opened, moves)
                write_plans(stages, moves)
                commit(stages)
        except OSError as exc:
            discard(stages, opened)
            raise output_error(Path(exc.filename or roots[0]), exc) from None
        except BaseException:
            discard(stages, opened)
            raise
    if caught:
        raise StoppedAfterSaving(caught[0])


def new_staging_folder(root: Path) -> Path:
    """A staging folder inside the output folder, created exclusively under a new name."""
    try:
        return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    except OSError as exc:
        raise output_error(root, exc, "cannot write in the folder") from None


def same_file(a: os.stat_result, b: os.stat_result) -> bool:
    """Two stat results of one file (device and inode)."""
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def check_unmoved(stages: dict[Path, Path], made: dict, opened: dict, moves: dict) -> None:
    """Just before the commit point: each output folder is still the one locked (not moved or
    replaced meanwhile), its staging folder the one created, every staged file in it."""
    for root, stage in stages.items():
        try:
            now_root, now_stage = os.stat(root), os.stat(stage)
        except OSError:
            now_root = now_stage = None
        unmoved = (
            now_root is not None
            and same_file(now_root, os.fstat(opened[root]))
            and same_file(now_stage, made[root])
            and all((stage / staged).is_file() for staged, _ in moves[root])
        )
        if not unmoved:
            raise OutputError(
                f"{root}: the folder was moved or replaced while the outputs were being"
                " written; nothing was replaced (the previous outputs are where they were moved)"
            )


def commit(stages: dict[Path, Path]) -> None:
    """Roll the committed transaction forward; a failure here is finished by the next save."""
    plan = read_plan(stages[min(stages)])
    try:
        finish(plan, resumed=False)
    except OSError as exc:
        raise OutputError(
            f"{exc.filename}: cannot replace ({exc.strerror}); the new outputs are staged"
            " and the next build will finish replacing them"
        ) from None


def discard(stages: dict[Path, Path], opened: dict[Path, int] | None = None) -> None:
    """Remove the staging folders of a transaction that did not commit (through the locked
    folder's descriptor too, so one in a folder moved meanwhile goes as well)."""
    for root, stage in stages.items():
        plan = read_plan(stage)
        if plan is not None and committed(plan):
            continue  # committed: the next save rolls it forward
        shutil.rmtree(stage, ignore_errors=True)
        if opened and root in opened:
            with contextlib.suppress(OSError):
                shutil.rmtree(stage.name, dir_fd=opened[root])
