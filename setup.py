"""Build step that pyproject.toml cannot say: the wheel carries data/raw/ as package data.

The repository keeps its raw data in data/raw/ (with subfolders, each with its own
manifest); building a wheel copies that folder to rjtrade/data/raw/ inside the wheel,
so a plain `pip install` has the data and `rjtrade.config` finds them there.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RAW = Path(__file__).resolve().parent / "data" / "raw"


class BuildWithRawData(build_py):
    """build_py that also copies data/raw/ (every file, every subfolder) into the package."""

    def run(self) -> None:
        super().run()
        if not RAW.is_dir():
            raise FileNotFoundError(f"{RAW}: the raw data to package are missing")
        target = Path(self.build_lib) / "rjtrade" / "data" / "raw"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(RAW, target, ignore=shutil.ignore_patterns(".*", "*.tmp"))


setup(cmdclass={"build_py": BuildWithRawData})
