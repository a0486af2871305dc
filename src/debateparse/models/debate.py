"""The debate: ``Speaker``, ``Resolution`` and ``Debate``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, NamedTuple
from weakref import WeakValueDictionary

from pydantic import BaseModel, Field, GetCoreSchemaHandler
from pydantic_core import core_schema

from debateparse.models.hooks import exporter
from debateparse.models.lines import FROZEN, Diagnostic, Paragraph, Paragraphs, unset
from debateparse.models.rows import trusted
from debateparse.models.turns import Division, Turn, Turns

__all__ = [
    "Debate",
    "Resolution",
    "ResolutionMethod",
    "Speaker",
    "SpeakerKind",
    "SpeakerRecord",
    "Speakers",
]

SpeakerKind = Literal["member", "role", "collective", "procedure"]
"""``member``: a named person. ``role``: only an office was printed ("Mr Speaker").
``collective``: several people ("Hon. Members") or nobody named (a caption's ">>").
``procedure``: no person, a procedural entry
printed in a speaker's place. Collective and procedural speakers are never resolved."""

ResolutionMethod = Literal["exact", "alias", "office", "history", "fuzzy", "source"]
"""``exact``: a main or display name of the person. ``alias``: an alternate name (or the
name without a generational suffix or middle initials). ``office``: a role-only speaker
("Mr Speaker") matched to who held the office on the date. ``history``: a role-only
speaker matched to a named speaker who printed that office earlier in the debate.
``fuzzy``: a misspelling, the only close name above the threshold. ``source``: the input
itself gives the person id (ParlParse XML ``person_id``): no matching involved."""


class Resolution(BaseModel):
    """How a speaker was matched to a member of a registry."""

    model_config = FROZEN

    member_id: str = Field(description="The registry's id of the chosen person.")
    ids: Mapping[str, str] = Field(
        default_factory=dict, description="All known ids of that person, by scheme."
    )
    method: ResolutionMethod = Field(
        description="exact, alias, office, history, fuzzy, or source (given by the input)."
    )
    score: float = Field(description="Confidence in [0, 1]; 1 for an exact unique match.")
    candidates: tuple[str, ...] = Field(
        default=(), description="Other person ids that were considered and ranked lower."
    )
    filled: tuple[Literal["party", "constituency"], ...] = Field(
        default=(),
        description="Speaker fields taken from the registry because no header printed them.",
    )
    name: str | None = Field(
        default=None,
        exclude_if=unset,
        description='The registry\'s display name of the person ("Iain Duncan Smith"), if any.',
    )
    family_name: str | None = Field(
        default=None,
        exclude_if=unset,
        description='The family name the registry gives within `name` ("Duncan Smith").',
    )


class Speaker(BaseModel):
    """One speaker of the debate: every turn under the same printed name."""

    model_config = FROZEN

    id: str = Field(description="Stable within the document: a slug of the printed name.")
    name: str = Field(description="The name as first printed.")
    kind: SpeakerKind = Field(default="member", description="See `SpeakerKind`.")
    roles: tuple[str, ...] = Field(
        default=(), description="Offices from all of the speaker's headers, first-seen order."
    )
    party: str | None = Field(default=None, description="Party, canonical name, if printed.")
    constituency: str | None = Field(default=None, description="Constituency, if printed.")
    turn_count: int = Field(default=0, description="Number of turns.")
    word_count: int = Field(default=0, description="Words spoken over all turns.")
    member_id: str | None = Field(
        default=None, description="Registry person id; None until a registry resolves it."
    )
    resolution: Resolution | None = Field(
        default=None, description="Evidence for `member_id`, when resolved."
    )

    def _repr_html_(self) -> str:
        """The rich display in Jupyter (``export.html.speaker_html``)."""
        result: str = exporter("speaker_html")(self)
        return result


class SpeakerRecord(NamedTuple):
    """A speaker as the parser stores it; ``Speakers`` makes the ``Speaker`` on access."""

    id: str
    name: str
    kind: SpeakerKind
    roles: tuple[str, ...]
    party: str | None
    constituency: str | None
    turns: tuple[int, ...]
    """Indexes of the speaker's turns in ``Debate.turns``."""
    member_id: str | None = None
    resolution: Resolution | None = None
    counts: tuple[int, int] | None = None
    """Known (turn_count, word_count), or None to count from ``turns``."""


class Speakers(Mapping[str, Speaker]):
    """Speakers by id, in order of first turn: a read-only mapping whose ``Speaker``
    objects (with their word counts) are made on access, like ``Rows``, and kept only
    while the caller holds them (a debate of thousands of speakers, read once, would
    otherwise keep a model for each)."""

    __slots__ = ("_cache", "_records", "_turns")

    def __init__(self, records: Iterable[SpeakerRecord] = (), turns: Turns | None = None) -> None:
        self._records = {r.id: r for r in records}
        self._turns = turns
        self._cache: WeakValueDictionary[str, Speaker] = WeakValueDictionary()

    @classmethod
    def of(cls, speakers: Mapping[str, Speaker]) -> Speakers:
        """Pack existing ``Speaker`` objects."""
        packed = cls(
            SpeakerRecord(
                key,
                s.name,
                s.kind,
                s.roles,
                s.party,
                s.constituency,
                (),
                s.member_id,
                s.resolution,
                (s.turn_count, s.word_count),
            )
            for key, s in speakers.items()
        )
        packed._cache.update(speakers)
        return packed

    @property
    def records(self) -> dict[str, SpeakerRecord]:
        """The stored records, by id."""
        return self._records

    def replace(self, speaker_id: str, **changes: Any) -> Speakers:
        """A copy with one speaker's record changed (e.g. ``member_id``, ``resolution``)."""
        records = dict(self._records)
        records[speaker_id] = records[speaker_id]._replace(**changes)
        return Speakers(records.values(), self._turns)

    def _make(self, record: SpeakerRecord) -> Speaker:
        if record.counts is not None:
            turn_count, words = record.counts
        else:
            turns = self._turns
            turn_count = len(record.turns)
            words = 0 if turns is None else sum(map(turns.word_count, record.turns))
        return trusted(
            Speaker,
            {
                "id": record.id,
                "name": record.name,
                "kind": record.kind,
                "roles": record.roles,
                "party": record.party,
                "constituency": record.constituency,
                "turn_count": turn_count,
                "word_count": words,
                "member_id": record.member_id,
                "resolution": record.resolution,
            },
        )

    def __getitem__(self, key: str) -> Speaker:
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._make(self._records[key])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return list(self.keys()) == list(other.keys()) and all(
                self[k] == other[k] for k in self
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self._records))

    def __repr__(self) -> str:
        return f"Speakers({dict(self)!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (Speakers, (tuple(self._records.values()), self._turns))

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        items = core_schema.dict_schema(core_schema.str_schema(), handler.generate_schema(Speaker))
        from_dict = core_schema.no_info_after_validator_function(cls.of, items)
        return core_schema.json_or_python_schema(
            json_schema=from_dict,
            python_schema=core_schema.union_schema(
                [core_schema.is_instance_schema(cls), from_dict]
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(
                dict, return_schema=items
            ),
        )


class Debate(BaseModel):
    """A parsed debate: metadata, turns, speakers and everything else the input held."""

    model_config = FROZEN

    title: str | None = Field(default=None, description="Debate title as printed.")
    title_block: Paragraph | None = Field(
        default=None, description="The line the title was read from, as printed."
    )
    parent_title: str | None = Field(
        default=None, description='Enclosing business, e.g. from "Part of X – in …".'
    )
    house: str | None = Field(default=None, description='Sitting body, e.g. "House of Commons".')
    date: dt.date | None = Field(default=None, description="Date of the sitting.")
    start_time: dt.time | None = Field(default=None, description="Start time, 24-hour.")
    location: Paragraph | None = Field(
        default=None, description='The location line as printed ("– in the House of …").'
    )
    source: str | None = Field(default=None, description="Path of the input, or None.")
    dialect: str = Field(description="Name of the dialect that parsed the text.")
    preamble: Paragraphs = Field(
        default_factory=Paragraphs,
        description="Lines before the first turn that are not title, location or boilerplate.",
    )
    boilerplate: Paragraphs = Field(
        default_factory=Paragraphs, description="Site chrome recognised and set aside."
    )
    unattributed: Paragraphs = Field(
        default_factory=Paragraphs,
        description="Text after the first turn that belongs to no printed header.",
    )
    turns: Turns = Field(default_factory=Turns, description="Speaker turns in order.")
    speakers: Speakers = Field(
        default_factory=Speakers, description="Speakers by id, in order of first turn."
    )
    divisions: tuple[Division, ...] = Field(default=(), description="Recorded votes.")
    diagnostics: tuple[Diagnostic, ...] = Field(default=(), description="Recoverable oddities.")
    headings: tuple[str, ...] = Field(
        default=(),
        exclude_if=unset,
        description="Enclosing headings, outermost first, when the source nests them "
        '(ParlParse XML: ("Oral Answers to Questions", "Justice")).',
    )

    def _repr_html_(self) -> str:
        """The rich display in Jupyter (``export.html.debate_html``)."""
        result: str = exporter("debate_html")(self)
        return result

    def turns_by(self, speaker_id: str) -> Iterator[Turn]:
        """Yield the turns of one speaker."""
        return (t for t in self.turns if t.speaker_id == speaker_id)

    def to_text(self) -> str:
        """Render the debate back as text in its dialect (see ``export.render_text``)."""
        result: str = exporter("render_text")(self)
        return result

    def to_json(self, *, indent: int | None = 2) -> str:
        """The lossless JSON form: ``model_dump(mode="json")`` as a string."""
        return self.model_dump_json(indent=indent)

    def turns_table(self) -> list[dict[str, Any]]:
        """One row per turn (``export.turns_table``; columns in docs/formats.md)."""
        result: list[dict[str, Any]] = exporter("turns_table")(self)
        return result

    def speakers_table(self) -> list[dict[str, Any]]:
        """One row per speaker (``export.speakers_table``)."""
        result: list[dict[str, Any]] = exporter("speakers_table")(self)
        return result

    def diagnostics_table(self) -> list[dict[str, Any]]:
        """One row per diagnostic (``export.diagnostics_table``)."""
        result: list[dict[str, Any]] = exporter("diagnostics_table")(self)
        return result

    def to_pandas(self, table: str = "turns") -> Any:
        """Table ``table`` (turns, speakers, diagnostics or debates) as a pandas
        ``DataFrame``; needs the ``[pandas]`` extra."""
        result: Any = exporter("to_pandas")(self, table)
        return result

    def to_arrow(self, table: str = "turns") -> Any:
        """Table ``table`` as a ``pyarrow.Table``; needs the ``[arrow]`` extra."""
        result: Any = exporter("to_arrow")(self, table)
        return result
