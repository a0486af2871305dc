"""What a ParlParse ``<p>`` says of itself is kept (``class``, ``pwmotiontext``, every
``qnum``), and XML-derived spans point at the element in the file: its lines and the
character offsets from its ``<`` to just past its end tag."""

from __future__ import annotations

import io

import pytest
from lxml import etree

from debateparse import Debate, iter_debates, parse_text, turns_table
from debateparse.export.akn import to_akoma_ntoso
from debateparse.export.tei import TEI_NS, to_parlamint_tei
from tests.conftest import FIXTURES, PARLPARSE_DAY

EXCERPT = FIXTURES / "parlparse" / "debates2023-03-28d-excerpt.xml"
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# A grouped answer (two tabled questions in one speech), an italic line and a motion.
GROUPED = (
    "<publicwhip>\n"
    '<minor-heading id="uk.org.publicwhip/debate/2024-01-02a.1.0">Prisons</minor-heading>\n'
    '<speech id="uk.org.publicwhip/debate/2024-01-02a.1.1" speakername="A Member" '
    'type="Start Question" oral-qnum="1" person_id="uk.org.publicwhip/person/1">\n'
    '  <p pid="a/1" qnum="900001">What steps he is taking on prisons.</p>\n'
    '  <p pid="a/2" qnum="900005">What steps he is taking on probation.</p>\n'
    "</speech>\n"
    '<speech id="uk.org.publicwhip/debate/2024-01-02a.1.2" nospeaker="true">\n'
    '  <p pid="b/1" class="italic">rose—</p>\n'
    '  <p pid="b/2" class="indent" pwmotiontext="yes">That this House approves the '
    "order.</p>\n"
    "</speech>\n"
    '<speech id="uk.org.publicwhip/debate/2024-01-02a.1.3" speakername="B Member" '
    'person_id="uk.org.publicwhip/person/2"/>\n'
    '<speech id="uk.org.publicwhip/debate/2024-01-02a.1.4" speakername="C Member" '
    'person_id="uk.org.publicwhip/person/3">\n  <p pid="c/1">I beg to move,</p>\n'
    '  <p pid="c/2" class="indent" pwmotiontext="yes">That the Bill be read a second time.</p>\n'
    "</speech>\n</publicwhip>\n"
)


def test_every_qnum_of_a_speech_is_kept():
    question, motion, *_ = parse_text(GROUPED).turns
    assert question.ref is not None and question.ref.qnums == ("900001", "900005")
    assert question.ref.oral_qnum == "1"
    assert motion.ref is not None and motion.ref.qnums == ()
    # Rendered as TheyWorkForYou prints a tabled number, one after another.
    assert "What steps he is taking on prisons. (900001) (900005)" in parse_text(GROUPED).to_text()


def test_p_class_and_motion_text_are_kept_in_the_model():
    motion = parse_text(GROUPED).turns[1]
    assert [(p.kind, p.style, p.pid) for p in motion.paragraphs] == [
        ("text", "italic", "b/1"),
        ("motion", "indent", "b/2"),
    ]
    # Motion text is words spoken (read out): in the speech text and word count.
    assert motion.text == "rose—\n\nThat this House approves the order."
    assert motion.word_count == 7


def test_paragraph_attributes_survive_json_pickle_and_tables():
    import pickle

    debate = parse_text(GROUPED)
    again = Debate.model_validate_json(debate.to_json())
    assert again == debate
    assert again.turns[1].paragraphs[1].style == "indent"
    assert pickle.loads(pickle.dumps(debate)) == debate
    dumped = debate.model_dump(mode="json")["turns"][1]["paragraphs"][1]
    assert (dumped["kind"], dumped["style"]) == ("motion", "indent")
    row = turns_table(debate)[1]
    assert "That this House approves the order." in row["text"]


def test_motion_text_exports_to_tei_and_akoma_ntoso():
    debate = parse_text(GROUPED)
    tei = etree.fromstring(to_parlamint_tei(debate).encode("utf-8"))
    segs = [s.text for s in tei.iter(f"{{{TEI_NS}}}seg")]
    assert "That the Bill be read a second time." in segs  # spoken: a seg of the u
    akn = etree.fromstring(to_akoma_ntoso(debate).encode("utf-8"))
    classes = {p.text: p.get("class") for p in akn.iter(f"{{{AKN_NS}}}p")}
    assert classes["That the Bill be read a second time."] == "motion indent"
    assert classes["I beg to move,"] is None


def test_spans_point_at_the_elements_in_the_xml():
    debate = parse_text(GROUPED)
    question, motion, empty, _ = debate.turns
    assert (question.span.start_line, question.span.end_line) == (3, 6)
    assert GROUPED[question.span.start : question.span.end].startswith("<speech id=")
    assert GROUPED[question.span.start : question.span.end].endswith("</speech>")
    assert (motion.span.start_line, motion.span.end_line) == (7, 10)
    piece = GROUPED[empty.span.start : empty.span.end]
    assert piece.startswith("<speech") and piece.endswith('person/2"/>') and "\n" not in piece
    # The same offsets whether read from bytes or from text.
    by_bytes = next(iter_debates(io.BytesIO(GROUPED.encode("utf-8"))))
    assert [t.span for t in by_bytes.turns] == [t.span for t in debate.turns]


def test_offsets_count_characters_after_a_declaration_and_non_ascii_text():
    xml = "<?xml version='1.0' encoding='utf-8'?>\n" + GROUPED.replace("Prisons", "Prisons é—")
    for debate in (parse_text(xml), next(iter_debates(io.BytesIO(xml.encode("utf-8"))))):
        for turn in debate.turns:
            assert xml[turn.span.start : turn.span.start + 7] == "<speech"
            assert xml.count("\n", 0, turn.span.start) + 1 == turn.span.start_line


def test_the_excerpt_spans_are_the_speech_elements():
    text = EXCERPT.read_text(encoding="utf-8")
    for debate in iter_debates(EXCERPT):
        for turn in debate.turns:
            piece = text[turn.span.start : turn.span.end]
            assert piece.startswith("<speech") and piece.endswith("</speech>"), turn.span
            assert piece.count("<speech") == 1
            assert text.count("\n", 0, turn.span.end) + 1 == turn.span.end_line


@pytest.mark.skipif(not PARLPARSE_DAY.exists(), reason="../shared not present")
def test_the_real_day_keeps_classes_motions_and_exact_spans(parlparse_day):
    text = PARLPARSE_DAY.read_text(encoding="utf-8")
    paragraphs = [p for d in parlparse_day for t in d.turns for p in t.paragraphs]
    assert sum(p.kind == "motion" for p in paragraphs) == 103
    assert sum(p.style == "indent" for p in paragraphs) == 199
    assert sum(p.style == "italic" for p in paragraphs) == 4
    assert sum(len(t.ref.qnums) for d in parlparse_day for t in d.turns if t.ref) == 26
    for debate in parlparse_day:
        for turn in debate.turns:
            piece = text[turn.span.start : turn.span.end]
            assert piece.startswith("<speech") and piece.endswith("</speech>"), turn.span
            assert text.count("\n", 0, turn.span.start) + 1 == turn.span.start_line
        for division in debate.divisions:
            piece = text[division.span.start : division.span.end]
            assert piece.startswith("<division ") and piece.endswith("</division>")
            assert text.count("\n", 0, division.span.end) + 1 == division.span.end_line
