"""Tidy tables: a ``Debate`` -> rows of plain values, one table per kind of thing.

Four tables, each a fixed list of ``Column``s (name, dtype, nullability, meaning) that
``docs/formats.md`` documents and the Arrow, pandas, CSV and Parquet writers all follow:

* ``debates``: one row per debate;
* ``turns``: one row per turn;
* ``speakers``: one row per speaker of a debate;
* ``diagnostics``: one row per diagnostic;
* ``divisions``: one row per division (recorded vote);
* ``votes``: one row per member's vote in a division, when the source lists them with
  person ids (ParlParse XML); joins to ``turns`` and ``speakers`` by ``member_id``.

Rows are built from the stored records (``Debate.turns.records``, ``speakers.records``),
so no pydantic object is made per turn. ``debate_id`` is the key of every table: a
readable slug of the sitting (date, house, title) and a short hash of the source path and
the content, so it differs for the same file in two folders and for two same-titled
sections of one sitting, and is the same every time the same input is parsed.
``(debate_id, index)`` identifies a turn and ``(debate_id, speaker_id)`` a speaker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal, NamedTuple

from debateparse.models import Debate
from debateparse.name_split import registry_name_parts
from debateparse.normalize import slugify

__all__ = [
    "TABLES",
    "Column",
    "DType",
    "Table",
    "debate_id",
    "debate_slug",
    "debates_table",
    "diagnostics_table",
    "divisions_table",
    "iter_table_rows",
    "speakers_table",
    "table_rows",
    "turns_table",
    "votes_table",
]

DType = Literal[
    "string",
    "int64",
    "float64",
    "bool",
    "date",
    "time",
    "list<string>",
    "list<struct<scheme,id>>",
]
"""Logical column types; ``export.frames`` maps them to Arrow and pandas dtypes."""

Row = tuple[Any, ...]

_ID_WIDTH = 80
"""Longest ``debate_id``: long titles are cut at a word boundary."""


class Column(NamedTuple):
    """One column of a table."""

    name: str
    dtype: DType
    nullable: bool
    description: str


class Table(NamedTuple):
    """A table: its columns and the function that makes a debate's rows (as tuples)."""

    name: str
    columns: tuple[Column, ...]
    rows: Callable[[Debate], list[Row]]

    @property
    def names(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(c.name for c in self.columns)


def debate_slug(debate: Debate) -> str:
    """A readable name for the sitting: ``2024-05-15-house-of-commons-ukraine-and-georgia``.

    Made of the date, house and title that are known; with none of them, the source file's
    name; with no source either, ``debate``.
    """
    parts = [debate.date.isoformat()] if debate.date else []
    parts += [slugify(text) for text in (debate.house, debate.title) if text]
    if not parts and debate.source:
        parts = [slugify(debate.source.replace("\\", "/").rsplit("/", 1)[-1])]
    slug = "-".join(parts) or "debate"
    if len(slug) > _ID_WIDTH:
        slug = slug[:_ID_WIDTH].rsplit("-", 1)[0]
    return slug + _section_suffix(debate)


def _section_suffix(debate: Debate) -> str:
    """For a section of a structured file (ParlParse XML: many debates in one file, two
    may share a title), the position of its first element: ``-809-7`` from
    ``…/2023-03-28d.809.7``; empty for text input."""
    turns = debate.turns.records
    ref = turns[0].ref if turns else (debate.divisions[0].ref if debate.divisions else None)
    if ref is None or "." not in ref.id:
        return ""
    return "-" + slugify(ref.id.rsplit("/", 1)[-1].split(".", 1)[1])


_HASH_CHARS = 12
"""Hex digits of the hash in ``debate_id`` (48 bits)."""


def content_hash(debate: Debate) -> str:
    """A short hash of the debate's source path and content (title, turns with their
    speakers, lines and speech, divisions): the same for the same input, every run."""
    digest = hashlib.blake2b(digest_size=_HASH_CHARS // 2)
    source = (debate.source or "").replace("\\", "/")
    for part in (source, debate.title or "", debate.parent_title or "", debate.house or ""):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(f"{debate.date}|{debate.start_time}|{debate.dialect}\0".encode())
    for record in debate.turns.records:
        digest.update(f"{record.speaker_name}|{record.span[0]}|{record.span[1]}\0".encode())
        for text in record.paragraphs.speech_texts():
            digest.update(text.encode("utf-8", "surrogatepass") + b"\0")
    for division in debate.divisions:
        digest.update(f"{division.span.start_line}|{division.span.end_line}\0".encode())
    return digest.hexdigest()


def debate_id(debate: Debate) -> str:
    """The key of every table: ``debate_slug`` and ``content_hash`` joined by ``-``, e.g.
    ``2024-05-15-house-of-commons-ukraine-and-georgia-3f2a9c0d41b7``."""
    return f"{debate_slug(debate)}-{content_hash(debate)}"


_KEY = (
    Column("debate_id", "string", False, "Key of the debate: slug and hash (see `debate_id`)."),
    Column("source", "string", True, "Path of the input file; None for text in memory."),
)

DEBATE_COLUMNS = (
    *_KEY,
    Column("title", "string", True, "Debate title as printed."),
    Column("parent_title", "string", True, "Enclosing business, if printed."),
    Column("house", "string", True, 'Canonical house, e.g. "House of Commons".'),
    Column("date", "date", True, "Date of the sitting."),
    Column("start_time", "time", True, "Start time, 24-hour."),
    Column("dialect", "string", False, "Dialect that parsed the text."),
    Column("turn_count", "int64", False, "Number of turns."),
    Column("speaker_count", "int64", False, "Number of speakers."),
    Column("word_count", "int64", False, "Words spoken over all turns."),
    Column("diagnostic_count", "int64", False, "Number of diagnostics."),
)

TURN_COLUMNS = (
    *_KEY,
    Column("index", "int64", False, "0-based position of the turn in the debate."),
    Column("speaker_id", "string", False, "Speaker id, unique within the debate."),
    Column("speaker_name", "string", False, "The name as printed in this turn's header."),
    Column("member_id", "string", True, "Registry person id of the speaker, when resolved."),
    Column("role_text", "string", True, "The rest of the header as printed, if any."),
    Column("party", "string", True, "The speaker's party, canonical name."),
    Column("constituency", "string", True, "The speaker's constituency."),
    Column("time", "time", True, "Time printed in the header, 24-hour."),
    Column(
        "kind", "string", False, "speech, urgent_question, question, interjection or procedural."
    ),
    Column("text", "string", False, "The speech: speech paragraphs joined by a blank line."),
    Column("word_count", "int64", False, "Words in the speech."),
    Column("first_line", "int64", False, "First line of the turn (its header), 1-based."),
    Column("last_line", "int64", False, "Last line of the turn, 1-based, inclusive."),
)

SPEAKER_COLUMNS = (
    *_KEY,
    Column("speaker_id", "string", False, "Speaker id, unique within the debate."),
    Column("name", "string", False, "The name as first printed."),
    Column("kind", "string", False, "member, role or collective."),
    Column("roles", "list<string>", False, "Offices from all the speaker's headers."),
    Column("party", "string", True, "Party, canonical name."),
    Column("constituency", "string", True, "Constituency."),
    Column("turn_count", "int64", False, "Number of turns."),
    Column("word_count", "int64", False, "Words spoken over all turns."),
    Column("member_id", "string", True, "Registry person id, when resolved."),
    Column("resolution_method", "string", True, "exact, alias, office, history or fuzzy."),
    Column("resolution_score", "float64", True, "Confidence of the resolution in [0, 1]."),
    Column(
        "member_ids",
        "list<struct<scheme,id>>",
        True,
        "All ids of the member: (scheme, id) pairs by scheme.",
    ),
    Column(
        "forename",
        "string",
        True,
        "Forenames, space-separated: of the registry's name when resolved, else as printed.",
    ),
    Column(
        "surname",
        "string",
        True,
        "Surname (the registry's family name when resolved); None for a name kept whole.",
    ),
)

DIAGNOSTIC_COLUMNS = (
    *_KEY,
    Column("code", "string", False, 'Stable kebab-case code, e.g. "party-conflict".'),
    Column("severity", "string", False, "info, warning or error."),
    Column("line", "int64", True, "1-based line, or None for the whole text."),
    Column("message", "string", False, "Human-readable explanation."),
)


DIVISION_COLUMNS = (
    *_KEY,
    Column("division", "int64", False, "0-based position of the division in the debate."),
    Column("number", "int64", True, "Division number, when the source gives it."),
    Column("after_turn", "int64", True, "Index of the turn the division follows."),
    Column("time", "time", True, "Time of the division, 24-hour."),
    Column("ayes", "int64", True, "Ayes (Lords: contents) as counted."),
    Column("noes", "int64", True, "Noes (Lords: not-contents) as counted."),
    Column("vote_count", "int64", False, "Votes listed (rows of `votes`)."),
    Column("first_line", "int64", False, "First line of the division, 1-based."),
    Column("last_line", "int64", False, "Last line of the division, 1-based, inclusive."),
)

VOTE_COLUMNS = (
    *_KEY,
    Column("division", "int64", False, "0-based position of the division in the debate."),
    Column("division_number", "int64", True, "Division number, when the source gives it."),
    Column("member_id", "string", True, "Person id of the voter (ParlParse person_id)."),
    Column("name", "string", False, "The name as printed in the division list."),
    Column("vote", "string", False, "aye or no (Lords: content or not-content)."),
    Column("proxy", "string", True, "Person id of the member who cast the vote by proxy."),
    Column("teller", "bool", False, "The member was a teller."),
)


def _division_rows(debate: Debate) -> list[Row]:
    key = debate_id(debate)
    return [
        (
            key,
            debate.source,
            position,
            d.number,
            d.after_turn,
            d.time,
            d.ayes,
            d.noes,
            len(d.votes),
            d.span.start_line,
            d.span.end_line,
        )
        for position, d in enumerate(debate.divisions)
    ]


def _vote_rows(debate: Debate) -> list[Row]:
    key = debate_id(debate)
    return [
        (key, debate.source, position, d.number, v.member_id, v.name, v.vote, v.proxy, v.teller)
        for position, d in enumerate(debate.divisions)
        for v in d.votes
    ]


def _debate_rows(debate: Debate) -> list[Row]:
    turns = debate.turns
    words = sum(map(turns.word_count, range(len(turns))))
    return [
        (
            debate_id(debate),
            debate.source,
            debate.title,
            debate.parent_title,
            debate.house,
            debate.date,
            debate.start_time,
            debate.dialect,
            len(turns),
            len(debate.speakers),
            words,
            len(debate.diagnostics),
        )
    ]


def _turn_rows(debate: Debate) -> list[Row]:
    return list(_each_turn_row(debate))


def _each_turn_row(debate: Debate) -> Iterator[Row]:
    """The turns table's rows one at a time (a large debate's rows are not all held)."""
    key = debate_id(debate)
    speakers = debate.speakers.records
    turns = debate.turns
    for index, record in enumerate(turns.records):
        speaker = speakers[record.speaker_id]
        yield (
            key,
            debate.source,
            index,
            record.speaker_id,
            record.speaker_name,
            speaker.member_id,
            record.role_text,
            speaker.party,
            speaker.constituency,
            record.time,
            record.kind,
            "\n\n".join(record.paragraphs.speech_texts()),
            turns.word_count(index),
            record.span[0],
            record.span[1],
        )


def _speaker_rows(debate: Debate) -> list[Row]:
    key = debate_id(debate)
    rows = []
    for speaker in debate.speakers.values():
        resolution = speaker.resolution
        parts = registry_name_parts(speaker) if speaker.kind == "member" or resolution else None
        rows.append(
            (
                key,
                debate.source,
                speaker.id,
                speaker.name,
                speaker.kind,
                list(speaker.roles),
                speaker.party,
                speaker.constituency,
                speaker.turn_count,
                speaker.word_count,
                speaker.member_id,
                None if resolution is None else resolution.method,
                None if resolution is None else resolution.score,
                None if resolution is None else _id_pairs(resolution.ids),
                " ".join(parts.forenames) if parts is not None else None,
                parts.surname if parts is not None else None,
            )
        )
    return rows


def _id_pairs(ids: Mapping[str, str]) -> list[dict[str, str]]:
    return [{"scheme": scheme, "id": ids[scheme]} for scheme in sorted(ids)]


def _diagnostic_rows(debate: Debate) -> list[Row]:
    key = debate_id(debate)
    return [(key, debate.source, d.code, d.severity, d.line, d.message) for d in debate.diagnostics]


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table("debates", DEBATE_COLUMNS, _debate_rows),
        Table("turns", TURN_COLUMNS, _turn_rows),
        Table("speakers", SPEAKER_COLUMNS, _speaker_rows),
        Table("diagnostics", DIAGNOSTIC_COLUMNS, _diagnostic_rows),
        Table("divisions", DIVISION_COLUMNS, _division_rows),
        Table("votes", VOTE_COLUMNS, _vote_rows),
    )
}
"""The tables by name, in the order corpus runs write them."""


