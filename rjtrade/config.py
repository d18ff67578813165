"""Where things live: the one place for every path and file name the package uses."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJ_ROOT = Path(os.environ.get("RJTRADE_ROOT", PACKAGE_DIR.parent))
RAW_DIR = PROJ_ROOT / "data" / "raw"
PROCESSED_DIR = PROJ_ROOT / "data" / "processed"
FIGURES_DIR = PROJ_ROOT / "reports" / "figures"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
MANIFEST_NAME = "MANIFEST.sha256"
STYLE_FILE = PACKAGE_DIR / "outputs" / "rjtrade.mplstyle"
