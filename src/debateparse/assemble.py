"""Assemble stage: tokens -> a draft debate, by a state machine over (mode, token kind).

One ``AssembleState`` is made per parse. Each transition (in ``transitions``) is a small
function ``(state, token) -> None`` chosen by the current mode and the token's kind;
transitions only append to the state's draft. Nothing here resolves names or times: that
is ``normalize``'s job.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from itertools import compress
from typing import Any, overload

from debateparse.dialects.base import Dialect, Token, TokenKind
from debateparse.limits import DiagnosticLog
from debateparse.models import Diagnostic, ParagraphKind, Paragraphs
from debateparse.models.lines import load_texts, store_texts
from debateparse.read import Source

__all__ = [
    "PACK_AFTER",
    "AssembleState",
    "Assembler",
    "DebateDraft",
    "DivisionDraft",
    "Mode",
    "PackedTexts",
    "Pieces",
    "TurnDraft",
    "assemble",
]

PACK_AFTER = 256
"""Turns a debate's draft holds before each turn that ends is packed away
(``TurnDraft.pack_away``): a small page is parsed without the cost, a large debate's
drafts hold their lines compactly."""

HEADER_MEMO = 1_024
"""Distinct header lines the per-debate header memo (``AssembleState.headers``) holds
before it starts again: a debate repeats a few dozen header lines, and one whose every
header differs would otherwise keep each one's interpretation to its end."""

Row = tuple[int, str, str | None, ParagraphKind]
"""One collected line: (line number, text, raw as printed or None, paragraph kind)."""

PARAGRAPH_KINDS: dict[str, ParagraphKind] = {
    "procedural": "procedural",
    "stage": "stage",
    "marker": "marker",
    "time": "marker",
    "division": "procedural",
}
"""Token kind -> paragraph kind for lines inside a turn; everything else is text."""


class Mode(Enum):
    """Where the machine is."""

    PREAMBLE = "preamble"  # before the first header
    HEADER = "header"  # a header has been read, its speech has not started
    IN_TURN = "in_turn"  # inside a turn's speech
    DIVISION = "division"  # inside a division result or list
    UNATTRIBUTED = "unattributed"  # inside text whose speaker header was lost

    # Members are singletons: hash by identity in C, not by ``Enum.__hash__`` in Python
    # (the machine looks its tables up by mode twice a turn).
    __hash__ = object.__hash__


class PackedTexts(Sequence[str]):
    """The texts of ``Pieces`` that were packed (``Pieces.pack_away``): stored as
    ``Paragraphs`` stores them, decoded when read."""

    __slots__ = ("size", "stored")

    def __init__(self, stored: bytes, size: int) -> None:
        self.stored, self.size = stored, size

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[str]:
        return iter(load_texts(self.stored))

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if index == 0 and self.size:
            return self.stored.partition(b"\n")[0].decode()  # (a turn's opening words)
        return load_texts(self.stored)[index]


