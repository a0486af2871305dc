"""What a parse keeps is bounded by what the caller keeps: the header memo starts again
after ``HEADER_MEMO`` distinct headers, and speakers are kept only while held."""

from __future__ import annotations

import gc
import re

import pytest

import debateparse.transitions.turns as turns_module
from debateparse import parse_text
from tests.conftest import SEED, fixture_texts, parse_outcome

TEXTS = fixture_texts()


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_a_header_memo_that_starts_again_at_every_header_changes_no_parse(path, monkeypatch):
    text = path.read_text(encoding="utf-8", errors="replace")
    remembered = parse_outcome(text)
    monkeypatch.setattr(turns_module, "HEADER_MEMO", 1)
    forgotten = parse_outcome(text)
    assert forgotten == remembered
    if not isinstance(remembered, type):
        assert forgotten.to_json() == remembered.to_json()  # type: ignore[attr-defined]


def _renamed_copies(count: int) -> str:
    """The seed's speeches ``count`` times, every copy's speakers renamed (no header line
    repeats from one copy to the next)."""
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed.split("Alert me about debates like this\n", 1)
    header = re.compile(r"^Photo of (.+?) \1", re.M)
    copies = (
        header.sub(lambda m, n=n: f"Photo of {m[1]} {n} {m[1]} {n}", body) for n in range(count)
    )
    return head + "Alert me about debates like this\n" + "\n".join(copies)


def test_the_header_memo_stays_bounded_on_a_debate_whose_headers_all_differ(monkeypatch):
    sizes: list[int] = []
    real = turns_module._interpret

    def spy(state, token):  # type: ignore[no-untyped-def]
        found = real(state, token)
        sizes.append(len(state.headers))
        return found

    monkeypatch.setattr(turns_module, "HEADER_MEMO", 16)
    monkeypatch.setattr(turns_module, "_interpret", spy)
    debate = parse_text(_renamed_copies(3))
    assert len({t.speaker_name for t in debate.turns.records}) > 40
    assert max(sizes) == 16
    assert sizes.count(16) >= 2  # it filled, started again and filled again


def test_speakers_are_made_on_access_and_kept_only_while_held():
    debate = parse_text(SEED.read_text(encoding="utf-8"))
    key = next(iter(debate.speakers))
    first = debate.speakers[key]
    assert debate.speakers[key] is first  # the same object while the caller holds it
    count = first.word_count
    del first
    gc.collect()
    assert key not in debate.speakers._cache  # let go with the caller's reference
    again = debate.speakers[key]
    assert again.word_count == count
    assert again == debate.speakers[key]
    assert dict(debate.speakers) == {k: debate.speakers[k] for k in debate.speakers}


def test_turns_of_one_role_text_share_one_string():
    """Headers that differ only in their time are read into strings of their own; the
    records keep one role text object per distinct role text (``normalize._Context``)."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    timed = [  # every header gets a time of its own (12:00, 12:01, ...)
        f"{line} {12 + n // 60}:{n % 60:02d}, 15 May 2024"
        if line.startswith("Photo of ") and not line.endswith("2024")
        else line
        for n, line in enumerate(lines)
    ]
    records = parse_text("\n".join(timed)).turns.records
    by_value: dict[str | None, set[int]] = {}
    for record in records:
        by_value.setdefault(record.role_text, set()).add(id(record.role_text))
    repeated = [
        value for value in by_value if value and sum(r.role_text == value for r in records) > 1
    ]
    assert repeated  # the seed's ministers speak again and again
    assert all(len(by_value[value]) == 1 for value in repeated)
