"""Vocabulary shared by the dialects: parties, houses, collective and role-only speakers.

These are data, kept out of the rules so that a new party or house is a table entry. Each
table says what may not be added to it.
"""

from __future__ import annotations

from functools import lru_cache

import regex

__all__ = [
    "COLLECTIVE_SPEAKERS",
    "EMBEDDED_PARTY_PATTERN",
    "HOUSES",
    "PARTIES",
    "PARTY_ALTERNATION",
    "PARTY_FORMS",
    "ROLE_ONLY_PATTERN",
    "canonical_house",
    "canonical_party",
    "is_collective",
    "is_role_only",
]

PARTIES: dict[str, tuple[str, ...]] = {
    # canonical name (as TheyWorkForYou prints it): other printed forms, including the
    # abbreviations ParallelParliament and Hansard print in parentheses and the names
    # TheyWorkForYou's Welsh interface prints (Ceidwadwyr, Llafur, ...). Do not add forms
    # that are also ordinary words in offices or place names ("Green" is safe only as a
    # whole role piece, which is how PARTY_FORMS is used).
    "Conservative": (
        "Con",
        "Conservative Party",
        "Conservative and Unionist",
        "Scottish Conservative and Unionist Party",
        "Welsh Conservative",
        "Welsh Conservatives",
        "Scottish Conservative",
        "Ceidwadwyr",
        "Ceidwadwyr Cymreig",
    ),
    "Labour": ("Lab", "Labour Party", "Scottish Labour", "Welsh Labour", "Llafur"),
    "Labour/Co-operative": (
        "Lab/Co-op",
        "Lab Co-op",
        "Labour (Co-op)",
        "Labour Co-op",
        "Labour and Co-operative",
        "Labour/Co-op",
        "Llafur a'r Blaid Gydweithredol",
        "Llafur/Cydweithredol",
    ),
    "Liberal Democrat": (
        "Liberal Democrats",
        "LD",
        "Lib Dem",
        "Lib Dems",
        "Scottish Liberal Democrats",
        "Welsh Liberal Democrats",
        "Democratiaid Rhyddfrydol",
    ),
    "Scottish National Party": ("SNP", "Plaid Genedlaethol yr Alban"),
    "DUP": ("Democratic Unionist Party", "Democratic Unionist"),
    "UUP": ("Ulster Unionist Party", "Ulster Unionist", "UU"),
    "SDLP": ("Social Democratic and Labour Party",),
    "Sinn Féin": ("Sinn Fein", "SF"),
    "Alliance": ("Alliance Party", "APNI", "Alliance Party of Northern Ireland"),
    "Plaid Cymru": ("PC", "Plaid"),
    "Green": (
        "Green Party",
        "Scottish Green Party",
        "Scottish Green",
        "Scottish Greens",
        "Green Party of England and Wales",
    ),
    "Independent": (
        "Ind",
        "Annibynnol",
        "Independent Unionist",
        "Independent Conservative",
        "Independent Labour",
        "Ind Con",
        "Ind Lab",
    ),
    "Crossbench": ("CB", "Crossbencher", "Cross Bench", "XB"),
    "Non-affiliated": ("Non-Afl", "Non-aff", "Non affiliated"),
    "Bishops": ("Bp", "Lords Spiritual"),
    "Reform UK": ("Reform",),
    "Alba": ("Alba Party",),
    "TUV": ("Traditional Unionist Voice",),
    "UKIP": ("UK Independence Party",),
    "People Before Profit": ("PBP", "People Before Profit Alliance"),
    "Speaker": ("Spk",),
    "Change UK": ("The Independent Group", "TIG"),
    "Respect": ("Respect Party",),
    "Social Democratic Party": ("SDP",),
    "Liberal": ("Lib",),
    "Conservative Independent": ("Con Ind",),
}

PARTY_FORMS: dict[str, str] = {
    form.casefold(): canonical
    for canonical, forms in PARTIES.items()
    for form in (canonical, *forms)
}
"""Every printed form (case-folded) -> canonical party name."""

PARTY_ALTERNATION = "|".join(
    regex.escape(form)
    for form in sorted({f for c, fs in PARTIES.items() for f in (c, *fs)}, key=len, reverse=True)
)
"""Every printed party form, longest first, for patterns (case as printed)."""

