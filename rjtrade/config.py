"""Where things live: the one place for every path and file name the package uses.

Raw data come from one of three places, chosen once here (`find_raw_dir`):

1. a raw folder the user names: the environment variable ``RJTRADE_RAW`` (or
   ``--raw DIR`` on the command line, or ``raw_dir=`` in the Python calls);
2. the clone's ``data/raw/`` when rjtrade runs from a clone of its repository;
3. the copy of ``data/raw/`` that an installed wheel carries (``rjtrade/data/raw/``).

Outputs go where the user says (``rjtrade build --out DIR``); by default, in a clone,
to the repository's own ``data/processed/`` and ``reports/figures/``, and elsewhere to
the current folder (tables) and its ``figures/`` subfolder (charts).

``RJTRADE_ROOT`` names a whole folder laid out like the repository (``data/raw/``,
``data/processed/``, ``reports/figures/``, ``notebooks/``) and is used instead of the clone.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
MANIFEST_NAME = "MANIFEST.sha256"
STYLE_FILE = PACKAGE_DIR / "outputs" / "rjtrade.mplstyle"
PACKAGED_RAW_DIR = PACKAGE_DIR / "data" / "raw"  # the copy a wheel carries (see setup.py)
RAW_ENV, ROOT_ENV = "RJTRADE_RAW", "RJTRADE_ROOT"
FIGURES_SUBDIR = "figures"  # charts under --out DIR


def clone_root(package_dir: Path = PACKAGE_DIR) -> Path | None:
    """The repository folder when the package runs from a clone (its data/raw beside it)."""
    root = package_dir.parent
    is_clone = (root / "pyproject.toml").is_file() and (root / "data" / "raw").is_dir()
    return root if is_clone else None


def project_root(env=os.environ) -> Path | None:
    """The folder laid out like the repository: RJTRADE_ROOT if set, else the clone (if any)."""
    named = env.get(ROOT_ENV)
    return Path(named) if named else clone_root()


def find_raw_dir(env=os.environ) -> Path:
    """Where raw data come from: RJTRADE_RAW, else the project data/raw, else the packaged copy."""
    if env.get(RAW_ENV):
        return Path(env[RAW_ENV])
    root = project_root(env)
    return root / "data" / "raw" if root else PACKAGED_RAW_DIR


PROJ_ROOT = project_root() or Path.cwd()  # outside a clone: the current folder
IN_PROJECT = project_root() is not None
RAW_DIR = find_raw_dir()
PROCESSED_DIR = PROJ_ROOT / "data" / "processed" if IN_PROJECT else PROJ_ROOT
FIGURES_DIR = PROJ_ROOT / "reports" / "figures" if IN_PROJECT else PROJ_ROOT / FIGURES_SUBDIR
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
DEFAULT_OUT_TEXT = (
    "the repository's data/processed/ and reports/figures/ when run from a clone,"
    " else the current folder (charts in its figures/)"
)


def output_dirs(out: Path | str | None = None) -> tuple[Path, Path]:
    """(tables folder, charts folder): `out` and `out/figures`, or the defaults above."""
    if out is None:
        return PROCESSED_DIR, FIGURES_DIR
    return Path(out), Path(out) / FIGURES_SUBDIR
