"""Dev-corpus cases whose every speaker header is a TheyWorkForYou "Photo of" line: each
turn's speaker name, role text, time and first words as in the gold file."""

from __future__ import annotations

from pathlib import Path

import pytest

import debateparse
from debateparse import NotADebateError
from tests.conftest import first_words, fixture_texts, gold_of


def _photo_only(path: Path) -> bool:
    gold = gold_of(path)
    if gold is None:
        return False
    lines = path.read_text(encoding="utf-8").splitlines()
    photo_names = [ln for ln in lines if ln.startswith("Photo of ")]
    return len(photo_names) == len(gold["turns"]) and all(
        line.startswith(f"Photo of {t['speaker_name']} {t['speaker_name']}")
        for line, t in zip(photo_names, gold["turns"], strict=True)
    )


CASES = [p for p in fixture_texts("twfy") if _photo_only(p)]


def test_the_photo_only_cases_are_the_expected_ones():
    assert [p.name[:3] for p in CASES] == [
        "001",
        "003",
        "012",
        "015",
        "017",
        "023",
        "024",
        "108",
        "109",
    ]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_turns_match_gold(path: Path) -> None:
    gold = gold_of(path)
    assert gold is not None
    if not gold["turns"]:
        with pytest.raises(NotADebateError):
            debateparse.parse_debate(path)
        assert not debateparse.parse_debate(path, strict=False).turns
        return
    debate = debateparse.parse_debate(path)
    got = [
        (
            t.speaker_name,
            t.role_text,
            t.time.strftime("%H:%M") if t.time else None,
            first_words(t.text),
        )
        for t in debate.turns
    ]
    want = [(t["speaker_name"], t["role_text"], t["time"], t["first_words"]) for t in gold["turns"]]
    assert got == want
    assert debate.title == gold["title"]
    assert (debate.date.isoformat() if debate.date else None) == gold["date"]


def test_translated_marker_is_kept_but_not_speech():
    path = next(p for p in CASES if p.name.startswith("017"))
    turn = debateparse.parse_debate(path).turns[0]
    first = turn.paragraphs[0]
    assert (first.text, first.kind) == ("(Translated)", "marker")
    assert turn.text.startswith("1. Will the First Minister")
