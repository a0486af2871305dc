"""Properties: whatever text a lenient parse turns into a debate exports to valid XML and
to tables that account for every turn."""

from __future__ import annotations

import csv
import io
from functools import lru_cache

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import debateparse
from debateparse.export.files import csv_text
from debateparse.export.tables import TABLES, table_rows
from tests.conftest import SHARED

STANDARDS = SHARED / "standards"

names = st.text(st.characters(categories=("Lu", "Ll")), min_size=2, max_size=9)
speech = st.text(st.characters(exclude_characters="\x00"), min_size=1, max_size=60)
turns = st.lists(st.tuples(names, names, speech), min_size=0, max_size=5)
titles = st.text(st.characters(exclude_characters="\x00"), max_size=30)


@lru_cache(maxsize=1)
def schemas():
    tei = etree.RelaxNG(etree.parse(str(STANDARDS / "parlamint/schema/ParlaMint-TEI.rng")))
    akn = etree.XMLSchema(etree.parse(str(STANDARDS / "akomantoso/akomantoso30.xsd")))
    return tei, akn


def debate_text(title: str, parts: list[tuple[str, str, str]]) -> str:
    lines = [title, "", "– in the House of Commons at 2:30 pm on 5 March 2019.", ""]
    for first, last, said in parts:
        name = f"{first} {last}"
        lines += [f"Photo of {name} {name}", "", said, ""]
    return "\n".join(lines)


def parsed(title, parts):
    try:
        return debateparse.parse_text(debate_text(title, parts), strict=False)
    except debateparse.DebateParseError:  # e.g. only whitespace: nothing to export
        return None


@given(titles, turns)
def test_any_parsed_debate_exports_valid_xml(title, parts):
    debate = parsed(title, parts)
    if debate is None:
        return
    tei, akn = schemas()
    tei_doc = etree.fromstring(debateparse.to_parlamint_tei(debate).encode("utf-8"))
    assert tei.validate(tei_doc), [e.message for e in tei.error_log][:3]
    akn_doc = etree.fromstring(debateparse.to_akoma_ntoso(debate).encode("utf-8"))
    assert akn.validate(akn_doc), [e.message for e in akn.error_log][:3]


@given(titles, turns)
def test_tables_account_for_every_turn_and_speaker(title, parts):
    debate = parsed(title, parts)
    if debate is None:
        return
    assert len(table_rows("turns", debate)) == len(debate.turns)
    assert len(table_rows("speakers", debate)) == len(debate.speakers)
    for name in TABLES:
        rows = table_rows(name, debate)
        read = list(csv.DictReader(io.StringIO(csv_text(rows, name), newline="")))
        assert len(read) == len(rows)
