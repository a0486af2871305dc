"""Name and office keys: the tables that decide which printed forms meet which names."""

from __future__ import annotations

import pytest

from debateparse.registry.names import name_key, name_variants, person_key
from debateparse.registry.offices import office_forms, office_key, office_matches

# (printed, person key, description) in dateutil's PARSER_TEST_CASES style.
PERSON_KEYS = [
    ("Jim Shannon", "jim shannon", "plain name"),
    ("Mr Jim Shannon", "jim shannon", "Mr stripped"),
    ("Mr. Jim Shannon", "jim shannon", "Mr. with a full stop"),
    ("Rt Hon Sir Julian Lewis", "julian lewis", "Rt Hon and Sir stripped in turn"),
    ("The Rt Hon Dame Eleanor Laing MP", "eleanor laing", "styles and post-nominal"),
    ("Dr Liam Fox", "liam fox", "Dr stripped"),
    ("Ms Nia Griffith", "nia griffith", "Ms before the name is a style"),
    ("Jane Hutt MS", "jane hutt", "MS after the name is a post-nominal"),
    ("Mrs Sharon Hodgson", "sharon hodgson", "Mrs stripped"),
    ("hon. Jim Shannon", "jim shannon", "hon. stripped"),
    ("Lord Coaker", "lord coaker", "a peer's title is part of the name"),
    ("Baroness Smith of Basildon", "baroness smith of basildon", "territorial title kept whole"),
    ("The Earl of Arran", "earl of arran", "The before a peerage title dropped"),
    ("The Lord Bishop of Ely", "bishop of ely", "a bishop is listed by his see: Lord goes"),
    ("Rt Hon Lord Coaker", "lord coaker", "style before a peer's title"),
    ("Martin Docherty-Hughes", "martin docherty hughes", "hyphen is a space"),
    ("Seán O'Brien", "sean obrien", "accents and apostrophes dropped"),
    ("Ian Paisley Jnr", "ian paisley jnr", "generational suffix kept in the key"),
    ("Mr Speaker", "speaker", "Mr stripped (role-only names use office_key instead)"),
]


@pytest.mark.parametrize(("printed", "expected", "description"), PERSON_KEYS)
def test_person_key(printed: str, expected: str, description: str) -> None:
    assert person_key(printed) == expected, f"{printed!r}: {description}"


def test_name_key_keeps_every_word() -> None:
    assert name_key("Rt Hon Sir Julian Lewis MP") == "rt hon sir julian lewis mp"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Jim Shannon", ("jim shannon",)),
        ("Ian Paisley Jnr", ("ian paisley jnr", "ian paisley")),
        ("John A. Smith", ("john a smith", "john smith")),
        ("Lord Smith of Finsbury", ("lord smith of finsbury",)),
    ],
)
def test_name_variants(printed: str, expected: tuple[str, ...]) -> None:
    assert name_variants(printed) == expected, printed


OFFICE_KEYS = [
    ("Mr Speaker", "speaker"),
    ("Madam Deputy Speaker", "deputy speaker"),
    ("The Deputy Prime Minister", "deputy prime minister"),
    ("The Minister of State, Ministry of Defence", "minister of state ministry of defence"),
    ("Y Llywydd", "llywydd"),
    (
        "Secretary of State for Environment, Food & Rural Affairs",
        "secretary of state for environment food and rural affairs",
    ),
]


@pytest.mark.parametrize(("printed", "expected"), OFFICE_KEYS)
def test_office_key(printed: str, expected: str) -> None:
    assert office_key(printed) == expected, printed


# (printed role-only name, office as the registry or an earlier header gives it, matches?)
OFFICE_MATCHES = [
    ("The Minister of State", "The Minister of State, Ministry of Defence", True),
    (
        "The Minister of State",
        "Minister of State (Ministry of Defence) (Minister for the Armed Forces)",
        True,
    ),
    (
        "The Minister for the Armed Forces",
        "Minister of State (Ministry of Defence) (Minister for the Armed Forces)",
        True,
    ),
    ("The Minister", "Minister of State (Ministry of Defence)", True),
    ("The Minister of State, Ministry of Defence", "Minister of State, Ministry of Defence", True),
    ("Mr Speaker", "Speaker of the House of Commons", True),
    ("Mr Speaker", "Speaker", True),
    ("Mr Speaker", "Deputy Speaker (Lords)", False),
    ("Madam Deputy Speaker", "Deputy Speaker (First Deputy Chairman of Ways and Means)", True),
    ("Madam Deputy Speaker", "Deputy Speaker and Chairman of Ways and Means", True),
    ("Madam Deputy Speaker", "Chairman of Ways and Means", True),
    ("The Deputy Prime Minister", "Deputy Prime Minister and First Secretary of State", True),
    ("The Deputy Prime Minister", "First Secretary of State and Deputy Prime Minister", True),
    ("The Prime Minister", "The Deputy Prime Minister", False),
    ("The First Minister", "First Minister", True),
    ("The First Minister", "Deputy First Minister", False),
    ("The Secretary of State", "Secretary of State for Defence", True),
    ("The Minister of State", "Parliamentary Under-Secretary of State", False),
    ("The Presiding Officer", "Llywydd", True),
]


@pytest.mark.parametrize(("printed", "office", "expected"), OFFICE_MATCHES)
def test_office_matches(printed: str, office: str, expected: bool) -> None:
    forms = office_forms(office)
    assert office_matches(office_key(printed), forms) is expected, (printed, office, forms)
