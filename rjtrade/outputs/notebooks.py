"""Execute the notebooks in place, so they are stored with fresh outputs."""

from __future__ import annotations

import logging
from pathlib import Path

from .. import config
from .files import atomic_write

log = logging.getLogger(__name__)


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The numbered notebooks of the folder (notebooks/ by default), in order."""
    return sorted((folder or config.NOTEBOOKS_DIR).glob("[0-9][0-9]_*.ipynb"))


def strip_volatile(nb) -> None:
    """Remove execution timestamps so a re-run changes only what the analysis changes."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)


def run_notebooks(folder: Path | None = None, timeout: int = 300) -> list[Path]:
    """Execute every numbered notebook of the folder in place, one after another."""
    import nbformat
    from nbclient import NotebookClient
    from traitlets.config import Config

    kernel_config = Config()
    kernel_config.KernelManager.transport_encryption = "auto"  # CurveZMQ where supported

    done = []
    notebooks = notebook_paths(folder)
    for number, path in enumerate(notebooks, start=1):
        log.info("[%d/%d] executing %s", number, len(notebooks), path.name)
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            config=kernel_config,
            resources={"metadata": {"path": str(path.parent)}},
        )
        client.execute()
        strip_volatile(nb)
        text = nbformat.writes(nb)
        atomic_write(path, (text.rstrip("\n") + "\n").encode("utf-8"))  # as nbformat.write
        done.append(path)
    return done
