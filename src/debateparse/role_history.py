"""Role history: which named speakers printed which offices, turn by turn, in one debate.

Hansard names a minister in full once ("The Minister of State, Ministry of Defence (Leo
Docherty)") and then prints the bare office ("The Minister of State"). ``RoleHistory``
remembers the offices each named speaker printed, so that a later role-only header can be
traced back to the person. One is made per resolution of a debate; nothing is shared.
"""

from __future__ import annotations

from debateparse.models import Debate
from debateparse.registry.offices import OfficeForms, office_forms, office_key, office_matches

__all__ = ["RoleHistory"]


class RoleHistory:
    """Offices printed beside named speakers in a debate, in turn order."""

    __slots__ = ("_entries", "_first")

    def __init__(self, debate: Debate) -> None:
        """Read every turn of a named (``kind == "member"``) speaker that printed an office:
        its parsed ``roles``, or the raw role text when none was parsed ("Speaker")."""
        kinds = {sid: record.kind for sid, record in debate.speakers.records.items()}
        self._first: dict[str, int] = {}
        self._entries: list[tuple[int, str, tuple[OfficeForms, ...]]] = []
        for index, turn in enumerate(debate.turns.records):
            self._first.setdefault(turn.speaker_id, index)
            offices = turn.roles or ((turn.role_text,) if turn.role_text else ())
            if offices and kinds.get(turn.speaker_id) == "member":
                self._entries.append((index, turn.speaker_id, tuple(map(office_forms, offices))))

    def first_turn(self, speaker_id: str) -> int | None:
        """Index of the speaker's first turn, or None if the speaker has none."""
        return self._first.get(speaker_id)

    def holders(self, role: str, speaker_id: str) -> tuple[str, ...]:
        """Named speakers who printed office ``role`` (a role-only speaker's printed name),
        in order: those before ``speaker_id``'s first turn; if none, those after it."""
        key = office_key(role)
        first = self._first.get(speaker_id, 0)
        matches = [
            (index, sid)
            for index, sid, forms in self._entries
            if any(office_matches(key, f) for f in forms)
        ]
        before = tuple(dict.fromkeys(sid for index, sid in matches if index < first))
        return before or tuple(dict.fromkeys(sid for _, sid in matches))

    def __repr__(self) -> str:
        return f"RoleHistory({len(self._entries)} turns with offices)"
