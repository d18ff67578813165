"""A plain install, as a new user makes one: sdist and wheel built from the clone, the wheel
installed (not editable) into a fresh environment, the README example and `rjtrade build
--out` run from another folder with no clone in sight."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from rjtrade import config

from .test_packaging import readme_example


def test_the_environment_can_build_the_package():
    """The test extra brings setuptools 77 or newer (pyproject.toml); older ones cannot build."""
    import setuptools

    assert tuple(int(p) for p in setuptools.__version__.split(".")[:2]) >= (77, 0)


ROOT = config.clone_root()
RAW_FILES = sorted(
    p.relative_to(ROOT / "data" / "raw") for p in (ROOT / "data" / "raw").rglob("*") if p.is_file()
)


def run(command: list, cwd: Path, env: dict | None = None) -> str:
    """Run a command; on failure show what it printed."""
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


def build(hook: str, source: Path, out: Path) -> Path:
    """An sdist or wheel built by setuptools' PEP 517 hook, from `source` into `out`."""
    code = f"from setuptools import build_meta as b; print('built:', b.{hook}({str(out)!r}))"
    printed = run([sys.executable, "-c", code], cwd=source).splitlines()
    return out / next(line for line in printed if line.startswith("built: "))[7:]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv (seeing this environment's packages) with the wheel built from the sdist."""
    work = tmp_path_factory.mktemp("install")
    sdist = build("build_sdist", ROOT, work)
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "unpacked", filter="data")
    unpacked = next((work / "unpacked").iterdir())
    wheel = build("build_wheel", unpacked, work)
    env_dir = work / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=True)
    site = [p for p in sys.path if p.endswith("site-packages")]
    (next((env_dir / "lib").glob("python*/site-packages")) / "parent.pth").write_text(
        "\n".join(site) + "\n", encoding="utf-8"
    )
    pip = [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--no-index"]
    run([*pip, str(wheel)], cwd=work)
    return env_dir


def outside_env() -> dict:
    """The environment without anything pointing at the clone."""
    drop = {"PYTHONPATH", config.RAW_ENV, config.ROOT_ENV}
    return {k: v for k, v in os.environ.items() if k not in drop} | {"MPLBACKEND": "Agg"}


def test_the_wheel_carries_the_raw_data_and_their_manifest(installed):
    wheel = next(installed.parent.glob("rjtrade-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"rjtrade/data/raw/{p.as_posix()}" for p in RAW_FILES} <= names
    assert "rjtrade/data/raw/MANIFEST.sha256" in names


def test_the_readme_example_runs_from_another_folder(installed, tmp_path):
    script = tmp_path / "example.py"
    script.write_text(
        "import rjtrade\n"
        f"assert rjtrade.__file__.startswith({str(installed)!r}), rjtrade.__file__\n"
        + readme_example(),
        encoding="utf-8",
    )
    out = run([str(installed / "bin" / "python"), str(script)], tmp_path, outside_env())
    # cow_trade_4.0_dyadic_japan.csv row 80: 365,740,1975,1626,1169 -> 2,795 million, Japan's;
    # read from the official files the wheel carries.
    assert "2795000000.0 JPN" in out
    assert (tmp_path / "dip_2009.svg").stat().st_size > 0


def test_build_writes_where_it_is_told(installed, tmp_path):
    rjtrade = str(installed / "bin" / "rjtrade")
    log = run([rjtrade, "build", "--out", "made"], tmp_path, outside_env())
    assert "[4/4] drawing charts" in log
    made = tmp_path / "made"
    assert (made / "rjtrade.xlsx").stat().st_size > 0 and (made / "annual_series.csv").exists()
    for ext in ("png", "svg", "csv"):
        assert (made / "figures" / f"dip_2009.{ext}").stat().st_size > 0
    assert "--out DIR" in run([rjtrade, "build", "--help"], tmp_path, outside_env())
