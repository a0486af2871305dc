"""The real ParlParse day exports as text input does: tables, Parquet, TEI, Akoma Ntoso."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from debateparse.export.akn import to_akoma_ntoso
from debateparse.export.frames import to_arrow
from debateparse.export.tei import TEI_NS, to_parlamint_tei
from tests.conftest import PARLPARSE_DAY, SHARED

DAY = PARLPARSE_DAY
STANDARDS = SHARED / "standards"
PUBLISHED = dt.date(2026, 1, 2)
pytestmark = pytest.mark.skipif(not DAY.exists(), reason="../shared not present")


@pytest.fixture
def day(parlparse_day):
    return parlparse_day


def test_tables_and_parquet_of_the_day(day, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    for table, rows in (("turns", 467), ("votes", 2749), ("divisions", 5), ("debates", 43)):
        arrow = to_arrow(day, table)
        assert arrow.num_rows == rows, table
        path = tmp_path / f"{table}.parquet"
        pq.write_table(arrow, path)
        assert pq.read_table(path).equals(arrow)
    votes = to_arrow(day, "votes")
    assert str(votes.schema.field("teller").type) == "bool"


def test_tei_of_every_section_is_valid_with_person_ids(day):
    schema = etree.RelaxNG(etree.parse(str(STANDARDS / "parlamint/schema/ParlaMint-TEI.rng")))
    whos = set()
    for section in day:
        document = etree.fromstring(to_parlamint_tei(section, published=PUBLISHED).encode("utf-8"))
        assert schema.validate(document), (section.title, str(schema.error_log)[:500])
        whos |= {u.get("who") for u in document.iter(f"{{{TEI_NS}}}u") if u.get("who")}
    person_ids = {s.member_id for section in day for s in section.speakers.values() if s.member_id}
    assert {f"#{p.replace('/', '.')}" for p in person_ids} <= whos


def test_akoma_ntoso_of_every_section_is_valid(day):
    schema = etree.XMLSchema(etree.parse(str(STANDARDS / "akomantoso/akomantoso30.xsd")))
    for section in day:
        document = etree.fromstring(to_akoma_ntoso(section, published=PUBLISHED).encode("utf-8"))
        assert schema.validate(document), (section.title, str(schema.error_log)[:500])


def test_akoma_ntoso_votings_carry_every_vote_of_the_day(day):
    """Every one of the day's 2,749 votes is a ``count`` of its ``voting``, referring to
    the voter's ``TLCPerson`` (the person id, as for speakers) and the side; tellers and
    proxies are marked, and every reference resolves."""
    akn = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
    votes, divisions = 0, 0
    for section in day:
        if not section.divisions:
            continue
        document = etree.fromstring(to_akoma_ntoso(section, published=PUBLISHED).encode())
        ids = {e.get("eId") for e in document.iter() if e.get("eId")}
        persons = {e.get("eId") for e in document.iter(f"{akn}TLCPerson")}
        for division, voting in zip(section.divisions, document.iter(f"{akn}voting"), strict=True):
            divisions += 1
            counts = voting.findall(f"{akn}count")
            sides = {c.get("refersTo"): int(c.get("value")) for c in counts[:2]}
            assert sides == {"#ayes": division.ayes, "#noes": division.noes}
            ballots = counts[2:]
            assert len(ballots) == len(division.votes)
            for vote, count in zip(division.votes, ballots, strict=True):
                refers = count.get("refersTo").split()
                assert refers[0] == "#" + vote.member_id.replace("/", ".")
                assert refers[0][1:] in persons
                side = "#ayes" if vote.vote in ("aye", "content") else "#noes"
                assert side in refers and ("#teller" in refers) == vote.teller
                if vote.proxy:
                    assert "#proxy" in refers
                    assert count.get("href") == f"/ontology/person/{vote.proxy}"
                assert {r[1:] for r in refers} <= ids
            votes += len(ballots)
    assert (divisions, votes) == (5, 2749)
