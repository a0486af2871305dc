"""Resolution rules as data: thresholds, the debate-house-to-chamber table, party families.

``ResolutionRules`` is frozen and hashable (it is part of memo keys); pass a changed copy to
``resolve_members(..., rules=...)`` to change a threshold. ``docs/registry.md`` explains each.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType

__all__ = [
    "DEBATE_CHAMBERS",
    "DEFAULT_RULES",
    "PARTY_FAMILIES",
    "WESTMINSTER",
    "ResolutionRules",
    "same_party",
]

DEBATE_CHAMBERS: Mapping[str, str] = MappingProxyType(
    {
        # A debate's house (``Debate.house``) -> the chamber whose members speak there.
        "Westminster Hall": "House of Commons",
        "Public Bill Committee": "House of Commons",
        "General Committee": "House of Commons",
        "Delegated Legislation Committee": "House of Commons",
        "Grand Committee": "House of Lords",
    }
)

WESTMINSTER: frozenset[str] = frozenset({"House of Commons", "House of Lords"})
"""Chambers whose offices count in both: TheyWorkForYou files Lords offices ("Deputy
Speaker (Lords)") under the Commons too. An office filed under any other chamber (the
Scottish Parliament's First Minister) counts only in that chamber's debates."""

PARTY_FAMILIES: Mapping[str, str] = MappingProxyType(
    {
        # Parties that are one for comparing a printed party with the registry's: a
        # Labour/Co-operative MP is printed as "Labour" in many places.
        "Labour/Co-operative": "Labour",
    }
)


@dataclass(frozen=True)
class ResolutionRules:
    """Thresholds and tables of member resolution (see the module docstring)."""

    max_gap_days: int = 3653
    """Farthest a candidate's nearest seat may be from the date: ten years. Further, a
    same-named person is more likely someone else than one person's gap in the record."""
    fuzzy_threshold: float = 90.0
    """Least ``fuzz.ratio`` for a fuzzy match ("Jim Shanon" ~ "jim shannon": 95.2;
    "Jamie Stone" ~ "jamie reed": 76.2)."""
    chambers: tuple[tuple[str, str], ...] = tuple(DEBATE_CHAMBERS.items())
    """Debate house -> chamber, as pairs (tuples keep the rules hashable)."""
    method_scores: tuple[tuple[str, float], ...] = (
        ("exact", 1.0),
        ("alias", 0.95),
        ("office", 0.9),
        ("history", 0.9),
        ("fuzzy", 1.0),
    )
    """Score of each method before the date and tie factors (fuzzy: times the ratio;
    history: times the named speaker's score)."""
    title_margin_days: int = 365
    """For a passing title (a see, a bare peerage title): how far before a holder's seat, or
    after a closed one, the title may still name that holder."""
    see_tenure_days: int = 3652
    """For a bishop whose seat is open in a snapshot: how long after the snapshot's date
    the see is still taken as his (ten years, about a diocesan bishop's tenure; never past
    his 70th birthday when the registry has it, the age bishops retire at)."""
    sitting_margin_days: int = 183
    """For a surname-only header matched against the registry: how far from the date a
    member's seat may be and still count as sitting on it (records have holes around
    elections: 2015's Commons members are observed on 8 June only)."""
    tie_break_factor: float = 0.9
    """Score factor when the printed party or constituency broke a tie."""

    def __hash__(self) -> int:
        # Rules are part of memo keys, hashed once per speaker: compute the hash once.
        cached: int | None = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(getattr(self, f.name) for f in fields(self)))
            object.__setattr__(self, "_hash", cached)
        return cached

    def chamber(self, house: str | None) -> str | None:
        """The chamber of a debate's house (None when the house is unknown)."""
        if house is None:
            return None
        chambers: dict[str, str] | None = self.__dict__.get("_chambers")
        if chambers is None:  # the table as a dict, made once per rules object
            chambers = dict(self.chambers)
            object.__setattr__(self, "_chambers", chambers)
        return chambers.get(house, house)

    def method_score(self, method: str) -> float:
        """The base score of a resolution method."""
        return self.scores()[method]

    def scores(self) -> Mapping[str, float]:
        """``method_scores`` as a read-only mapping (made once per rules object)."""
        scores: dict[str, float] | None = self.__dict__.get("_scores")
        if scores is None:
            scores = dict(self.method_scores)
            object.__setattr__(self, "_scores", scores)
        return scores

    def date_factor(self, gap: int) -> float:
        """Score factor for a candidate ``gap`` days from the date: 1 inside a seat,
        falling linearly to 0.5 at ``max_gap_days``."""
        return 1.0 - 0.5 * min(gap, self.max_gap_days) / self.max_gap_days


DEFAULT_RULES = ResolutionRules()


def same_party(printed: str | None, registered: str | None) -> bool:
    """Are two canonical party names the same party (``PARTY_FAMILIES`` applied)?"""
    if printed is None or registered is None:
        return False
    return PARTY_FAMILIES.get(printed, printed) == PARTY_FAMILIES.get(registered, registered)