@dataclass(slots=True)
class Pieces:
    """Printed lines collected in order, as parallel lists (packed into ``Paragraphs``)."""

    _texts: list[str] | PackedTexts = field(default_factory=list)
    _lines: list[int] | tuple[int, ...] = field(default_factory=list)
    raws: list[str | None] | None = None
    kinds: list[ParagraphKind] | None = None

    @property
    def texts(self) -> Sequence[str]:
        """The lines' texts."""
        return self._texts

    @property
    def lines(self) -> Sequence[int]:
        """The lines' numbers."""
        return self._lines

    def _open(self) -> tuple[list[str], list[int]]:
        """The lists to add to (made again from the packed form after ``pack_away``)."""
        texts, lines = self._texts, self._lines
        if type(texts) is not list:
            texts = self._texts = list(texts)
        if type(lines) is not list:
            lines = self._lines = list(lines)
        return texts, lines

    def pack_away(self) -> None:
        """Keep the lines compactly from now on (a turn that has ended is only read: a
        large debate's drafts would otherwise hold every line as a ``str`` until the
        debate ends). Adding to them again unpacks them."""
        texts = self._texts
        if type(texts) is list and texts:
            stored = store_texts(texts)
            if type(stored) is bytes:
                self._texts = PackedTexts(stored, len(texts))
        self._lines = tuple(self._lines)

    def add(self, text: str, line: int, raw: str, kind: ParagraphKind = "text") -> None:
        """Add one line; ``raw`` is kept only when it differs from ``text``."""
        texts, lines = self._texts, self._lines
        if type(texts) is not list or type(lines) is not list:
            texts, lines = self._open()
        size = len(texts)
        texts.append(text)
        lines.append(line)
        if raw != text:
            if self.raws is None:
                self.raws = [None] * size
            self.raws.append(raw)
        elif self.raws is not None:
            self.raws.append(None)
        if kind != "text":
            if self.kinds is None:
                self.kinds = ["text"] * size
            self.kinds.append(kind)
        elif self.kinds is not None:
            self.kinds.append("text")

    def add_token(self, token: Token, source: Source, kind: ParagraphKind | None = None) -> None:
        """Add a token's line, or every non-blank line of a run."""
        match = token.match
        if match is not None and token.kind == "text" and "speech" in match.re.groupindex:
            # a text rule marked where the words start (after a paragraph mark, say)
            self.add(token.text[match.start("speech") :], token.line, token.raw, kind or "text")
            return
        if not token.end:
            self.add(
                token.text, token.line, token.raw, kind or PARAGRAPH_KINDS.get(token.kind, "text")
            )
            return
        first, last = token.line - 1, token.end
        here, there = first - source.base, last - source.base  # indexes into the block
        chunk = source.stripped[here:there]
        if (
            self.raws is None
            and self.kinds is None
            and kind is None
            and (source.is_flush or source.lines[here:there] == chunk)
        ):
            texts, lines = self._open()
            texts.extend(filter(None, chunk))
            lines.extend(compress(range(first + 1, last + 1), chunk))
            return
        for offset, text in enumerate(chunk):
            if text:
                self.add(
                    text, first + offset + 1, source.lines[here + offset].rstrip(), kind or "text"
                )

    @property
    def last_line(self) -> int:
        return self.lines[-1]

    def rows(self, start: int = 0) -> list[Row]:
        """The lines from index ``start`` on, as ``(line, text, raw, kind)`` rows."""
        size = len(self.texts)
        raws = self.raws or [None] * size
        kinds = self.kinds or ["text"] * size
        return list(
            zip(self.lines[start:], self.texts[start:], raws[start:], kinds[start:], strict=True)
        )

    def cut(self, start: int) -> list[Row]:
        """Remove the lines from index ``start`` on and return them as rows."""
        rows = self.rows(start)
        for column in (*self._open(), self.raws, self.kinds):
            if column is not None:
                del column[start:]
        return rows

    @classmethod
    def of(cls, rows: Iterable[Row]) -> Pieces:
        """Pieces holding ``rows``, in line order."""
        pieces = cls()
        for line, text, raw, kind in sorted(rows, key=lambda row: row[0]):
            pieces.add(text, line, raw if raw is not None else text, kind)
        return pieces

    def pack(self) -> Paragraphs:
        """The collected lines as ``Paragraphs``.

        ``raws`` and ``kinds`` are packed as None when no line has a raw form or a kind
        other than text (as ``Paragraphs`` itself stores them), also after ``cut`` removed
        the lines that had one: otherwise equality with the JSON round trip fails.
        """
        raws = self.raws
        kinds = self.kinds
        texts = self._texts
        return Paragraphs.trusted(
            texts.stored if type(texts) is PackedTexts else tuple(texts),
            tuple(self._lines),
            None if raws is None or all(r is None for r in raws) else tuple(raws),
            None if kinds is None or all(k == "text" for k in kinds) else tuple(kinds),
        )


