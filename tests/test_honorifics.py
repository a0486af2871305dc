"""The one vocabulary of styles and suffixes, as its three readers see it."""

from __future__ import annotations

import pytest

from debateparse import honorifics
from debateparse.export.people import name_parts
from debateparse.headers import HONORIFICS
from debateparse.registry import names


def test_readers_take_their_tables_from_the_vocabulary() -> None:
    assert HONORIFICS is honorifics.HEADER_STYLES
    assert names.HONORIFICS is honorifics.KEY_STYLES
    assert names.SUFFIXES is honorifics.KEY_POST_NOMINALS
    assert names.PEERAGE_TITLES is honorifics.KEY_PEERAGE_TITLES
    # The resolver's smaller tables too: sees, sex-saying and surname-only styles.
    assert names.MALE_STYLES is honorifics.KEY_MALE_STYLES
    assert names.FEMALE_STYLES is honorifics.KEY_FEMALE_STYLES
    assert names.SURNAME_STYLES is honorifics.KEY_SURNAME_STYLES
    assert names._SEES is honorifics.KEY_SEE_TITLES
    from debateparse.registry import match

    assert match._DESIGNATED is honorifics.KEY_BARONIAL_TITLES


def test_no_reader_keeps_a_list_of_its_own() -> None:
    # The words of the vocabulary are string constants only in honorifics.py (docstrings,
    # which quote examples, aside).
    import ast
    import pathlib

    import debateparse

    root = pathlib.Path(debateparse.__file__).parent
    words = {"baroness", "viscountess", "countess", "dame", "mrs", "kbe", "jnr", "bishop"}
    readers = ["headers.py", "registry/names.py", "registry/match.py", "export/people.py"]
    for reader in readers:
        tree = ast.parse((root / reader).read_text(encoding="utf-8"))
        docstrings = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        }
        constants = {
            node.value.casefold()
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        }
        assert not constants & words, (reader, constants & words)


def test_hon_is_not_a_header_style() -> None:
    # "Hon. Members" is a collective, not a person called Members.
    assert "Hon" not in honorifics.HEADER_STYLES
    assert "Hon" in honorifics.COMMONER_STYLES


@pytest.mark.parametrize(
    ("printed", "surname"),
    [
        ("Sir John Smith KBE", "Smith"),
        ("Jane Hutt AM", "Hutt"),
        ("Rt Hon Ann Jones PC", "Jones"),
        ("Dame Joan Ruddock DBE", "Ruddock"),
        ("Ian Paisley Jnr", "Paisley"),
    ],
)
def test_splitter_never_makes_a_post_nominal_a_surname(printed: str, surname: str) -> None:
    parts = name_parts(printed)
    assert parts is not None and parts.surname == surname


def test_family_name_from_the_registry_is_the_surname() -> None:
    from debateparse.name_split import name_parts as split

    parts = split("Iain Duncan Smith", "Duncan Smith")
    assert parts is not None and (parts.forenames, parts.surname) == (("Iain",), "Duncan Smith")
    assert split("Mr Lansley") is None  # a surname alone is kept whole


def test_registry_name_parts_use_the_registry_name_and_family() -> None:
    from debateparse import Speaker
    from debateparse.name_split import registry_name_parts
    from debateparse.registry.core import Registry
    from debateparse.registry.model import Person, PersonName

    registry = Registry(
        [Person("p1", "Gordon Brown", names=(PersonName("Gordon Brown", True, family="Brown"),))]
    )
    printed = Speaker(id="gordon-brown", name="GORDON BROWN", kind="member", member_id="p1")
    parts = registry_name_parts(printed, registry)
    assert parts is not None and (parts.forenames, parts.surname) == (("Gordon",), "Brown")
    unresolved = Speaker(id="x", name="SIR JOHN SMITH KBE", kind="member")
    parts = registry_name_parts(unresolved, None)
    assert parts is not None and parts.surname == "Smith"
