"""Stage directions: what the report prints about the room, not words anyone spoke.

One table, shared by every dialect (``stage_rules`` gives its line rules; the XML writers
use ``stage_of`` and ``INLINE_STAGE`` to export them as ParlaMint's ``kinesic``, ``vocal``
and ``incident``). A whole line that is a stage direction is a token of kind ``stage``
and, inside a turn, a paragraph of kind ``stage``: kept, but not part of the speech.

Two printed forms (both also inside a speaker's line: ``INLINE_STAGE``):

- a bracketed description: ``(Laughter.)``, ``[Interruption.]``, ``[Hon. Members:
  "Hear, hear!"]``, ``(APPLAUSE)``, ``[Laughter and applause.]``;
- a collective cry printed in a speaker's place: ``Hon. Members: Hear, hear!``,
  ``Hon. Members: No!``, ``Noble Lords: Hear, hear!``.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

import regex

from debateparse.dialects.base import LineRule, rule

__all__ = [
    "BRACKETED_STAGE",
    "COLLECTIVE_CRY",
    "INLINE_CRY",
    "INLINE_STAGE",
    "STAGE_DIRECTIONS",
    "StageDirection",
    "StageElement",
    "stage_of",
    "stage_rules",
]

StageElement = Literal["kinesic", "vocal", "incident"]
"""The ParlaMint element a stage direction is written as."""


class StageDirection(NamedTuple):
    """One kind of stage direction: the words that open its description, and how
    ParlaMint encodes it (element and ``@type``, from ``ParlaMint.rng``'s value lists)."""

    name: str
    element: StageElement
    type: str
    words: tuple[str, ...]


STAGE_DIRECTIONS: tuple[StageDirection, ...] = (
    # First match wins; compared case-insensitively with the start of the description.
    StageDirection("laughter", "kinesic", "laughter", ("Laughter", "Hilarity", "Chwerthin")),
    StageDirection(
        "applause",
        "kinesic",
        "applause",
        ("Applause", "Cheers", "Cheering", "Clapping", "Prolonged applause", "Cymeradwyaeth"),
    ),
    StageDirection(
        "interruption",
        "vocal",
        "interruption",
        ("Interruption", "Interruptions", "Torri ar draws"),
    ),
    StageDirection(
        "shouting",
        "vocal",
        "shouting",
        (
            *("Hon. Members", "Honourable Members", "Several hon. Members", "Noble Lords"),
            *("Shouts", "Shouting", "Uproar", "Heckling", "Crosstalk", "Cross talk"),
            "Hear, hear",
        ),
    ),
    StageDirection("murmuring", "vocal", "murmuring", ("Murmurs", "Murmuring", "Groans")),
    StageDirection(
        "sound",
        "incident",
        "sound",
        ("Disturbance", "Noise", "Bell rings", "The Division Bell", "Division bell"),
    ),
    StageDirection(
        "action",
        "incident",
        "action",
        ("Member withdrew", "The Member withdrew", "Protester", "Protesters"),
    ),
)
"""Every stage direction the parser knows, as data."""

_WORDS = "|".join(
    regex.escape(word).replace("\\ ", " ").replace(" ", r"\s+")
    for stage in STAGE_DIRECTIONS
    for word in stage.words
)
_BRACKETED = (
    # The description opens with one of the words; a short qualification may follow
    # ("Laughter and applause.", "Interruption from the Gallery.", "Hon. Members: "No!"").
    rf"(?:\((?i:{_WORDS})\b[^()\n]{{0,80}}\)|\[(?i:{_WORDS})\b[^\[\]\n]{{0,80}}\])"
)
BRACKETED_LINE = rf"^{_BRACKETED}\.?$"
COLLECTIVE_CRY = (
    # A cry printed in a speaker's place by many at once: "Hon. Members: Hear, hear!".
    r"^(?:Several\s+)?(?i:hon\.|honourable|noble)\s+(?:Members|Lords|Friends)\s*:\s*"
    r"(?P<speech>\S.{0,78})$"
)
_INLINE_CRY = (
    # A collective cry run into a speaker's line after the end of a sentence ("… I commend
    # the Bill. Hon. Members: Hear, hear!"): the label, then a short cry up to its "!" or ".".
    r"(?<=[.!?;—–\]\)]\s+)(?:Several\s+)?(?i:hon\.|honourable|noble)\s+(?:Members|Lords):"
    r"\s*[^\n:\[\]()]{1,40}?[!.](?=\s|$)"
)
BRACKETED_STAGE = regex.compile(_BRACKETED)
INLINE_CRY = regex.compile(_INLINE_CRY)
INLINE_STAGE = regex.compile(f"{_BRACKETED}|{_INLINE_CRY}")
"""A stage direction inside a paragraph: bracketed (``BRACKETED_STAGE``: "… Mr
Speaker—[Laughter.]"), or a collective cry after a sentence (``INLINE_CRY``: "… the Bill.
Hon. Members: Hear, hear!"). Searching a long text, the two apart are faster."""

_KIND = regex.compile(rf"^[\(\[\s]*(?P<words>{_WORDS})\b", flags=regex.IGNORECASE)


def stage_of(text: str) -> StageDirection:
    """The kind of a stage direction's text (whole line or bracketed part); an unknown
    one is an ``incident``."""
    match = _KIND.match(text)
    if match is not None:
        found = " ".join(match["words"].split()).casefold()
        for stage in STAGE_DIRECTIONS:
            if any(found == word.casefold() for word in stage.words):
                return stage
    return StageDirection("incident", "incident", "incident", ())


def stage_rules() -> tuple[LineRule, ...]:
    """Line rules of kind ``stage`` for the whole-line forms; they go before a dialect's
    procedural and header rules (a collective cry would otherwise read as a header)."""
    return (
        rule("stage_bracketed", "stage", BRACKETED_LINE, starts=("(", "["), max_len=100),
        rule(
            "stage_collective_cry",
            "stage",
            COLLECTIVE_CRY,
            starts=("Hon", "hon", "Several", "Noble", "noble"),
            max_len=100,
        ),
    )
