"""Execute the notebooks in place, so they are stored with fresh outputs."""

from __future__ import annotations

import sys
from pathlib import Path

from . import paths
from .files import atomic_write


def notebook_paths(folder: Path | None = None) -> list[Path]:
    return sorted((folder or paths.NOTEBOOKS_DIR).glob("[0-9][0-9]_*.ipynb"))


def strip_volatile(nb) -> None:
    """Remove execution timestamps so a re-run changes only what the analysis changes."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)


def run_notebooks(folder: Path | None = None, timeout: int = 300, progress=None) -> list[Path]:
    import nbformat
    from nbclient import NotebookClient
    from traitlets.config import Config

    config = Config()
    config.KernelManager.transport_encryption = "auto"  # CurveZMQ where the kernel supports it

    say = progress or (lambda message: print(message, file=sys.stderr))
    done = []
    notebooks = notebook_paths(folder)
    for number, path in enumerate(notebooks, start=1):
        say(f"[{number}/{len(notebooks)}] executing {path.name}")
        nb = nbformat.read(path, as_version=4)
        NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            config=config,
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
        strip_volatile(nb)
        text = nbformat.writes(nb)
        atomic_write(
            path, (text if text.endswith("\n") else text + "\n").encode("utf-8")
        )  # as nbformat.write
        done.append(path)
    return done