# A party named inside an office: "Shadow DUP Spokesperson", "Liberal Democrat Lords
# Spokesperson", "Leader of the Conservative Party". Only full names and distinctive
# abbreviations are allowed here; short forms like "Con" or "PC" are not.
_EMBEDDABLE = (
    "Conservative",
    "Labour",
    "Labour/Co-operative",
    "Liberal Democrat",
    "Liberal Democrats",
    "Scottish National Party",
    "SNP",
    "DUP",
    "UUP",
    "SDLP",
    "Sinn Féin",
    "Plaid Cymru",
    "Green Party",
    "Reform UK",
    "Alba",
    "TUV",
    "UKIP",
    "Alliance Party",
)
_EMBED = "|".join(regex.escape(p) for p in sorted(_EMBEDDABLE, key=len, reverse=True))
EMBEDDED_PARTY_PATTERN = regex.compile(
    rf"^(?:Shadow )?(?P<party>{_EMBED}) (?:(?:Lords|Westminster|Deputy|Chief) )*"
    rf"(?:Spokesperson|Spokesman|Spokeswoman|Whip|Leader|Group Leader)\b"
    rf"|\bLeader of the (?P<party>{_EMBED})(?: Party| Group)?\b"
)
"""Finds a party named inside an office (outside any parenthesised portfolio)."""

HOUSES: dict[str, str] = {
    # printed (case-folded, leading article removed) -> canonical
    "house of commons": "House of Commons",
    "commons": "House of Commons",
    "commons chamber": "House of Commons",
    "house of lords": "House of Lords",
    "lords": "House of Lords",
    "lords chamber": "House of Lords",
    "grand committee": "Grand Committee",
    "westminster hall": "Westminster Hall",
    "scottish parliament": "Scottish Parliament",
    "senedd": "Senedd",
    "senedd cymru": "Senedd",
    "welsh parliament": "Senedd",
    "national assembly for wales": "Senedd",
    "northern ireland assembly": "Northern Ireland Assembly",
    "public bill committee": "Public Bill Committee",
    "general committee": "General Committee",
    "general committees": "General Committee",
    "delegated legislation committee": "Delegated Legislation Committee",
}


_HOUSE_ARTICLE = regex.compile(r"(?i)^(?:the|a|an|y)\s+")
_ARTICLE = regex.compile(r"(?i)^(?:the|a|an)\s+")


def canonical_house(printed: str) -> str:
    """Canonical house name for ``printed`` ("the Senedd" -> "Senedd"); unknown names kept."""
    key = _HOUSE_ARTICLE.sub("", printed.strip()).casefold()
    return HOUSES.get(key, _ARTICLE.sub("", printed.strip()))


def canonical_party(printed: str) -> str | None:
    """Canonical party for a printed form ("Con" -> "Conservative"), or None if unknown."""
    return PARTY_FORMS.get(printed.strip().casefold())


COLLECTIVE_SPEAKERS = regex.compile(
    r"(?i)^(?:several |many |some |a few |two |three )?(?:hon\.?|right hon\.?|noble|honourable)"
    r"(?: and (?:right )?hon\.?)? (?:members?|lords|baronesses|friends|gentlemen|ladies)"
    r"(?: rose\W*)?$|^(?:an? |one )(?:hon\.?|noble|honourable) (?:member|lord|baroness|friend)"
    r"$|^(?:several |many )?(?:members|lords|aelodau)(?: rose\W*)?$|^(?:none|unknown)$"
)
"""Speakers that are several people or nobody in particular; never resolved to a member."""

ROLE_ONLY_PATTERN = regex.compile(
    r"(?i)^(?:the|y) \p{L}|^(?:mr\.?|madam|madame) (?:deputy )?speaker$"
    r"|^(?:deputy |temporary )?(?:presiding officer|llywydd|dirprwy lywydd|chair(?:man)?"
    r"|convener|lord speaker|deputy speaker|speaker)$"
    r"|^(?:interviewer|presenter|host|moderator|question|answer|audience|q|a)$"
)
"""Printed names that are offices or roles, not a person's name ("The First Minister")."""

CHAIR_OFFICE_PATTERN = regex.compile(
    r"(?i)^(?:the |y )?(?:(?:mr\.?|madam|madame) )?(?:(?:first |second |deputy |temporary )"
    r"(?:deputy )?)?(?:speaker|presiding officer|llywydd|dirprwy lywydd|convener"
    r"|chair(?:man|woman)?(?: of ways and means)?)$"
)
"""A chamber's chair ("Mr. Speaker", "The Deputy Presiding Officer"): every assembly has
one, so the printed office alone never says which house, nor which holder."""


@lru_cache(maxsize=4096)
def is_collective(name: str) -> bool:
    """Is ``name`` a collective speaker such as "Several hon. Members"?"""
    return COLLECTIVE_SPEAKERS.match(name.strip().rstrip("—–-: ")) is not None


@lru_cache(maxsize=4096)
def is_role_only(name: str) -> bool:
    """Is ``name`` only an office ("Mr Speaker", "The First Minister")?"""
    return ROLE_ONLY_PATTERN.match(name.strip()) is not None
