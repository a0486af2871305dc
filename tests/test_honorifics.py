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
