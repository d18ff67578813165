"""The cached tables (store.tables(), official(), official_files(), backbone())
are handed out read-only: assigning into the dict is refused, and changing a table handed out
leaves what the next call (and rj.official_series) returns as it was."""

from __future__ import annotations

import pytest

import rjtrade as rj
from rjtrade import store as ot


@pytest.mark.parametrize("cache", [ot.tables, ot.official, ot.official_files, ot.backbone])
def test_a_cached_dict_cannot_be_assigned_into(cache):
    handed = cache()
    name = next(iter(handed))
    with pytest.raises(TypeError):
        handed[name] = None
    assert cache()[name] is not None


def test_changing_a_handed_out_table_leaves_the_cache_as_it_was():
    before = rj.official_series("RUS")
    series = ot.official()["official_series"]
    series["value_usd"] = -1.0  # in place, on what the cache handed out
    series.loc[:, "year"] = 0
    assert rj.official_series("RUS").equals(before)
    observations = ot.tables()["observations"]
    observations["year"] = observations["year"] + 100
    assert ot.tables()["observations"]["year"].max() <= rj.observations()["year"].max()
    assert rj.observations()["year"].equals(ot.tables()["observations"]["year"])
