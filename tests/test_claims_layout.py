"""rjtrade.claims sits between the analyses and the outputs: imports run one way."""

import ast
from pathlib import Path

import rjtrade

PACKAGE = Path(rjtrade.__file__).parent


def imported_modules(path: Path) -> set[str]:
    """Every rjtrade module a file imports, as a dotted name relative to the package."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                if node.module:
                    found.add(".".join([*base, node.module]))
                else:  # "from .. import intervals"
                    found |= {".".join([*base, a.name]) for a in node.names}
            elif node.module and node.module.startswith("rjtrade"):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("rjtrade")}
    return found


def test_sources_and_analyses_never_import_claims():
    for folder in ("sources", "analyses"):
        for path in (PACKAGE / folder).glob("*.py"):
            bad = {m for m in imported_modules(path) if m.startswith("rjtrade.claims")}
            assert not bad, f"{path.name} imports {bad}"


def test_claims_import_only_earlier_stages():
    allowed = ("rjtrade.claims", "rjtrade.sources", "rjtrade.analyses", "rjtrade.schema")
    allowed += ("rjtrade.intervals", "rjtrade.parse", "rjtrade.errors")
    for path in (PACKAGE / "claims").glob("*.py"):
        for module in imported_modules(path):
            assert module.startswith(allowed), f"claims/{path.name} imports {module}"


def test_the_checker_of_the_layout_sees_relative_imports():
    # rjtrade/outputs/figures.py imports the verdicts ("from ..claims import verdicts")
    assert "rjtrade.claims" in imported_modules(PACKAGE / "outputs" / "figures.py")
