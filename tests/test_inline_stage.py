"""Stage directions printed inside a speech line become ``stage`` paragraphs of the same
line: out of ``Turn.text``, exported as ParlaMint ``kinesic``/``vocal`` between ``seg``s
and as Akoma Ntoso remarks, with the input still rendered line for line."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import debateparse
from debateparse.export.text import canonical_layout
from debateparse.inline_stage import split_inline_stages, stage_pieces
from debateparse.models import Paragraphs
from tests.conftest import FIXTURES, SHARED

HISTORIC = FIXTURES / "hansard/121-historic-commons-1968-office-header-time-line.txt"
CHAIR_NOTICE = FIXTURES / "parallelparliament/114-commons-2024-day-listing-chair-notice.txt"
TEI = {"t": "http://www.tei-c.org/ns/1.0"}
AKN = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}

PIECES = [
    # (printed line, [(text, kind)])
    (
        "read a Second time.—[Laughter.]—the Third time.",
        [("read a Second time.—", "text"), ("[Laughter.]", "stage"), ("—the Third time.", "text")],
    ),
    (
        "all the things I delegate. [Laughter.] Thank you, Eleanor.",
        [
            ("all the things I delegate.", "text"),
            ("[Laughter.]", "stage"),
            ("Thank you, Eleanor.", "text"),
        ],
    ),
    (
        'I will give way. [Hon. Members: "Hear, hear!"] I thank him.',
        [
            ("I will give way.", "text"),
            ('[Hon. Members: "Hear, hear!"]', "stage"),
            ("I thank him.", "text"),
        ],
    ),
    ("(Interruption.) Order.", [("(Interruption.)", "stage"), ("Order.", "text")]),
    (
        "I commend the Bill to the House. Hon. Members: Hear, hear! I thank them.",
        [
            ("I commend the Bill to the House.", "text"),
            ("Hon. Members: Hear, hear!", "stage"),
            ("I thank them.", "text"),
        ],
    ),
    ("Order. Hon. Members: No!", [("Order.", "text"), ("Hon. Members: No!", "stage")]),
    (
        "I say to hon. Members: the time is short.",
        [("I say to hon. Members: the time is short.", "text")],
    ),
    (
        "No stage direction (in brackets) here.",
        [("No stage direction (in brackets) here.", "text")],
    ),
]


@pytest.mark.parametrize(("printed", "expected"), PIECES)
def test_a_line_is_cut_at_its_stage_directions(printed, expected):
    pieces = stage_pieces(printed)
    assert [(text, kind) for text, _, kind in pieces] == expected, printed
    assert "".join(raw if raw is not None else text for text, raw, _ in pieces) == printed


@given(st.lists(st.sampled_from(["Yes.", " ", "[Laughter.]", "(Interruption.)", "—", "no"])))
def test_the_pieces_always_give_the_line_back(parts):
    printed = "".join(parts).strip() or "x"
    pieces = stage_pieces(printed)
    assert "".join(raw if raw is not None else text for text, raw, _ in pieces) == printed
    assert all(text for text, _, _ in pieces)


def test_paragraphs_without_stage_directions_are_left_alone():
    paragraphs = Paragraphs(["Plain (words).", "[Laughter.]"], [3, 4], kinds=["text", "stage"])
    assert split_inline_stages(paragraphs) is paragraphs


@pytest.fixture(scope="module")
def historic():
    return debateparse.parse_debate(HISTORIC)


def _turn_with(debate, words):
    return next(t for t in debate.turns if any(words in p.printed for p in t.paragraphs))


def test_the_stage_direction_is_its_own_paragraph_out_of_the_speech(historic):
    turn = _turn_with(historic, "[Laughter.]")
    assert "Laughter" not in turn.text
    assert "read a Second time.——the Third time." in turn.text  # one line: joined as printed
    kinds = [
        (p.kind, p.text) for p in turn.paragraphs if "Third time" in p.printed or p.kind == "stage"
    ]
    assert ("stage", "[Laughter.]") in kinds
    lines = {p.line for p in turn.paragraphs if p.kind == "stage"}
    assert len(lines) == 1 and lines <= {p.line for p in turn.paragraphs if p.kind == "text"}


@pytest.mark.parametrize("path", [HISTORIC, CHAIR_NOTICE], ids=lambda p: p.stem)
def test_the_input_is_still_rendered_line_for_line(path):
    text = path.read_text(encoding="utf-8")
    debate = debateparse.parse_debate(path)
    assert any(p.kind == "stage" for t in debate.turns for p in t.paragraphs)
    assert debate.to_text() == canonical_layout(text)
    assert debateparse.Debate.model_validate_json(debate.to_json()) == debate


def test_parlamint_puts_it_between_the_segs_of_the_u(historic):
    from debateparse.export.tei import to_parlamint_tei

    root = etree.fromstring(to_parlamint_tei(historic, published=dt.date(2026, 1, 2)).encode())
    kinesic = root.find(".//t:u/t:kinesic", TEI)
    assert kinesic is not None and kinesic.get("type") == "laughter"
    assert kinesic.findtext("t:desc", namespaces=TEI) == "[Laughter.]"
    before, after = kinesic.getprevious(), kinesic.getnext()
    assert etree.QName(before).localname == etree.QName(after).localname == "seg"
    assert before.text.endswith("Second time.—") and after.text == "—the Third time."
    assert not [s for s in root.iterfind(".//t:seg", TEI) if "Laughter" in "".join(s.itertext())]


def test_akoma_ntoso_writes_it_as_a_remark(historic):
    from debateparse.export.akn import to_akoma_ntoso

    root = etree.fromstring(to_akoma_ntoso(historic, published=dt.date(2026, 1, 2)).encode())
    remark = next(r for r in root.iterfind(".//a:speech//a:remark", AKN) if "Laughter" in r.text)
    assert remark.get("type") == "sceneDescription"
    texts = ["".join(p.itertext()).strip() for p in root.iterfind(".//a:speech/a:p", AKN)]
    assert not [t for t in texts if "Laughter" in t and t != "[Laughter.]"]


@pytest.mark.parametrize("dialect", ["hansard", "twfy", "parallelparliament", "transcript"])
@pytest.mark.parametrize(
    "stage",
    [
        "[Interruption.]",
        "(Laughter.)",
        '[Hon. Members: "Hear, hear!"]',
        "Hon. Members: Hear, hear!",
    ],
)
def test_every_dialect_cuts_a_stage_direction_out_of_a_line(dialect, stage):
    from tests.test_stage import PAGES

    page = PAGES[dialect].format(stage="Order.")
    question = next(
        q for q in ("What steps is he taking?", "What steps are you taking?") if q in page
    )
    page = page.replace(question, f"{question} {stage} He must answer.")
    debate = debateparse.parse_text(page, dialect=dialect)
    first = debate.turns[0]
    assert [(p.kind, p.text) for p in first.paragraphs][:3] == [
        ("text", question),
        ("stage", stage),
        ("text", "He must answer."),
    ], dialect
    assert first.text.startswith(f"{question} He must answer.")
    assert debate.to_text() == canonical_layout(page)


DAY = SHARED / "registry" / "raw" / "mysoc-validator" / "debates2023-03-28d.xml"


@pytest.mark.skipif(not DAY.exists(), reason="../shared not present")
def test_parlparse_paragraphs_are_cut_too():
    """The real day prints "[Interruption.]" 17 times inside a ``<p>``: each is a stage
    piece (with the ``<p>``'s pid) out of ``Turn.text``, a ``vocal`` between ``seg``s, and
    the day still renders as TheyWorkForYou text paragraph for paragraph."""
    from debateparse.export.tei import to_parlamint_tei

    day = list(debateparse.iter_debates(DAY))
    stages = [
        (turn, p) for d in day for turn in d.turns for p in turn.paragraphs if p.kind == "stage"
    ]
    assert len(stages) == 17 and {p.text for _, p in stages} == {"[Interruption.]"}
    assert all(p.pid for _, p in stages)
    assert not [t for t, _ in stages if "Interruption" in t.text]
    vocals = [
        v
        for d in day
        for v in etree.fromstring(
            to_parlamint_tei(d, published=dt.date(2026, 1, 2)).encode()
        ).iterfind(".//t:u/t:vocal", TEI)
    ]
    assert len(vocals) == 17
    rendered = "\n".join(d.to_text() for d in day)
    assert rendered.count("[Interruption.]") == 17


def test_what_was_printed_before_the_text_stays_with_the_first_piece():
    """A paragraph mark or indentation before the speech ("§ ", raw) is not text."""
    paragraphs = Paragraphs(["Yes. [Laughter.] No."], [7], raws=["§ Yes. [Laughter.] No."])
    cut = split_inline_stages(paragraphs)
    assert [(p.text, p.raw, p.kind) for p in cut] == [
        ("Yes.", "§ Yes.", "text"),
        ("[Laughter.]", " [Laughter.]", "stage"),
        ("No.", " No.", "text"),
    ]
    assert "".join(p.printed for p in cut) == "§ Yes. [Laughter.] No."
