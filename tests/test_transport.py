"""The compact transport of corpus runs (``corpus.transport``) and task sizing
(``corpus.chunks``): a debate survives the trip unchanged, tasks cover every file once."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import debateparse
from debateparse.corpus import parse_corpus
from debateparse.corpus.chunks import sized_chunks
from debateparse.corpus.transport import Packed, pack, unpack
from debateparse.models import Paragraphs, Turns

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXT_FIXTURES = sorted(
    p for p in FIXTURES.glob("*/*.txt") if p.parent.name in {"twfy", "hansard", "transcript"}
)


def _debates() -> list[debateparse.Debate]:
    found = []
    for path in TEXT_FIXTURES:
        try:
            found.append(debateparse.parse_debate(path, strict=False))
        except debateparse.DebateParseError:
            continue
    return found


DEBATES = _debates()


def _trip(debate: debateparse.Debate) -> debateparse.Debate:
    return unpack(pickle.loads(pickle.dumps(pack(debate), pickle.HIGHEST_PROTOCOL)))


def test_fixtures_are_covered():
    assert len(DEBATES) >= 20
    assert any(d.divisions for d in DEBATES)
    assert any(r.paragraphs._kinds is not None for d in DEBATES for r in d.turns.records)


@pytest.mark.parametrize("debate", DEBATES, ids=lambda d: Path(d.source or "").name)
def test_a_debate_comes_back_equal_with_the_same_json(debate):
    back = _trip(debate)
    assert back.model_dump_json() == debate.model_dump_json()
    assert back.model_fields_set == debate.model_fields_set
    assert back == debate
    assert list(back.turns) == list(debate.turns)
    assert dict(back.speakers) == dict(debate.speakers)
    assert back.to_text() == debate.to_text()


def test_records_are_made_only_when_the_turns_are_read():
    debate = max(DEBATES, key=lambda d: len(d.turns))
    back = _trip(debate)
    assert back.turns._stored is None
    assert len(back.turns) == len(debate.turns)
    assert back.turns._stored is None  # the length is known without building
    assert back.turns[3] == debate.turns[3]
    assert [r._replace(word_count=None) for r in back.turns.records] == [
        r._replace(word_count=None) for r in debate.turns.records
    ]
    assert [r.word_count for r in back.turns.records] == [t.word_count for t in debate.turns]
    assert pickle.loads(pickle.dumps(back)) == debate


def test_raws_and_kinds_of_each_block_survive():
    debate = next(d for d in DEBATES if any(r.paragraphs._kinds for r in d.turns.records))
    back = _trip(debate)
    for mine, theirs in zip(back.turns.records, debate.turns.records, strict=True):
        for a, b in ((mine.paragraphs, theirs.paragraphs), (mine.header, theirs.header)):
            # (the texts travel stored compactly: compared as read)
            assert (a.texts, a._lines, a._raws, a._kinds) == (
                b.texts,
                b._lines,
                b._raws,
                b._kinds,
            )


def test_a_debate_with_paragraph_ids_travels_as_it_is():
    block = Paragraphs(["Order."], [1], pids=["p1"])
    debate = debateparse.Debate(dialect="parlparse", preamble=block)
    assert pack(debate) is debate
    assert unpack(debate) is debate


def test_an_empty_debate_packs():
    debate = debateparse.Debate(dialect="twfy")
    packed = pack(debate)
    assert isinstance(packed, Packed)
    assert _trip(debate) == debate
    assert len(_trip(debate).turns) == 0


def test_deferred_turns_check_the_count():
    turns = Turns.deferred(2, lambda: ())
    assert len(turns) == 2
    with pytest.raises(ValueError, match="0 records built, 2 announced"):
        turns.records  # noqa: B018


def test_parse_corpus_with_workers_gives_the_same_debates(tmp_path):
    paths = TEXT_FIXTURES[:12]
    serial = list(parse_corpus(paths, workers=1, strict=False))
    parallel = list(parse_corpus(paths, workers=2, strict=False))
    assert [p for p, _ in parallel] == [p for p, _ in serial]
    for (_, one), (_, two) in zip(serial, parallel, strict=True):
        if isinstance(one, debateparse.Debate):
            assert two.model_dump_json() == one.model_dump_json()
        else:
            assert str(two) == str(one)


def _files(folder: Path, sizes: list[int]) -> list[Path]:
    paths = []
    for number, size in enumerate(sizes):
        path = folder / f"{number:03d}.txt"
        path.write_bytes(b"x" * size)
        paths.append(path)
    return paths


def test_chunks_keep_order_and_cover_every_file_once(tmp_path):
    paths = _files(tmp_path, [1000] * 50)
    chunks = list(sized_chunks(paths, 2, budget=4000))
    assert [p for chunk in chunks for p in chunk] == paths
    assert all(len(chunk) == 4 for chunk in chunks[:-1])


def test_a_small_run_is_cut_so_every_worker_gets_several_tasks(tmp_path):
    paths = _files(tmp_path, [300_000] * 10)
    assert [len(c) for c in sized_chunks(paths, 2)] == [1] * 10
    many = _files(tmp_path, [100] * 200)
    assert len(list(sized_chunks(many, 2, budget=10**9))) >= 16


def test_a_generator_is_chunked_lazily_and_missing_files_count_as_empty(tmp_path):
    paths = _files(tmp_path, [10, 10])
    missing = tmp_path / "gone.txt"
    chunks = list(sized_chunks(iter([paths[0], missing, paths[1]]), 2, budget=20))
    assert chunks == [[paths[0], missing, paths[1]]]
    assert list(sized_chunks(iter([]), 2)) == []
    assert paths[0].exists()
