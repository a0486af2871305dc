"""Export stage: a ``Debate`` -> text, JSON, JSON lines and summaries."""

from debateparse.export.records import turn_records
from debateparse.export.summary import summary
from debateparse.export.text import canonical_layout, render_text

__all__ = ["canonical_layout", "render_text", "summary", "turn_records"]