@dataclass(slots=True)
class TurnDraft(Pieces):
    """A turn being built: the pieces of its speech, plus its header as printed."""

    header: list[Token] = field(default_factory=list)
    """The header's lines (a standalone time or party line first, when printed so); for a
    header sharing its line with speech, the part before the speech."""
    name: str = ""
    role_text: str | None = None
    time_text: str | None = None
    date_text: str | None = None
    rule: str = ""
    kind: str | None = None
    """A kind the header itself announces ("question" for a numbered one)."""
    expects_place: bool = False
    """A party line came first (three-line header): a constituency line may follow."""
    packed_header: Paragraphs | None = None
    """After ``pack_away``: the header's lines packed, one a token (``header`` is then
    empty), so its first and last lines are the first and last tokens' lines."""

    @property
    def first_line(self) -> int:
        packed = self.packed_header
        return self.header[0].line if packed is None else packed.lines[0]

    @property
    def header_end(self) -> int:
        """The line of the header's last token."""
        packed = self.packed_header
        return self.header[-1].line if packed is None else packed.lines[-1]

    @property
    def last_line(self) -> int:
        if self.lines:
            return self.lines[-1]
        return self.header[-1].last_line if self.packed_header is None else self.header_end

    def header_lines(self) -> Paragraphs:
        """The header's lines as ``Paragraphs``."""
        if self.packed_header is not None:
            return self.packed_header
        tokens = self.header
        if len(tokens) == 1:
            token = tokens[0]
            raw = None if token.raw == token.text else (token.raw,)
            return Paragraphs.trusted((token.text,), (token.line,), raw)
        pieces = Pieces()
        for token in tokens:
            pieces.add(token.text, token.line, token.raw)
        return pieces.pack()

    def pack_away(self) -> None:
        """``Pieces.pack_away``, and the header packed (its tokens let go)."""
        Pieces.pack_away(self)
        tokens = self.header
        if self.packed_header is None and tokens:
            if len(tokens) == 1:  # the usual header: built packed at once
                token = tokens[0]
                raw = None if token.raw == token.text else (token.raw,)
                self.packed_header = Paragraphs.trusted(
                    store_texts((token.text,)), (token.line,), raw
                )
            else:
                self.packed_header = self.header_lines().packed()
            self.header = []


@dataclass(slots=True)
class DivisionDraft:
    """A division being read: its lines, counts and name lists."""

    after_turn: int | None
    lines: Pieces = field(default_factory=Pieces)
    ayes: int | None = None
    noes: int | None = None
    aye_names: list[str] = field(default_factory=list)
    no_names: list[str] = field(default_factory=list)
    listing: list[str] | None = None
    """The name list being filled, after an AYES or NOES heading."""


@dataclass(slots=True)
class DebateDraft:
    """Everything the state machine found, still as printed."""

    dialect: Dialect
    title: Token | None = None
    location: Token | None = None
    datelines: list[Token] = field(default_factory=list)
    preamble: Pieces = field(default_factory=Pieces)
    boilerplate: Pieces = field(default_factory=Pieces)
    unattributed: Pieces = field(default_factory=Pieces)
    turns: list[TurnDraft] = field(default_factory=list)
    divisions: list[DivisionDraft] = field(default_factory=list)
    header_houses: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=DiagnosticLog)
    """At most ``limits.MAX_DIAGNOSTICS_PER_CODE`` of each code; the rest are counted."""


Transition = Callable[["AssembleState", Token], None]


@dataclass(slots=True)
class AssembleState:
    """The machine's state for one parse."""

    source: Source
    draft: DebateDraft
    modes: dict[Mode, dict[TokenKind, Transition]]
    """The transition table, split by mode (``transitions.BY_MODE``)."""
    table: dict[TokenKind, Transition]
    mode: Mode = Mode.PREAMBLE
    turn: TurnDraft | None = None
    division: DivisionDraft | None = None
    pending: list[Token] = field(default_factory=list)
    """Lines that belong to the next header when one follows (a time, a party above)."""
    pending_time: str | None = None
    """A time printed on a citation line: the next header's time."""
    resume: Mode = Mode.PREAMBLE
    """The mode to return to when a division ends."""
    headers: dict[str, Any] = field(default_factory=dict)
    """Header line -> its interpretation: a debate repeats its header lines."""
    done: list[DebateDraft] = field(default_factory=list)
    """Debates of the page finished before the current one."""
    spoken: set[str] = field(default_factory=set)
    """Names of the debate's speakers so far (a bare name line is a header only for them)."""
    sitting: int = 0
    """Line of the last ``sitting`` line (a bare name just under it is a header)."""

    def __repr__(self) -> str:
        return (
            f"AssembleState(mode={self.mode.value}, turns={len(self.draft.turns)}, "
            f"pending={len(self.pending)})"
        )

    def enter(self, mode: Mode) -> None:
        """Switch mode and the transitions in force."""
        self.mode = mode
        self.table = self.modes[mode]

    def new_debate(self) -> None:
        """The page's next debate starts here: finish this draft, start another."""
        self.done.append(self.draft)
        self.draft = DebateDraft(self.draft.dialect)
        self.turn = self.division = None
        self.pending_time = None
        # Each debate is its own page: who has spoken is the debate's own memory, and the
        # header memo (a cache) starts again, so a streamed file's memory stays bounded.
        self.spoken = set()
        self.headers = {}
        self.enter(Mode.PREAMBLE)

    def note(self, code: str, line: int, message: str, severity: Any = "warning") -> None:
        """Record a diagnostic."""
        self.draft.diagnostics.append(
            Diagnostic(code=code, message=message, line=line, severity=severity)
        )


