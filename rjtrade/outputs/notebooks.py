"""Execute the notebooks in place, so they are stored with fresh outputs.

Each notebook is written back whole (files.atomic_write; through a link, to the file it
points at) only after it has run, so an interrupted run leaves it as it was.

The kernel's life is run here, not by nbclient's execute(): nbclient installs handlers of
its own for SIGINT and SIGTERM that shut the kernel down behind the running cell and then
fail on it (an AssertionError after a kernel traceback). Here Ctrl-C, SIGTERM and SIGHUP
unwind as they do everywhere in rjtrade (exit 130, 143, 129, one line), and the kernel is
shut down on the way out. The kernel runs in a session of its own (a terminal's Ctrl-C
reaches rjtrade only) and its connection file (mode 600, with the key that signs its
messages) is written in a private scratch folder removed on the way out; after `kill -9`
nothing can run in the killed process, so the folder stays until the next rjtrade command
that writes outputs or runs notebooks removes scratch folders of processes that are gone.

A failing cell, a cell still running after `timeout` seconds, a kernel that dies and a file
that is not a notebook are each one line naming the notebook (and the cell), without the
terminal colour codes of the kernel's traceback. A missing folder or no notebooks is an error.
"""

from __future__ import annotations

import contextlib
import logging
import re
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

from .. import config
from ..errors import RjtradeError, Stopped
from ..files import atomic_write, remove_dead_scratch, scratch_folder
from ..signals import handled

log = logging.getLogger(__name__)


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The numbered notebooks of the folder (notebooks/ by default), in order."""
    return sorted((folder or config.NOTEBOOKS_DIR).glob("[0-9][0-9]_*.ipynb"))


def notebooks_to_run(folder: Path | None = None) -> list[Path]:
    """The notebooks to run; a missing folder or an empty one is an error."""
    folder = folder or config.NOTEBOOKS_DIR
    if not folder.is_dir():
        raise RjtradeError(f"{folder}: no notebooks folder")
    paths = notebook_paths(folder)
    if not paths:
        raise RjtradeError(f"{folder}: no notebooks (NN_name.ipynb) to run")
    return paths


@contextlib.contextmanager
def stop_signals() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt and SIGTERM or SIGHUP Stopped while the block runs,
    whatever a library installed meanwhile (the command line does the same around it)."""

    def handler(signum, frame):
        """Unwind: the kernel is shut down on the way out."""
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise Stopped(signum)

    with handled((signal.SIGINT, signal.SIGTERM, signal.SIGHUP), handler):
        yield


ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def plain_text(text: str) -> str:
    """Text without terminal colour codes, on one line."""
    return " ".join(ANSI.sub("", str(text)).split())


def strip_volatile(nb) -> None:
    """Remove execution timestamps and join what one cell printed into one output per stream
    (the kernel splits it by timing), so a re-run changes only what the analysis changes."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.get("outputs"):
            cell.outputs = joined_streams(cell.outputs)


def joined_streams(outputs: list) -> list:
    """Consecutive stream outputs of the same stream (stdout, stderr) joined into one."""
    joined: list = []
    for output in outputs:
        last = joined[-1] if joined else None
        if (
            output.get("output_type") == "stream"
            and last is not None
            and last.get("output_type") == "stream"
            and last.get("name") == output.get("name")
        ):
            last["text"] = last["text"] + output["text"]
        else:
            joined.append(output)
    return joined


def run_notebooks(folder: Path | None = None, timeout: int = 300) -> list[Path]:
    """Execute every numbered notebook of the folder in place, one after another; a cell
    still running after `timeout` seconds stops the run."""
    from traitlets.config import Config

    if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout <= 0:
        raise RjtradeError(f"timeout={timeout!r}: expected a whole number of seconds above 0")
    kernel_config = Config()
    kernel_config.KernelManager.transport_encryption = "auto"  # CurveZMQ where supported

    done = []
    notebooks = notebooks_to_run(folder)
    remove_dead_scratch()  # connection files of runs killed with kill -9
    with stop_signals():
        for number, path in enumerate(notebooks, start=1):
            run_one(path, number, len(notebooks), timeout, kernel_config)
            done.append(path)
    return done


def read_notebook(path: Path):
    """A notebook file read; one that is not (empty, corrupt, not JSON) is an error naming it."""
    import nbformat

    try:
        return nbformat.read(path, as_version=4)
    except OSError as exc:
        raise RjtradeError(f"{path}: cannot read ({exc.strerror})") from None
    except Exception as exc:  # nbformat raises several kinds for a file that is not one
        reason = plain_text(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        raise RjtradeError(f"{path}: not a notebook that can be read ({reason[:200]})") from None


@contextlib.contextmanager
def kernel(client, scratch: Path) -> Iterator[None]:
    """A kernel for the client, its connection file in `scratch`, shut down on the way out
    (with the stop signals held meanwhile, so a second Ctrl-C cannot leave it running)."""
    client.km = client.create_kernel_manager()
    client.km.connection_file = str(scratch / "kernel.json")
    try:
        client.start_new_kernel(stdin=subprocess.DEVNULL)
        client.start_new_kernel_client()
        yield
    finally:
        with handled((signal.SIGINT, signal.SIGTERM, signal.SIGHUP), signal.SIG_IGN):
            if client.km is not None:
                with contextlib.suppress(Exception):
                    client._cleanup_kernel()


def run_one(path: Path, number: int, total: int, timeout: int, kernel_config) -> None:
    """Execute one notebook and write it back (to the file a link points at)."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    log.info("[%d/%d] executing %s", number, total, path.name)
    nb = read_notebook(path)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        config=kernel_config,
        resources={"metadata": {"path": str(path.parent)}},
        shutdown_kernel="immediate",
    )
    where = f"{path}: starting the kernel"
    try:
        with scratch_folder() as scratch, kernel(client, scratch):
            info = client.wait_for_reply(client.kc.kernel_info())
            if info is not None and "language_info" in info["content"]:
                nb.metadata["language_info"] = info["content"]["language_info"]
            for index, cell in enumerate(nb.cells):
                where = f"{path}, cell {index + 1}"
                client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
            client.set_widgets_metadata()
    except CellTimeoutError:
        raise RjtradeError(
            f"{where}: still running after {timeout} s (wait longer with --timeout SECONDS)"
        ) from None
    except CellExecutionError as exc:
        raise RjtradeError(f"{where}: {exc.ename}: {plain_text(exc.evalue)}") from None
    except DeadKernelError as exc:
        raise RjtradeError(f"{where}: the kernel died ({plain_text(exc)})") from None
    except RuntimeError as exc:  # the kernel did not start or answer
        raise RjtradeError(f"{where}: {plain_text(exc)}") from None
    strip_volatile(nb)
    text = nbformat.writes(nb)
    atomic_write(path.resolve(), (text.rstrip("\n") + "\n").encode("utf-8"))  # as nbformat.write
