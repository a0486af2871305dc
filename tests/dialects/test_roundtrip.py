"""Round trips per dialect: render a generated debate with the dialect's header renderer,
parse it back, get the same turns (and the same text)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import debateparse
from debateparse.dialects import get_dialect
from debateparse.export import canonical_layout
from tests.strategies import sentences

STYLED = st.sampled_from(
    [
        "Mr Simon Hughes",
        "Mrs Angela Browning",
        "Sir John Hayes",
        "Dame Rosie Winterton",
        "Dr Rupa Huq",
        "Lord Coaker",
        "Baroness Smith of Basildon",
        "Ms Nadine Dorries",
    ]
)
PLACES = st.sampled_from(
    [
        "(Strangford) (DUP)",
        "(Warley) (Lab)",
        "(Liverpool, Riverside) (Lab)",
        "(Con)",
        "(Non-Afl) [V]",
        "(Southwark and Bermondsey)",
        None,
    ]
)
OFFICES = st.sampled_from(
    [
        ("The Minister for the Armed Forces", "Leo Docherty"),
        ("Madam Deputy Speaker", "Dame Rosie Winterton"),
        (
            "The Secretary of State for Foreign, Commonwealth and Development Affairs",
            "James Cleverly",
        ),
    ]
)
HEADERS = st.one_of(
    st.tuples(STYLED, PLACES),
    OFFICES.map(lambda office: (office[1], office[0])),
)


def _render(dialect: str, turns, stamp: str | None) -> str:
    render = get_dialect(dialect).render_header
    assert render is not None
    blocks = []
    for index, ((name, role), paragraphs) in enumerate(turns):
        blocks.append(render(name, role, stamp if index == 0 else None))
        blocks.extend(paragraphs)
    return "\n\n".join(blocks)


TURNS = st.lists(
    st.tuples(HEADERS, st.lists(sentences, min_size=1, max_size=3)), min_size=1, max_size=6
)


@given(TURNS, st.sampled_from(["hansard", "parallelparliament"]))
def test_render_parse_compare(turns, dialect):
    text = _render(dialect, turns, "2:31 pm")
    debate = debateparse.parse_text(text, dialect=dialect)
    assert [
        (t.speaker_name, t.role_text, [p.text for p in t.paragraphs]) for t in debate.turns
    ] == [(name, role, paragraphs) for (name, role), paragraphs in turns]
    assert debate.turns[0].time == dt.time(14, 31)
    assert debate.to_text() == canonical_layout(text)
    assert debateparse.parse_text(text).dialect == dialect  # auto-detection agrees