def table_rows(name: str, debate: Debate) -> list[Row]:
    """The rows of table ``name`` for ``debate``, as tuples in column order."""
    return TABLES[name].rows(debate)


def iter_table_rows(name: str, debate: Debate) -> Iterator[Row]:
    """``table_rows``, made one at a time for the turns table (for streaming writers)."""
    if name == "turns":
        return _each_turn_row(debate)
    return iter(TABLES[name].rows(debate))


def _dicts(name: str, debate: Debate) -> list[dict[str, Any]]:
    names = TABLES[name].names
    return [dict(zip(names, row, strict=True)) for row in table_rows(name, debate)]


def debates_table(debate: Debate) -> list[dict[str, Any]]:
    """One dict for the debate: metadata and counts (columns: ``DEBATE_COLUMNS``)."""
    return _dicts("debates", debate)


def turns_table(debate: Debate) -> list[dict[str, Any]]:
    """One dict per turn, with its speaker's party, constituency and member id
    (columns: ``TURN_COLUMNS``)."""
    return _dicts("turns", debate)


def speakers_table(debate: Debate) -> list[dict[str, Any]]:
    """One dict per speaker (columns: ``SPEAKER_COLUMNS``)."""
    return _dicts("speakers", debate)


def diagnostics_table(debate: Debate) -> list[dict[str, Any]]:
    """One dict per diagnostic (columns: ``DIAGNOSTIC_COLUMNS``)."""
    return _dicts("diagnostics", debate)


def divisions_table(debate: Debate) -> list[dict[str, Any]]:
    """One dict per division (columns: ``DIVISION_COLUMNS``)."""
    return _dicts("divisions", debate)


def votes_table(debate: Debate) -> list[dict[str, Any]]:
    """One dict per vote listed in a division (columns: ``VOTE_COLUMNS``)."""
    return _dicts("votes", debate)
