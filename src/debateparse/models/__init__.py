"""The data model: frozen pydantic v2 models for a parsed debate."""

from debateparse.models.debate import (
    Debate,
    Resolution,
    ResolutionMethod,
    Speaker,
    SpeakerKind,
    SpeakerRecord,
    Speakers,
)
from debateparse.models.lines import (
    SPOKEN_KINDS,
    Diagnostic,
    Paragraph,
    ParagraphKind,
    Paragraphs,
    Severity,
    Span,
)
from debateparse.models.rows import Rows
from debateparse.models.turns import (
    Division,
    SourceRef,
    Turn,
    TurnKind,
    TurnRecord,
    Turns,
    Vote,
    VoteValue,
)

__all__ = [
    "SPOKEN_KINDS",
    "Debate",
    "Diagnostic",
    "Division",
    "Paragraph",
    "ParagraphKind",
    "Paragraphs",
    "Resolution",
    "ResolutionMethod",
    "Rows",
    "Severity",
    "SourceRef",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeakerRecord",
    "Speakers",
    "Turn",
    "TurnKind",
    "TurnRecord",
    "Turns",
    "Vote",
    "VoteValue",
]
