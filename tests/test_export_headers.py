"""Speaker headers in the XML exports: as Hansard prints them, without the page's chrome."""

from __future__ import annotations

import datetime as dt

import pytest

import debateparse
from debateparse.export.akn import to_akoma_ntoso
from debateparse.export.layout import printed_header
from debateparse.export.tei import to_parlamint_tei
from debateparse.models import Paragraphs, TurnRecord
from tests.conftest import FIXTURES

PUBLISHED = dt.date(2026, 1, 2)
CHROME = ("Photo of", "Portrait", "- Hansard -", "((")
FIXTURE_EXPORTS: dict[str, tuple[str, str]] = {}


def exports(name: str) -> tuple[str, str]:
    if name not in FIXTURE_EXPORTS:
        debate = debateparse.parse_debate(FIXTURES / name, strict=False)
        FIXTURE_EXPORTS[name] = (
            to_parlamint_tei(debate, published=PUBLISHED),
            to_akoma_ntoso(debate, published=PUBLISHED),
        )
    return FIXTURE_EXPORTS[name]


NAMES = sorted(str(p.relative_to(FIXTURES)) for p in FIXTURES.glob("*/*.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_no_page_chrome_in_any_exported_fixture(name):
    for document in exports(name):
        for chrome in CHROME:
            assert chrome not in document, (name, chrome)


def test_no_page_chrome_in_the_corpus_folder_of_every_fixture():
    """The whole ParlaMint folder (root, listPerson, listOrg, components) of all fixtures,
    and the listPerson of each, hold no chrome either; the input did (so the test can
    fail)."""
    from debateparse.export.tei_corpus import parlamint_corpus

    debates = [debateparse.parse_debate(FIXTURES / name, strict=False) for name in NAMES]
    printed = "\n".join((FIXTURES / name).read_text(encoding="utf-8") for name in NAMES)
    assert all(chrome in printed for chrome in CHROME[:3])
    for path, text in parlamint_corpus(debates, published=PUBLISHED).items():
        for chrome in CHROME:
            assert chrome not in text, (path, chrome)


def record(name: str, role: str | None, header: str, paragraphs: tuple[str, ...] = ("Hi.",)):
    return TurnRecord(
        "speech",
        "s",
        name,
        role,
        (),
        None,
        None,
        Paragraphs([header], [1]),
        Paragraphs(list(paragraphs), list(range(2, 2 + len(paragraphs)))),
        (1, 1, 0, 0),
    )


@pytest.mark.parametrize(
    ("name", "role", "header", "printed"),
    [
        (
            "Sarah Atherton",
            "(Wrexham) (Con)",
            "Sarah Atherton Portrait Sarah Atherton (Wrexham) (Con)",
            "Sarah Atherton (Wrexham) (Con)",
        ),
        (
            "Mr Nigel Evans",
            "Mr Deputy Speaker",
            "Nigel Evans Portrait Mr Deputy Speaker (Mr Nigel Evans)",
            "Mr Deputy Speaker (Mr Nigel Evans)",
        ),
        (
            "Lord Faulkner of Worcester",
            "The Deputy Speaker (Lab)",
            "x",
            "The Deputy Speaker (Lord Faulkner of Worcester) (Lab)",
        ),
        (
            "Jim Shannon",
            "Shadow DUP Spokesperson (Health)",
            "Photo of Jim Shannon Jim Shannon Shadow DUP Spokesperson (Health) 12:35, 15 May 2024",
            "Jim Shannon, Shadow DUP Spokesperson (Health)",
        ),
        ("Mr. Speaker", None, "Mr. Speaker", "Mr. Speaker"),
    ],
)
def test_printed_header_rules(name, role, header, printed):
    assert printed_header(record(name, role, header)) == printed


def test_a_turn_without_speech_keeps_the_words_after_the_name():
    rose = record(
        "Several hon. Members", None, "None Portrait Several hon. Members rose— - Hansard -", ()
    )
    assert printed_header(rose) == "Several hon. Members rose—"
