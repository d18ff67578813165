"""The package's floors run one way: no module imports from a later stage than its own.

Bottom floor (config, schema, parse, format, intervals, records, errors, signals, files,
categories, arguments, paths, limits) → sources → observation_table → analyses → claims →
outputs → the top (pipeline, store, api, cli). Every import statement counts, those inside
functions too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import rjtrade

PACKAGE = Path(rjtrade.__file__).parent
BOTTOM = {
    "config",
    "schema",
    "parse",
    "format",
    "intervals",
    "records",
    "errors",
    "signals",
    "files",
    "categories",
    "arguments",
    "paths",
    "limits",
}
STAGES = {"sources": 1, "observation_table": 2, "analyses": 3, "claims": 4, "outputs": 5}
TOP = {"pipeline", "store", "api", "cli", "__init__"}


def stage(module: str) -> int:
    """The floor of a module named relative to the package ("sources.load", "api")."""
    first = module.split(".")[0]
    if first in BOTTOM:
        return 0
    if first in STAGES:
        return STAGES[first]
    if first in TOP:
        return 6
    raise AssertionError(f"rjtrade.{module}: on no floor; add it to tests/test_layers.py")


def module_name(path: Path) -> str:
    """ "sources.load" for rjtrade/sources/load.py, "sources" for its __init__.py."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    path = PACKAGE.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imported(text: str, own: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, module relative to the package) of every import of rjtrade in a module's text."""
    package = own.split(".") if own else []
    if not is_package:
        package = package[:-1]
    found = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            found += [
                (node.lineno, a.name.removeprefix("rjtrade."))
                for a in node.names
                if a.name.startswith("rjtrade.")
            ]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            elif (node.module or "").startswith("rjtrade."):
                target = node.module.removeprefix("rjtrade.")
            else:
                continue
            if target:
                found.append((node.lineno, target))
            else:  # from . import config, __version__: modules, or names of rjtrade/__init__
                found += [
                    (node.lineno, a.name if is_module(a.name) else "__init__") for a in node.names
                ]
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def later_imports(path: Path) -> list[str]:
    own = module_name(path)
    text = path.read_text(encoding="utf-8")
    return [
        f"{path.relative_to(PACKAGE)}:{line} imports rjtrade.{target}"
        for line, target in imported(text, own, path.name == "__init__.py")
        if own and stage(target) > stage(own)  # rjtrade/__init__ (the top) may load any floor
    ]


def test_every_module_is_on_a_floor():
    assert len(MODULES) > 30
    for path in MODULES:
        if module_name(path):
            stage(module_name(path))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_import_from_a_later_stage(path):
    assert later_imports(path) == []


def test_the_walk_sees_relative_absolute_and_function_level_imports():
    # As if it were rjtrade/sources/x.py: each of the three imports reaches a later floor.
    text = (
        "from ..schema import YEAR_MIN\n"
        "def f():\n"
        "    from ..outputs.words import say\n"
        "    from .. import api\n"
        "    import rjtrade.analyses.series\n"
    )
    found = imported(text, "sources.x")
    assert found == [(1, "schema"), (3, "outputs.words"), (4, "api"), (5, "analyses.series")]
    assert [stage(t) > stage("sources.x") for _, t in found] == [False, True, True, True]


def test_a_package_init_imports_relative_to_itself():
    # rjtrade/outputs/__init__.py writing "from .words import say" imports outputs.words
    assert imported("from .words import say\n", "outputs", is_package=True) == [
        (1, "outputs.words")
    ]


def test_each_module_name_means_one_thing():
    # no two modules of the package share a name (sources/figures.py and outputs/figures.py did)
    stems = [p.stem for p in MODULES if p.name != "__init__.py"]
    assert sorted({s for s in stems if stems.count(s) > 1}) == []


def test_each_analysis_has_one_name():
    # a public function name is defined in one module of the analyses only (mirror_gaps named
    # the sources' mirror gaps in analyses/series.py and the official ones in backbone.py)
    where: dict[str, list[str]] = {}
    for path in MODULES:
        if module_name(path).split(".")[0] not in ("analyses", "claims"):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                where.setdefault(node.name, []).append(module_name(path))
    assert {name: mods for name, mods in where.items() if len(mods) > 1} == {}
