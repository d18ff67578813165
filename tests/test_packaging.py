"""Packaging: the two dependency lists agree; importing rjtrade stays light."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from rjtrade import config


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((config.PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"
    ]
    wanted = {
        r.strip() for r in project["dependencies"] + project["optional-dependencies"]["test"]
    }
    listed = set()
    conda = (
        (config.PROJ_ROOT / "environment.yml")
        .read_text(encoding="utf-8")
        .split("dependencies:", 1)[1]
    )
    for line in conda.splitlines():
        # conda packages ("  - name"), and under "pip:" those conda-forge lacks ("      - name")
        m = re.match(r"^(?:  |      )- ([A-Za-z][\w.-]*[^\s#]*)(?:\s+#.*)?$", line)
        if m and not m.group(1).startswith(("python", "pip")):
            listed.add(m.group(1))
    assert listed == wanted


def test_import_rjtrade_does_not_load_matplotlib_or_openpyxl():
    heavy = "('matplotlib', 'openpyxl', 'pandas', 'nbformat')"
    code = f"import sys, rjtrade; print(sorted(m for m in {heavy} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def readme_example() -> str:
    """The README's Python example, as written."""
    readme = (config.PROJ_ROOT / "README.md").read_text(encoding="utf-8")
    return (
        readme.split("## Use it in your own analysis", 1)[1]
        .split("```python\n", 1)[1]
        .split("```", 1)[0]
    )


def test_the_readme_example_runs_as_written(tmp_path, monkeypatch, capsys):
    example = readme_example()
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    # cow_trade_4.0_dyadic_japan.csv row 80: 365,740,1975,1626,1169 -> 2,795 million, Japan's.
    assert "2795000000.0 JPN" in printed
    assert (tmp_path / "dip_2009.svg").read_bytes().startswith(b"<?xml")


def test_the_readme_states_what_parse_amount_returns():
    import rjtrade as rj

    readme = (config.PROJ_ROOT / "README.md").read_text(encoding="utf-8")
    stated = readme.split('rj.parse_amount("5 พันล้าน 581 ล้านดอลลาร์")\n# ', 1)[1].split("\n", 1)[0]
    assert repr(rj.parse_amount("5 พันล้าน 581 ล้านดอลลาร์")) == stated
    assert rj.parse_amount("5 พันล้าน 581 ล้านดอลลาร์").value == 5_581_000_000  # 5 x 10^9 + 581 x 10^6
