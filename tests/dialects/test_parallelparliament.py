"""The ParallelParliament dialect: portrait headers and labels, link lines, listings."""

from __future__ import annotations

import datetime as dt

import debateparse
from tests.conftest import FIXTURES, first_words

DEBATE_PAGE = """Defence Procurement Debate

Full Debate: Read Full Debate
Department: Ministry of Defence

Defence Procurement

Mark Francois Excerpts
Tuesday 14th May 2024

(6 months, 1 week ago)

Westminster Hall
Read Full debate Read Hansard Text Read Debate Ministerial Extracts

Westminster Hall is an alternative Chamber for MPs to hold debates, named after the adjoining Westminster Hall.

This information is provided by Parallel Parliament and does not comprise part of the offical record

Christopher Chope Portrait Sir Christopher Chope (in the Chair)
- Hansard -

Order. I call Mark Francois to move the motion.

Mark Francois Portrait Mr Mark Francois (Rayleigh and Wickford) (Con)
- View Speech - Hansard - - - Excerpts

I beg to move,

That this House has considered defence procurement.

--- Later in debate ---

James Cartlidge Portrait The Minister for Defence Procurement (James Cartlidge)
- Hansard - - - Excerpts

It is a pleasure to serve under your chairmanship, Sir Christopher.

Christopher Chope Portrait Sir Christopher Chope (in the Chair)
- Hansard -

Order.

Christopher Chope Portrait The Chair
- Hansard -

I call the Minister.
"""


def test_debate_page():
    debate = debateparse.parse_text(DEBATE_PAGE)
    assert debate.dialect == "parallelparliament"
    assert (debate.title, debate.date, debate.house) == (
        "Defence Procurement",
        dt.date(2024, 5, 14),
        "Westminster Hall",
    )
    assert [(t.speaker_name, t.role_text, first_words(t.text, 3)) for t in debate.turns] == [
        ("Sir Christopher Chope", "(in the Chair)", "Order. I call"),
        ("Mr Mark Francois", "(Rayleigh and Wickford) (Con)", "I beg to"),
        ("James Cartlidge", "The Minister for Defence Procurement", "It is a"),
        ("Sir Christopher Chope", "(in the Chair)", "Order."),
        ("Christopher Chope", "The Chair", "I call the"),
    ]
    francois = debate.turns[1]
    assert francois.text == "I beg to move,\n\nThat this House has considered defence procurement."
    assert [h.text for h in francois.header][-1] == "- View Speech - Hansard - - - Excerpts"
    assert "--- Later in debate ---" in [p.text for p in debate.boilerplate]
    assert debate.speakers["christopher-chope"].roles == ("The Chair",)


def test_portrait_label_is_not_the_speaker_unless_the_header_names_only_an_office():
    path = FIXTURES / "parallelparliament" / "038-pp-lords-2021-wrong-portrait-label.txt"
    debate = debateparse.parse_debate(path)
    assert [t.speaker_name for t in debate.turns] == ["Lord Parkinson of Whitley Bay"] * 2
    assert debate.house == "Grand Committee"
    path = FIXTURES / "parallelparliament" / "031-pp-commons-2023-several-members-rose.txt"
    debate = debateparse.parse_debate(path)
    assert [(t.speaker_name, t.role_text) for t in debate.turns][1:4] == [
        ("Mr Nigel Evans", "Mr Deputy Speaker"),
        ("Sarah Atherton", "(Wrexham) (Con)"),
        ("Nigel Evans", "Mr Deputy Speaker"),
    ]
    # "Mr Nigel Evans" and "Nigel Evans" are one speaker; "Several hon. Members" collective
    assert debate.speakers["nigel-evans"].turn_count == 3
    assert debate.turns[0].kind == "interjection" and not debate.turns[0].paragraphs


def test_standalone_time_line_times_the_next_header():
    path = FIXTURES / "parallelparliament" / "040-pp-lords-2020-standalone-time-line.txt"
    (turn,) = debateparse.parse_debate(path).turns
    assert turn.time == dt.time(12, 45)
    assert turn.header[0].text == "12:45"
    assert (turn.speaker_name, turn.role_text) == (
        "Lord Faulkner of Worcester",
        "The Deputy Speaker (Lab)",
    )


def test_whitespace_padded_duplicated_headers():
    path = FIXTURES / "parallelparliament" / "042-pp-lords-whitespace-padded-duplicated-headers.txt"
    debate = debateparse.parse_debate(path)
    assert [(t.speaker_name, t.role_text) for t in debate.turns] == [
        ("Baroness Williams of Trafford", "(Con)"),
        ("Baroness Stuart of Edgbaston", "(Non-Afl)"),
        ("Baroness Williams of Trafford", "(Con)"),
        ("Baroness Williams of Trafford", "(Con) [V]"),
        ("Baroness Stuart of Edgbaston", "(Non-Afl) [V]"),
    ]
    assert all(len(t.header) == 2 for t in debate.turns)  # each header printed twice
    assert debate.turns[-1].text == ""  # the cut-off copy "Barone" is header, not speech
    assert debate.house == "House of Lords"
    assert debate.speakers["baroness-stuart-of-edgbaston"].party == "Non-affiliated"


LISTING = """12 Jane Doe debates involving the Home Office

Policing Bill

Jane Doe Excerpts
Monday 3rd June 2024

(5 months ago)

Commons Chamber
Read Hansard Text

Jane Doe Portrait Jane Doe (Somewhere) (Lab)
- Hansard - - - Excerpts

I welcome the Bill.

Asylum Statistics

Jane Doe Excerpts
Tuesday 14th May 2024

(6 months ago)

Westminster Hall
Read Hansard Text

Jane Doe Portrait Jane Doe (Somewhere) (Lab)
- Hansard - - - Excerpts

The figures are stark.

Tom Roe Portrait The Minister for Immigration (Tom Roe)
- Hansard - - - Excerpts

I disagree.
"""


def test_listing_pages_hold_several_debates():
    first = debateparse.parse_text(LISTING)
    assert (first.title, first.date, first.house) == (
        "Policing Bill",
        dt.date(2024, 6, 3),
        "House of Commons",
    )
    assert [t.text for t in first.turns] == ["I welcome the Bill."]
    (more,) = [d for d in first.diagnostics if d.code == "more-debates"]
    assert more.line == 18
    import io

    debates = list(debateparse.iter_debates(io.StringIO(LISTING)))
    assert [(d.title, d.house, len(d.turns)) for d in debates] == [
        ("Policing Bill", "House of Commons", 1),
        ("Asylum Statistics", "Westminster Hall", 2),
    ]
    assert debates[1].turns[1].speaker_name == "Tom Roe"
    # every line of the page is in exactly one of the debates
    text = "\n\n".join(d.to_text() for d in debates)
    assert text == debateparse.export.canonical_layout(LISTING)


def test_unstyled_names_printed_twice_amid_whitespace():
    text = (
        "(9 years, 6 months ago)\n Julie Cooper\n        \n            Julie Cooper \n"
        "        That was how it appeared to the wider public.\n"
        " Valerie Vaz (in the Chair)\n        \n            Valerie Vaz (in the Chair) \n"
        "        Before we hear from the Front Benchers, let me thank all hon. Members.\n"
    )
    debate = debateparse.parse_text(text)
    assert [(t.speaker_name, t.role_text, len(t.header)) for t in debate.turns] == [
        ("Julie Cooper", None, 2),
        ("Valerie Vaz", "(in the Chair)", 2),
    ]
