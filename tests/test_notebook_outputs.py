"""The stored notebooks as their reader sees them: no program's words in any output, every
chart with a text alternative."""

from __future__ import annotations

import json
import re

import pytest

from rjtrade import config

NOTEBOOKS = sorted(config.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
PROGRAM_TEXT = re.compile(r"\b(?:nan|NaN|inf|None)\b|<NA>|\d\.?\d*[eE][+-]?\d\d")
INTERNAL_WORDS = ("share_of_total,", " 1 years", ", unstated)")  # codes, not words


def outputs(path):
    """(cell number, output) of every output of a stored notebook."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [(n, out) for n, cell in enumerate(cells) for out in cell.get("outputs", [])]


def shown_text(output) -> str:
    """What an output shows as text: a stream, or a result's plain text and HTML."""
    data = output.get("data", {})
    parts = [output.get("text", ""), data.get("text/plain", ""), data.get("text/html", "")]
    return "".join("".join(p) if isinstance(p, list) else p for p in parts)


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 7


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_output_shows_nan_inf_none_or_e_notation(path):
    found = [
        (n, match.group(0))
        for n, output in outputs(path)
        for match in PROGRAM_TEXT.finditer(shown_text(output))
    ]
    assert not found, found[:5]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_output_prints_the_packages_internal_words(path):
    found = [
        (n, word)
        for n, output in outputs(path)
        for word in INTERNAL_WORDS
        if word in shown_text(output)
    ]
    assert not found, found[:5]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_image_has_alt_text(path):
    images = [
        output.get("metadata", {}).get("image/png", {})
        for _, output in outputs(path)
        if "image/png" in output.get("data", {})
    ]
    assert all(len(meta.get("alt", "")) > 40 for meta in images), images
