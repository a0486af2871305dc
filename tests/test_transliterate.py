"""Slugs and XML ids spell Latin-script names in ASCII ("Łukasz" -> "lukasz")."""

from __future__ import annotations

import re
import unicodedata

import pytest

from debateparse import parse_text
from debateparse.export import to_akoma_ntoso, to_parlamint_tei
from debateparse.export.people import role_id
from debateparse.export.tei_persons import party_id
from debateparse.normalize import slugify
from debateparse.transliterate import LATIN_LETTERS, to_ascii

CASES = [
    ("Łukasz", "lukasz"),
    ("Siân Gwenllian", "sian-gwenllian"),
    ("Ó Murchú", "o-murchu"),
    ("Dáithí McKay", "daithi-mckay"),
    ("Hans Groß", "hans-gross"),
    ("HANS GROẞ", "hans-gross"),
    ("Øystein Ærø", "oystein-aero"),
    ("Þórdís Gylfadóttir", "thordis-gylfadottir"),
    ("Đorđe Đukić", "dorde-dukic"),
    ("Zoë Ångström-Noël", "zoe-angstrom-noel"),
    ("Grzegorz Brzęczyszczykiewicz", "grzegorz-brzeczyszczykiewicz"),
    ("Çağrı Şahin", "cagri-sahin"),
    ("İlhan Omar", "ilhan-omar"),
    ("Ffion Llŷr", "ffion-llyr"),
    ("Mr. Speaker", "mr-speaker"),
    ("Mr Nigel Evans", "nigel-evans"),
    ("Владимир", "владимир"),  # other scripts are kept: still letters, still valid ids
]


@pytest.mark.parametrize(("name", "slug"), CASES)
def test_slugs(name, slug):
    assert slugify(name) == slug, name


def test_every_latin_1_and_extended_a_letter_becomes_ascii():
    letters = [
        chr(code)
        for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1E9C)]
        if unicodedata.category(chr(code)).startswith("L")
    ]
    left = [c for c in letters[: 0x180 - 0xC0] if not to_ascii(c).isascii()]
    assert left == []  # Latin-1 Supplement and Latin Extended-A: every letter
    later = [c for c in letters if not to_ascii(c).isascii()]
    assert len(later) < 40  # Extended-B's tone letters, clicks, yogh and wynn are kept
    assert to_ascii("ƀ Ǝ ǝ Ʌ") == "b E e V"  # the base letter of a Latin letter's name


def test_table_spells_only_letters_without_a_decomposition():
    for letter, spelling in LATIN_LETTERS.items():
        decomposed = unicodedata.normalize("NFKD", letter)
        assert decomposed == letter or not decomposed.isalpha(), letter
        assert spelling.isascii()


def test_ascii_text_is_unchanged_and_accents_go():
    assert to_ascii("O'Brien (Con)") == "O'Brien (Con)"
    assert to_ascii("Sea\u0301n") == "Sean"  # a combining accent, not a composed letter


TRANSCRIPT = """INTERVIEWER: Good morning. Who are you?

ŁUKASZ KRUPA: I am the member.

SIÂN GWENLLIAN: And I am too.

INTERVIEWER: Thank you both.
"""


def test_speaker_ids_and_xml_ids_are_ascii():
    debate = parse_text(TRANSCRIPT)
    assert list(debate.speakers) == ["interviewer", "lukasz-krupa", "sian-gwenllian"]
    for xml in (to_parlamint_tei(debate), to_akoma_ntoso(debate)):
        text = xml if isinstance(xml, str) else xml.decode("utf-8")
        ids = re.findall(r'(?:xml:id|eId|who|by|href)="([^"]*)"', text)
        assert any("lukasz-krupa" in i for i in ids), ids
        assert all(i.isascii() for i in ids), [i for i in ids if not i.isascii()]
        assert "_141_" not in text and "_142_" not in text  # no escaped "Ł"/"ł"
    assert role_id("Llywydd Dros Dro Siân") == "role.llywydd-dros-dro-sian"
    assert party_id("Plaid Cymru – Ŵ") == "party.plaid-cymru-w"
