"""Export stage: a ``Debate`` -> text, JSON, JSON lines, tables, TEI and Akoma Ntoso."""

from debateparse.export.akn import to_akoma_ntoso
from debateparse.export.frames import to_arrow, to_pandas
from debateparse.export.html import debate_html, page_html, speaker_html, turn_html
from debateparse.export.records import turn_records
from debateparse.export.summary import summary
from debateparse.export.tables import (
    TABLES,
    debate_id,
    debates_table,
    diagnostics_table,
    divisions_table,
    speakers_table,
    turns_table,
    votes_table,
)
from debateparse.export.tei import to_parlamint_tei
from debateparse.export.tei_persons import to_parlamint_listperson
from debateparse.export.text import canonical_layout, render_text
from debateparse.models.hooks import register_exporter

for _function in (
    render_text,
    turns_table,
    speakers_table,
    diagnostics_table,
    to_pandas,
    to_arrow,
    debate_html,
    turn_html,
    speaker_html,
):
    register_exporter(_function.__name__, _function)

__all__ = [
    "TABLES",
    "canonical_layout",
    "debate_html",
    "debate_id",
    "debates_table",
    "diagnostics_table",
    "divisions_table",
    "page_html",
    "render_text",
    "speaker_html",
    "speakers_table",
    "summary",
    "to_akoma_ntoso",
    "to_arrow",
    "to_pandas",
    "to_parlamint_listperson",
    "to_parlamint_tei",
    "turn_html",
    "turn_records",
    "turns_table",
    "votes_table",
]
