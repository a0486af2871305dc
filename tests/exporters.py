"""Every exporter, run on one debate, and the invariants every parse must keep.

One list, shared by the kept fuzz corpus (``tests/test_fuzz_corpus.py``), the hypothesis
campaign (``tests/test_export_campaign.py``), the long fuzz run
(``benchmarks/fuzz_long.py``) and the atheris harness (``benchmarks/fuzz_atheris.py``),
so that an exporter added here is fuzzed everywhere at once.
"""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Callable, Sequence
from typing import Any

from lxml import etree

import debateparse
from debateparse import Debate
from debateparse.export import (
    TABLES,
    debate_html,
    page_html,
    summary,
    to_akoma_ntoso,
    to_arrow,
    to_parlamint_listperson,
    to_parlamint_tei,
)
from debateparse.export.files import csv_text
from debateparse.export.records import jsonl_lines
from debateparse.export.tables import table_rows
from debateparse.export.tei_persons import listed_people
from debateparse.export.text import printed_lines

__all__ = [
    "ARROW",
    "EXPORTERS",
    "ExportError",
    "broken_invariant",
    "export_everything",
    "lines_of",
]

ARROW = importlib.util.find_spec("pyarrow") is not None
"""Whether the Arrow exporters can run (the ``[arrow]`` extra)."""


class ExportError(AssertionError):
    """An exporter's output broke an invariant (the message says which)."""


def _json_round_trip(debate: Debate) -> None:
    if Debate.model_validate_json(debate.to_json()) != debate:
        raise ExportError("JSON round trip differs")


def _tables(debate: Debate) -> None:
    for name in TABLES:
        rows = table_rows(name, debate)
        csv_text(rows, name)


def _arrow(debate: Debate) -> None:
    for name in TABLES:  # an empty table is the schema alone: one is enough
        if name == "turns" or table_rows(name, debate):
            to_arrow(debate, name)


def _jsonl(debate: Debate) -> None:
    for _line in jsonl_lines(debate):
        pass


def _xml(function: Callable[[Debate], str]) -> Callable[[Debate], None]:
    def run(debate: Debate) -> None:
        text = function(debate)
        try:
            etree.fromstring(text.encode("utf-8"))
        except (etree.XMLSyntaxError, UnicodeEncodeError) as error:
            raise ExportError(f"{function.__name__} wrote ill-formed XML: {error}") from error

    run.__name__ = function.__name__
    return run


def _listperson(debate: Debate) -> None:
    if listed_people([debate]):  # a listPerson of nobody is a documented ValueError
        _xml(to_parlamint_listperson)(debate)


EXPORTERS: tuple[tuple[str, Callable[[Debate], Any]], ...] = (
    ("json-round-trip", _json_round_trip),
    ("model_dump", lambda debate: debate.model_dump(mode="json")),
    ("tables+csv", _tables),
    ("jsonl", _jsonl),
    *((("arrow", _arrow),) if ARROW else ()),
    ("text", lambda debate: debate.to_text()),
    ("summary", summary),
    ("tei", _xml(to_parlamint_tei)),
    ("tei-listperson", _listperson),
    ("akn", _xml(to_akoma_ntoso)),
    ("html", lambda debate: (debate_html(debate), page_html(debate))),
)
"""Every exporter by name: each takes a debate, raises on failure (``ExportError`` for a
broken output invariant), and is run by ``export_everything``."""


def export_everything(debate: Debate) -> None:
    """Run every exporter of ``EXPORTERS`` on ``debate``; exceptions propagate."""
    for _name, function in EXPORTERS:
        function(debate)


def lines_of(text: str) -> list[str]:
    """The lines of ``text`` as the read stage splits them (see docs/formats.md)."""
    from debateparse.read import split_lines

    return split_lines(text.removeprefix("\ufeff"))


def broken_invariant(debates: Sequence[Debate], text: str | None) -> str | None:
    """The first broken parse invariant of ``debates`` parsed (in order) from ``text``, or
    None: every non-blank line printed exactly once and in order, turn spans ordered,
    inside the text and not overlapping. Spans are whole lines, so two turns may share
    one boundary line when the second's header is printed inside it (caption transcripts,
    a daily part's run-in headers: "... homes. The First Minister (Alex Salmond): Later
    ..."); a turn starting on a line before the previous one's last line overlaps it.
    Only line coverage needs ``text``; ParlParse XML is structured input and is not a
    line-for-line transcript."""
    turns = [turn for debate in debates for turn in debate.turns]
    previous_end, previous_line = -1, 0
    for turn in turns:
        span = turn.span
        if not span.start_line <= span.end_line or not span.start <= span.end:
            return "turn span runs backwards"
        if text is not None and span.end > len(text):
            return "turn span outside the text"
        if span.start_line < previous_line:
            return "turn spans overlap"
        if span.start_line > previous_line and span.start <= previous_end:
            return "turn spans overlap"
        previous_end, previous_line = span.end, span.end_line
    if text is None or not debates or debates[0].dialect == "parlparse":
        return None
    covered = [piece.line for debate in debates for piece in printed_lines(debate)]
    if sorted(covered) != covered:
        return "printed lines out of order"
    # a line may print twice (a header with its first words: "Lord Rose (Con): Yes.")
    if sorted(set(covered)) != [i + 1 for i, line in enumerate(lines_of(text)) if line.strip()]:
        return "a non-blank line is lost or invented"
    return None


def parse_input(data: bytes | str) -> tuple[list[Debate], str | None, Debate | None]:
    """How the fuzzers parse one input: bytes as a binary file (``parse_debate``); text
    both streamed (``iter_debates``) and whole (``parse_text``). Returns the debates, the
    text (None for bytes) and the whole-text parse (None for bytes); a
    ``DebateParseError`` propagates."""
    if isinstance(data, bytes):
        return [debateparse.parse_debate(io.BytesIO(data), strict=False)], None, None
    debates = list(debateparse.iter_debates(io.StringIO(data), strict=False))
    return debates, data, debateparse.parse_text(data, strict=False)
