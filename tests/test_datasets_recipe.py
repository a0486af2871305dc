"""The HuggingFace ``datasets`` recipe of docs/corpus.md, on real corpus output."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from debateparse.corpus import write_corpus, write_partition
from tests.conftest import FIXTURES, SHARED

datasets = pytest.importorskip("datasets")
pytest.importorskip("pyarrow")

REGISTRY = SHARED / "registry" / "uk_parliamentarians.popolo.json"
PATHS = sorted((FIXTURES / "twfy").glob("*.txt"))


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tables")
    registry = REGISTRY if REGISTRY.exists() else None
    report = write_corpus(PATHS, out, file_format="parquet", workers=1, registry=registry)
    assert report.ok >= 5
    return out


def load(path, tmp_path):
    return datasets.Dataset.from_parquet(path, cache_dir=str(tmp_path / "hf"))


def test_recipe_loads_the_tables_with_their_types(tables, tmp_path):
    corpus = datasets.DatasetDict(
        {
            name: load(str(tables / f"{name}.parquet"), tmp_path)
            for name in ("debates", "turns", "speakers")
        }
    )
    turns = corpus["turns"]
    assert turns.features["time"].dtype == "duration[ns]"  # since midnight
    assert corpus["debates"].features["date"].dtype == "timestamp[ns]"  # midnight
    assert turns.features["word_count"].dtype == "int64"
    pairs = corpus["speakers"].features["member_ids"]
    assert set(pairs.feature) == {"scheme", "id"}
    speeches = turns.filter(lambda turn: turn["kind"] == "speech" and turn["member_id"] is not None)
    assert speeches.num_rows < turns.num_rows
    if REGISTRY.exists():
        assert speeches.num_rows > 0  # speakers resolved against the registry
    by_debate = {row["debate_id"]: row["title"] for row in corpus["debates"]}
    assert set(turns["debate_id"]) <= set(by_debate)
    assert len(by_debate) == corpus["debates"].num_rows  # the key is unique
    first = corpus["debates"][0]
    assert isinstance(first["date"], dt.date | type(None))
    frame = speeches.to_pandas()
    assert len(frame) == speeches.num_rows


def test_recipe_loads_the_dask_recipe_output(tmp_path):
    write_partition(PATHS[:6], tmp_path / "out", part=0)
    write_partition(PATHS[6:], tmp_path / "out", part=1)
    files = sorted(str(p) for p in (tmp_path / "out" / "turns").glob("*.parquet"))
    assert len(files) == 2
    turns = load(files, tmp_path)
    whole = write_corpus(PATHS, tmp_path / "whole", file_format="parquet", workers=1)
    assert turns.num_rows == whole.turns
