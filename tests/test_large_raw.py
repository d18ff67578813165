"""Large raw inputs: the manifest hashes a file in chunks (never whole in memory), and many
small raw files cost little more than the same rows in one file."""

from __future__ import annotations

import csv
import hashlib
import time
import tracemalloc

from rjtrade import config
from rjtrade.schema import ARTICLE_FIGURE_COLUMNS
from rjtrade.sources.load import load_raw
from rjtrade.sources.manifest import sha256, write_manifest

from .conftest import user_figure


def test_hashing_a_large_file_never_holds_it_whole(tmp_path):
    path = tmp_path / "big.csv"
    chunk = b"365,740,2000,1.5,2.5\n" * 50_000  # 1.05 MB, written 48 times: 50 MB
    with path.open("wb") as handle:
        for _ in range(48):
            handle.write(chunk)
    expected = hashlib.sha256(chunk * 48).hexdigest()  # by hand, whole, for the comparison
    tracemalloc.start()
    try:
        digest = sha256(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest == expected
    assert peak < 4 * 2**20  # was: the whole 50 MB file as one bytes object


def write_rows(path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ARTICLE_FIGURE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def rows(count: int) -> list[dict]:
    return [
        user_figure(obs_id=f"mine_{i}", economy="CHN", partner="RUS", locator=f"row {i}")
        for i in range(count)
    ]


def test_many_one_row_files_cost_little_more_than_one_file(workspace):
    # 5,000 one-row files took 203 s against 22 s for 20,000 rows in one file: a table was made
    # per file, then 34 columns popped out of each. Here 400 files against one of 400 rows.
    count = 400
    one = workspace / "one"
    split = workspace / "split"
    for folder in (one, split):
        folder.mkdir()
        for path in config.RAW_DIR.iterdir():
            if path.is_file():
                (folder / path.name).write_bytes(path.read_bytes())
        (folder / "official").symlink_to(config.RAW_DIR / "official")
    write_rows(one / "mine.csv", rows(count))
    for i, row in enumerate(rows(count)):
        write_rows(split / f"mine_{i:04d}.csv", [row])
    timings = {}
    for folder in (one, split, one, split):
        write_manifest(folder)
        start = time.perf_counter()
        loaded = load_raw(folder)
        timings[folder] = min(timings.get(folder, 99.0), time.perf_counter() - start)
        assert (loaded["observations"]["obs_id"].str.startswith("mine_")).sum() == count
    per_file_ms = (timings[split] - timings[one]) / count * 1000
    assert per_file_ms < 5, f"{per_file_ms:.1f} ms per extra file"  # was about 40 ms
