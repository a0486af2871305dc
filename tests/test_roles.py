"""Role text -> offices, party and constituency (one case per rule)."""

from __future__ import annotations

import pytest

from debateparse.roles import parse_role_text, split_top_level

ROLE_CASES = [
    # (role text, offices, party, constituency, office parties, what the case shows)
    (
        "Shadow DUP Spokesperson (Human Rights), Shadow DUP Spokesperson (Health)",
        ("Shadow DUP Spokesperson (Human Rights)", "Shadow DUP Spokesperson (Health)"),
        None,
        None,
        ("DUP", "DUP"),
        "commas split offices; a party named inside an office",
    ),
    (
        "Chair, Foreign Affairs Committee, Chair, Foreign Affairs Committee, Chair, Foreign "
        "Affairs Sub-Committee on the Overseas Territories, Chair, Foreign Affairs Sub-Committee "
        "on the Overseas Territories",
        (
            "Chair, Foreign Affairs Committee",
            "Chair, Foreign Affairs Sub-Committee on the Overseas Territories",
        ),
        None,
        None,
        (),
        "a piece naming no office continues the office; duplicates dropped",
    ),
    (
        "Minister of State (Ministry of Defence) (Minister for the Armed Forces)",
        ("Minister of State (Ministry of Defence) (Minister for the Armed Forces)",),
        None,
        None,
        (),
        "parentheses are part of the office",
    ),
    (
        "Shadow Minister (Business, Energy and Industrial Strategy), Shadow Minister (Science, "
        "Research and Innovation)",
        (
            "Shadow Minister (Business, Energy and Industrial Strategy)",
            "Shadow Minister (Science, Research and Innovation)",
        ),
        None,
        None,
        (),
        "commas inside parentheses do not split",
    ),
    ("Conservative, Wrexham", (), "Conservative", "Wrexham", (), "backbencher"),
    (
        "Labour/Co-operative, Leeds North West",
        (),
        "Labour/Co-operative",
        "Leeds North West",
        (),
        "backbencher, compound party",
    ),
    (
        "Labour, Liverpool, Riverside",
        (),
        "Labour",
        "Liverpool, Riverside",
        (),
        "constituency with a comma",
    ),
    ("Scottish National Party", (), "Scottish National Party", None, (), "party only"),
    ("UUP", (), "UUP", None, (), "party abbreviation only"),
    (
        "The Prime Minister, Leader of the Conservative Party",
        ("The Prime Minister", "Leader of the Conservative Party"),
        None,
        None,
        ("Conservative",),
        "two offices; party leader",
    ),
    (
        "Chair, Intelligence and Security Committee of Parliament",
        ("Chair, Intelligence and Security Committee of Parliament",),
        None,
        None,
        (),
        "one office with a comma",
    ),
    (
        "Shadow DUP Spokesperson (Education), Liberal Democrat Lords Spokesperson (Transport), "
        "Shadow DUP Spokesperson (Transport)",
        (
            "Shadow DUP Spokesperson (Education)",
            "Liberal Democrat Lords Spokesperson (Transport)",
            "Shadow DUP Spokesperson (Transport)",
        ),
        None,
        None,
        ("DUP", "Liberal Democrat", "DUP"),
        "two parties named in offices",
    ),
    (
        "The Minister of State, Foreign, Commonwealth and Development Office",
        ("The Minister of State, Foreign, Commonwealth and Development Office",),
        None,
        None,
        (),
        "department with commas",
    ),
    (
        "Shadow Minister (Green Finance)",
        ("Shadow Minister (Green Finance)",),
        None,
        None,
        (),
        "a party word inside a portfolio is not the party",
    ),
    ("(Warley) (Lab)", (), "Labour", "Warley", (), "Hansard: constituency then party"),
    (
        "(Liverpool, Riverside) (Lab)",
        (),
        "Labour",
        "Liverpool, Riverside",
        (),
        "Hansard: constituency with a comma",
    ),
    ("(Con)", (), "Conservative", None, (), "Hansard: party only"),
    ("(LD) [V]", (), "Liberal Democrat", None, (), "virtual-participation marker ignored"),
    ("(Non-Afl) [V]", (), "Non-affiliated", None, (), "non-affiliated peer"),
    ("The Deputy Speaker (Lab)", ("The Deputy Speaker",), "Labour", None, (), "office then party"),
    (
        "(The Minister of State, Ministry of Justice)",
        ("The Minister of State, Ministry of Justice",),
        None,
        None,
        (),
        "office in parentheses (blog order)",
    ),
    (
        "Con; South Holland and The Deepings",
        (),
        "Conservative",
        "South Holland and The Deepings",
        (),
        "three-line header joined with '; '",
    ),
    ("Croydon North East", (), None, "Croydon North East", (), "constituency only"),
    ("Mr Deputy Speaker", ("Mr Deputy Speaker",), None, None, (), "chair"),
    (None, (), None, None, (), "no role text"),
]


@pytest.mark.parametrize(
    ("text", "offices", "party", "constituency", "office_parties", "why"),
    ROLE_CASES,
    ids=[case[-1] for case in ROLE_CASES],
)
def test_role_text(text, offices, party, constituency, office_parties, why):
    info = parse_role_text(text)
    assert info.roles == offices, f"{why}: {text!r} -> {info}"
    assert info.party == party, f"{why}: {text!r} -> {info}"
    assert info.constituency == constituency, f"{why}: {text!r} -> {info}"
    assert info.office_parties == office_parties, f"{why}: {text!r} -> {info}"


def test_split_top_level_keeps_brackets_whole():
    assert split_top_level("A (b, c), D [e, f], G") == ["A (b, c)", "D [e, f]", "G"]
    assert split_top_level("unbalanced) , x") == ["unbalanced)", "x"]
