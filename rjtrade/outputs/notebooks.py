"""Execute the notebooks in place, so they are stored with fresh outputs.

Each notebook is written back whole (files.atomic_write) only after it has run, so an
interrupted run leaves it as it was. Ctrl-C stops the run: the kernel may see the
interrupt first and report it as a failed cell, so the SIGINT is remembered and turned
back into KeyboardInterrupt (exit 130) whatever the client raised; the kernel is shut
down by the client on the way out. A missing folder or no notebooks is an error.
"""

from __future__ import annotations

import contextlib
import logging
import signal
from collections.abc import Iterator
from pathlib import Path

from .. import config
from ..errors import RjtradeError
from ..files import atomic_write
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
def interrupts_remembered() -> Iterator[list[int]]:
    """Record every SIGINT (and raise KeyboardInterrupt as usual) while the block runs."""
    seen: list[int] = []

    def handler(signum, frame):
        """Remember the signal; the running notebook is stopped by the caller."""
        seen.append(signum)
        raise KeyboardInterrupt

    with handled((signal.SIGINT,), handler):
        yield seen


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
    """Execute every numbered notebook of the folder in place, one after another."""
    from traitlets.config import Config

    kernel_config = Config()
    kernel_config.KernelManager.transport_encryption = "auto"  # CurveZMQ where supported

    done = []
    notebooks = notebooks_to_run(folder)
    with interrupts_remembered() as interrupted:
        for number, path in enumerate(notebooks, start=1):
            run_one(path, number, len(notebooks), timeout, kernel_config, interrupted)
            done.append(path)
    return done


def run_one(path: Path, number: int, total: int, timeout: int, kernel_config, interrupted) -> None:
    """Execute one notebook and write it back; Ctrl-C seen anywhere ends the run."""
    import nbformat
    from nbclient import NotebookClient

    log.info("[%d/%d] executing %s", number, total, path.name)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        config=kernel_config,
        resources={"metadata": {"path": str(path.parent)}},
    )
    try:
        client.execute()
    except Exception:
        if interrupted:
            raise KeyboardInterrupt from None
        raise
    if interrupted:
        raise KeyboardInterrupt
    strip_volatile(nb)
    text = nbformat.writes(nb)
    atomic_write(path, (text.rstrip("\n") + "\n").encode("utf-8"))  # as nbformat.write
