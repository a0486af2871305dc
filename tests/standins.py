"""A stand-in registry and loader for corpus tests (module-level, so worker processes can
unpickle them by name), until the real ``debateparse.Registry`` lands."""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

from debateparse import Debate, Resolution


class StandInRegistry:
    """Knows member ids by speaker id."""

    def __init__(self, members: dict[str, str]) -> None:
        self.members = members


def _resolve_members(debate: Debate, registry: StandInRegistry) -> Debate:
    speakers = debate.speakers
    for key in debate.speakers:
        member = registry.members.get(key)
        if member is not None:
            resolution = Resolution(member_id=member, method="exact", score=1.0)
            speakers = speakers.replace(key, member_id=member, resolution=resolution)
    return debate.model_copy(update={"speakers": speakers})


def install_resolver() -> None:
    """Make ``parse_debate(..., registry=...)`` resolve with the stand-in in this process."""
    module = types.ModuleType("debateparse.resolve")
    module.resolve_members = _resolve_members  # type: ignore[attr-defined]
    sys.modules["debateparse.resolve"] = module


def load_stand_in(registry: object) -> StandInRegistry:
    """Registry loader hook: a path reads "speaker-id member-id" lines; an object is used
    as is. Each call is logged (with the process id) to ``loads.log`` beside the path."""
    install_resolver()
    if isinstance(registry, StandInRegistry):
        return registry
    path = Path(str(registry))
    with (path.parent / "loads.log").open("a", encoding="utf-8") as log:
        log.write(f"{os.getpid()}\n")
    pairs = (line.split() for line in path.read_text(encoding="utf-8").splitlines() if line)
    return StandInRegistry(dict(pairs))
