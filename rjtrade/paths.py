"""Where things live. Every other module takes its paths from here."""

from __future__ import annotations

import os
from pathlib import Path

PROJ_ROOT = Path(os.environ.get("RJTRADE_ROOT", Path(__file__).resolve().parent.parent))
RAW_DIR = PROJ_ROOT / "data" / "raw"
PROCESSED_DIR = PROJ_ROOT / "data" / "processed"
FIGURES_DIR = PROJ_ROOT / "reports" / "figures"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
MANIFEST = RAW_DIR / "MANIFEST.sha256"
SOURCES_CSV = RAW_DIR / "sources.csv"
ARTICLE_FIGURES_CSV = RAW_DIR / "article_figures.csv"
ARTICLE_EVENTS_CSV = RAW_DIR / "article_events.csv"
PUBLISHED_FIGURES_CSV = RAW_DIR / "published_figures.csv"
PUBLISHED_COMPOSITION_CSV = RAW_DIR / "published_composition.csv"
STYLE_FILE = Path(__file__).resolve().parent / "rjtrade.mplstyle"
