"""Hand-built debates for export tests: turn kinds and speakers the parser rarely makes."""

from __future__ import annotations

import datetime as dt

from debateparse import Debate, Resolution, Speaker
from debateparse.models import Division, Paragraphs, Span, Speakers, Turn, Turns

SHANNON = "uk.org.publicwhip/person/13864"


def resolved(debate: Debate, speaker_id: str, member_id: str, **ids: str) -> Debate:
    """``debate`` with one speaker resolved to ``member_id`` (ids by scheme)."""
    resolution = Resolution(member_id=member_id, ids=ids, method="exact", score=1.0)
    speakers = debate.speakers.replace(speaker_id, member_id=member_id, resolution=resolution)
    return debate.model_copy(update={"speakers": speakers})


def make_turn(
    index: int,
    line: int,
    speaker: Speaker,
    paragraphs: list[tuple[str, str]],
    *,
    kind: str = "speech",
    role_text: str | None = None,
    time: dt.time | None = None,
) -> Turn:
    """A turn whose header is printed on ``line`` and whose paragraphs ``(kind, text)``
    follow one per line."""
    lines = list(range(line + 1, line + 1 + len(paragraphs)))
    texts = [text for _, text in paragraphs]
    words = sum(len(t.split()) for k, t in paragraphs if k == "text")
    header = speaker.name + (f" {role_text}" if role_text else "")
    return Turn(
        index=index,
        kind=kind,
        speaker_id=speaker.id,
        speaker_name=speaker.name,
        role_text=role_text,
        roles=speaker.roles,
        time=time,
        header=Paragraphs([header], [line]),
        paragraphs=Paragraphs(texts, lines, kinds=[k for k, _ in paragraphs]),
        word_count=words,
        span=Span(start_line=line, end_line=lines[-1] if lines else line, start=0, end=0),
    )


def sitting() -> Debate:
    """A Commons sitting with a chair, a guest, a collective interjection with no speech,
    a procedural turn, procedural and marker paragraphs, a preamble, a division and a
    resolved member."""
    chair = Speaker(id="madam-deputy-speaker", name="Madam Deputy Speaker", kind="role")
    health = "Shadow DUP Spokesperson (Health)"
    shannon = Speaker(id="jim-shannon", name="Jim Shannon", party="DUP", roles=(health,))
    witness = Speaker(id="eamonn-boylan", name="Eamonn Boylan", roles=("Witness",))
    rose = "Several hon. Members rose—"
    members = Speaker(id="several-hon-members", name=rose, kind="collective")
    clerk = Speaker(id="the-clerk", name="The Clerk", kind="role")
    speakers = {s.id: s for s in (chair, shannon, witness, members, clerk)}
    turns = [
        make_turn(0, 5, chair, [("text", "Order. Question: Jim Shannon.")], time=dt.time(12, 35)),
        make_turn(
            1,
            8,
            shannon,
            [
                ("marker", "(Translated)"),
                ("text", "Thank you.\tIt is much  appreciated."),
                ("stage", "[Interruption.]"),
                ("procedural", "Question put."),
                ("text", "Control\x0bcharacters go—[Laughter.] Yes."),
            ],
            role_text=health,
        ),
        make_turn(2, 14, witness, [("text", "We gave evidence.")]),
        make_turn(3, 17, members, [], kind="interjection"),
        make_turn(4, 19, clerk, [("procedural", "Question put and agreed to.")], kind="procedural"),
    ]
    debate = Debate(
        title="  Ukraine   and Georgia ",
        parent_title="Defence",
        house="House of Commons",
        date=dt.date(2024, 5, 15),
        dialect="twfy",
        source="built/sitting.txt",
        preamble=Paragraphs(
            ["Eamonn Boylan gave evidence.", "(Applause.)"], [3, 4], kinds=["text", "stage"]
        ),
        unattributed=Paragraphs(["House adjourned."], [30]),
        turns=Turns.of(turns),
        speakers=Speakers.of(speakers),
        divisions=(
            Division(
                ayes=300,
                noes=200,
                after_turn=4,
                lines=Paragraphs(["The House divided: Ayes 300, Noes 200."], [25]),
                span=Span(start_line=25, end_line=25, start=0, end=0),
            ),
        ),
    )
    return resolved(debate, "jim-shannon", SHANNON, datadotparl_id="4131", wikidata="Q6194387")


def empty(title: str | None = "Nothing said", date: dt.date | None = None) -> Debate:
    """A debate with no turns and no text at all."""
    return Debate(title=title, date=date, dialect="twfy")


def no_speech() -> Debate:
    """A debate whose only turns have no speech: it has turns but nothing to make a ``u``."""
    members = Speaker(id="hon-members", name="Hon. Members", kind="collective")
    turns = [make_turn(0, 3, members, [], kind="interjection")]
    return Debate(
        title="Quiet",
        dialect="twfy",
        turns=Turns.of(turns),
        speakers=Speakers.of({members.id: members}),
    )
