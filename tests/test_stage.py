"""Stage directions: one shared table (``dialects.stage``), recognised in every dialect,
kept as ``stage`` paragraphs and exported as ParlaMint ``kinesic``/``vocal``/``incident``."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

import debateparse
from debateparse.dialects import get_dialect
from debateparse.dialects.stage import BRACKETED_LINE, COLLECTIVE_CRY, STAGE_DIRECTIONS, stage_of
from debateparse.export.layout import inline_stages
from debateparse.export.tei import TEI_NS, to_parlamint_tei

TEI = {"t": TEI_NS}


@pytest.mark.parametrize(
    ("text", "element", "kind"),
    [
        ("(Laughter.)", "kinesic", "laughter"),
        ("[Laughter and applause.]", "kinesic", "laughter"),
        ("(APPLAUSE)", "kinesic", "applause"),
        ("[Interruption.]", "vocal", "interruption"),
        ("[Interruptions.]", "vocal", "interruption"),
        ('[Hon. Members: "Hear, hear!"]', "vocal", "shouting"),
        ("Hon. Members: Hear, hear!", "vocal", "shouting"),
        ("[Disturbance in the Public Gallery.]", "incident", "sound"),
    ],
)
def test_the_table_names_the_parlamint_element(text, element, kind):
    found = stage_of(text)
    assert (found.element, found.type) == (element, kind)
    assert regex.match(BRACKETED_LINE, text) or regex.match(COLLECTIVE_CRY, text)


@pytest.mark.parametrize(
    "text",
    ["(Translated)", "[Mr Speaker in the Chair]", "(Warley) (Lab)", "Hon. Members rose—"],
)
def test_other_lines_are_not_stage_directions(text):
    assert not regex.match(BRACKETED_LINE, text)
    assert not regex.match(COLLECTIVE_CRY, text)


def test_every_entry_has_words_that_match():
    for stage in STAGE_DIRECTIONS:
        for word in stage.words:
            assert stage_of(f"({word}.)").name == stage.name, word


def test_inline_stage_directions_are_cut_out_of_the_text():
    assert inline_stages("Mr Speaker—[Laughter.] I thank him.") == [
        ("Mr Speaker—", False),
        ("[Laughter.]", True),
        (" I thank him.", False),
    ]
    assert inline_stages("No brackets here.") == [("No brackets here.", False)]


PAGES = {
    "hansard": "Ukraine\n\nJim Shannon (Strangford) (DUP)\n\nWhat steps is he taking?\n\n"
    "{stage}\n\nThe Minister of State, Ministry of Defence (Leo Docherty)\n\nMany.\n",
    "twfy": "Ukraine\n\nPhoto of Jim Shannon Jim Shannon Shadow DUP Spokesperson (Health)\n\n"
    "What steps is he taking?\n\n{stage}\n\n"
    "Photo of Leo Docherty Leo Docherty Minister of State (Ministry of Defence)\n\nMany.\n",
    "parallelparliament": "Ukraine\n\nJim Shannon Portrait Jim Shannon (Strangford) (DUP)\n"
    "- Hansard - - - Excerpts\n\nWhat steps is he taking?\n\n{stage}\n\n"
    "Leo Docherty Portrait Leo Docherty (Aldershot) (Con)\n- Hansard - -\n\nMany.\n",
    "transcript": "ANDREW MARR: What steps are you taking?\n\n{stage}\n\nGORDON BROWN: Many.\n",
}
STAGES = ["(Laughter.)", "[Interruption.]", "Hon. Members: Hear, hear!", "(APPLAUSE)"]


@pytest.mark.parametrize("dialect", sorted(PAGES))
@pytest.mark.parametrize("stage", STAGES)
def test_every_dialect_keeps_stage_directions_out_of_the_speech(dialect, stage):
    assert get_dialect(dialect) is not None
    page = PAGES[dialect].format(stage=stage)
    debate = debateparse.parse_text(page, dialect=dialect)
    assert len(debate.turns) == 2, [t.speaker_name for t in debate.turns]
    first = debate.turns[0]
    assert [(p.kind, p.text) for p in first.paragraphs][-1] == ("stage", stage)
    assert stage not in first.text
    assert debate.to_text().count(stage) == 1  # nothing lost


def test_stage_directions_export_as_parlamint_does():
    from lxml import etree

    page = PAGES["hansard"].format(stage="(Laughter.)")
    debate = debateparse.parse_text(page, dialect="hansard")
    document = etree.fromstring(to_parlamint_tei(debate, published=dt.date(2026, 1, 2)).encode())
    kinesic = document.find(".//t:u/t:kinesic", TEI)
    assert kinesic.get("type") == "laughter"
    assert kinesic.findtext("t:desc", namespaces=TEI) == "(Laughter.)"
