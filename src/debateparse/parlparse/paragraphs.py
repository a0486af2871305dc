"""A ``<speech>``'s paragraphs as they are collected: text, line, and what each ``<p>``
says of itself (``pid``, ``class``, ``pwmotiontext``, ``qnum``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from debateparse.models import ParagraphKind, Paragraphs

__all__ = ["Blocks"]

_SPACES = re.compile(r"\s+")


@dataclass
class Blocks:
    """A speech's paragraphs being collected, with what each ``<p>`` says of itself: its
    ``pid``, its ``class`` (``Paragraph.style``), ``pwmotiontext="yes"`` (the ``motion``
    kind) and every ``qnum``."""

    texts: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    pids: list[str | None] = field(default_factory=list)
    kinds: list[ParagraphKind] = field(default_factory=list)
    styles: list[str | None] = field(default_factory=list)
    qnums: list[str] = field(default_factory=list)

    def add_text(self, text: str, line: int) -> None:
        """A paragraph with nothing but its text (text directly inside ``<speech>``)."""
        self.texts.append(text)
        self.lines.append(line)
        self.pids.append(None)
        self.kinds.append("text")
        self.styles.append(None)

    def add(self, element: Any, text: str) -> None:
        """The paragraph of a block element (``<p>``, a table row, a list item)."""
        self.add_text(text, element.sourceline or 0)
        self.pids[-1] = element.get("pid")
        self.styles[-1] = _SPACES.sub(" ", element.get("class") or "").strip() or None
        if element.get("pwmotiontext") == "yes":
            self.kinds[-1] = "motion"
        qnum = (element.get("qnum") or "").strip()
        if qnum:
            self.qnums.append(qnum)

    def add_tail(self, tail: str) -> None:
        """Text after a block element, before the next: part of that paragraph."""
        self.texts[-1] = f"{self.texts[-1]} {tail}".strip()

    def paragraphs(self) -> Paragraphs:
        return Paragraphs(
            self.texts, self.lines, kinds=self.kinds, pids=self.pids, styles=self.styles
        )
