"""Packaging: the two dependency lists agree; importing rjtrade stays light."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from rjtrade import paths


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {r.strip() for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    listed = set()
    conda = (paths.PROJ_ROOT / "environment.yml").read_text(encoding="utf-8").split("dependencies:", 1)[1]
    for line in conda.splitlines():
        m = re.match(r"^  - ([A-Za-z][\w.-]*\S*)$", line)
        if m and not m.group(1).startswith(("python", "pip")):
            listed.add(m.group(1))
    assert listed == wanted


def test_import_rjtrade_does_not_load_matplotlib_or_openpyxl():
    code = "import sys, rjtrade; print(sorted(m for m in ('matplotlib', 'openpyxl', 'pandas', 'nbformat') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