_KEEPS_PENDING = frozenset({"blank", "header", "time", "header_part", "boilerplate", "name_line"})
"""Token kinds that leave pending header lines waiting for the header."""


def assemble(tokens: list[Token], source: Source, dialect: Dialect) -> list[DebateDraft]:
    """Run the state machine over ``tokens``: one draft per debate on the page.

    A new debate starts at a title (marked before a location line) or a boundary line
    (``Dialect.boundary_rules``) once the current debate has turns. Lines after the last
    debate that hold no turn (a listing's next entry, cut off) join the debate before them
    as boilerplate.
    """
    machine = Assembler(source, dialect)
    machine.feed(tokens, source)
    return [draft for draft, _ in machine.finish()]


class Assembler:
    """``assemble`` fed in parts: the tokens of one block of the input at a time, in
    order, with the block they came from (its lines are read for runs of text). The
    drafts finished so far are in ``done``, with the line each one starts on."""

    def __init__(self, source: Source, dialect: Dialect) -> None:
        from debateparse.transitions import BY_MODE

        self.state = AssembleState(source, DebateDraft(dialect), BY_MODE, BY_MODE[Mode.PREAMBLE])
        self.boundaries = dialect.boundary_rules
        self.starts: list[int] = [1]
        """First line of each draft in ``state.done`` and of the open one: a draft starts
        at its boundary token, or at the pending header lines that wait before it."""

    def feed(self, tokens: list[Token], source: Source) -> None:
        """Run the machine over the next tokens, from ``source``."""
        from debateparse.transitions import flush_pending

        state, boundaries = self.state, self.boundaries
        state.source = source
        for token in tokens:
            if state.pending and token.kind not in _KEEPS_PENDING:
                flush_pending(state)
            if state.draft.turns and (token.kind == "title" or token.rule in boundaries):
                state.new_debate()
                self.starts.append(min([token.line, *(t.line for t in state.pending)]))
            state.table[token.kind](state, token)

    def take(self) -> list[tuple[DebateDraft, int]]:
        """The finished drafts that can no longer change, with their first lines, taken
        out of the machine: once the open draft has a turn, nothing folds into them."""
        state = self.state
        if not state.done or not state.draft.turns:
            return []
        taken = list(zip(state.done, self.starts, strict=False))
        state.done = []
        del self.starts[: len(taken)]
        return taken

    def finish(self) -> list[tuple[DebateDraft, int]]:
        """The drafts not yet taken and the last one (folded into the one before when it
        holds no turn), with their first lines."""
        from debateparse.transitions import flush_pending

        state = self.state
        if state.pending:
            flush_pending(state)
        drafts = [*state.done, state.draft]
        state.done = []
        if len(drafts) > 1 and not drafts[-1].turns:
            _fold_into(drafts[-2], drafts.pop())
            self.starts.pop()
        return list(zip(drafts, self.starts, strict=True))


def _fold_into(debate: DebateDraft, tail: DebateDraft) -> None:
    """Keep a turnless trailing entry's lines, as boilerplate of the debate before it."""
    heads: list[Row] = [
        (t.line, t.text, t.raw, "text") for t in (tail.title, tail.location) if t is not None
    ]
    lines = Pieces.of([*heads, *tail.preamble.rows(), *tail.boilerplate.rows()])
    for line, text, raw, _ in lines.rows():
        debate.boilerplate.add(text, line, raw if raw is not None else text)
    debate.unattributed = Pieces.of([*debate.unattributed.rows(), *tail.unattributed.rows()])
    debate.divisions.extend(tail.divisions)
    debate.diagnostics.extend(tail.diagnostics)
    if lines.lines:
        debate.diagnostics.append(
            Diagnostic(
                code="trailing-entry",
                line=lines.lines[0],
                severity="info",
                message="lines after the last debate that hold no speech were set aside",
            )
        )
