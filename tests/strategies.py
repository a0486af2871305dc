"""Hypothesis strategies: debates as specifications, and their rendering as text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import strategies as st

FIRST = ["Jim", "Leo", "Alicia", "Nia", "Chi", "Ben", "Sarah", "Mark", "Lilian", "Rehman"]
LAST = [
    "Shannon",
    "Docherty",
    "Kearns",
    "Griffith",
    "Onwurah",
    "Bradshaw",
    "Atherton",
    "Francois",
    "Greenwood",
    "Chishti",
    "Irranca-Davies",
    "O'Brien",
]
PEERS = ["Lord Coaker", "Baroness Smith of Basildon", "Lord Forsyth of Drumlean"]
ROLES = [
    "Conservative, Wrexham",
    "Labour/Co-operative, Leeds North West",
    "Minister of State (Ministry of Defence) (Minister for the Armed Forces)",
    "Shadow DUP Spokesperson (Human Rights), Shadow DUP Spokesperson (Health)",
    "Chair, Foreign Affairs Committee",
    "Scottish National Party",
    "Labour",
]
HOUSES = ["House of Commons", "House of Lords", "Westminster Hall"]
WORDS = [
    "the",
    "Minister",
    "will",
    "agree",
    "that",
    "Ukraine",
    "support",
    "is",
    "vital",
    "and",
    "we",
    "must",
    "act",
    "now",
    "—",
    "“quoted”",
    "£3",
    "2024",
    "hon.",
    "Friend",
]


@dataclass(frozen=True)
class TurnSpec:
    name: str
    role: str | None
    time: dt.time | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class DebateSpec:
    title: str
    house: str
    date: dt.date
    start: dt.time
    turns: tuple[TurnSpec, ...]


names = st.one_of(
    st.builds(lambda f, last: f"{f} {last}", st.sampled_from(FIRST), st.sampled_from(LAST)),
    st.sampled_from(PEERS),
)
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(
    lambda words: " ".join(words).capitalize() + "."
)
turn_specs = st.builds(
    TurnSpec,
    name=names,
    role=st.one_of(st.none(), st.sampled_from(ROLES)),
    time=st.none(),
    paragraphs=st.lists(sentences, min_size=1, max_size=4).map(tuple),
)
debate_specs = st.builds(
    DebateSpec,
    title=st.lists(
        st.sampled_from(["Ukraine", "Georgia", "Tea", "Prices", "Bill"]), min_size=1, max_size=4
    ).map(" and ".join),
    house=st.sampled_from(HOUSES),
    date=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    # 12:00 am is TheyWorkForYou's "time not recorded" placeholder (see normalize), so a
    # generated sitting never starts at exactly midnight.
    start=st.times()
    .map(lambda t: t.replace(second=0, microsecond=0))
    .filter(lambda t: t != dt.time(0, 0)),
    turns=st.lists(turn_specs, min_size=1, max_size=8).map(tuple),
)


def twelve_hour(t: dt.time) -> str:
    """TheyWorkForYou's location-line time: "2:30 pm"."""
    hour = t.hour % 12 or 12
    return f"{hour}:{t.minute:02d} {'am' if t.hour < 12 else 'pm'}"


def render_twfy(spec: DebateSpec) -> str:
    """The text a TheyWorkForYou page gives for ``spec`` (first header stamped)."""
    from debateparse.dialects import get_dialect

    render = get_dialect("twfy").render_header
    assert render is not None
    date = f"{spec.date.day} {spec.date.strftime('%B %Y')}"
    lines = [
        spec.title,
        "",
        f"– in the {spec.house} at {twelve_hour(spec.start)} on {date}.",
        "",
        "Alert me about debates like this",
        "",
    ]
    for index, turn in enumerate(spec.turns):
        stamp = (
            f"{spec.start.hour % 12 or 12}:{spec.start.minute:02d}, {date}" if index == 0 else None
        )
        lines += [render(turn.name, turn.role, stamp), ""]
        for paragraph in turn.paragraphs:
            lines += [paragraph, ""]
    return "\n".join(lines)
