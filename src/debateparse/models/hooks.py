"""Where the models' convenience methods find their exporters.

The models know nothing of the export stage: ``Debate.to_text()``, ``turns_table()``,
``to_pandas()`` and the rest look their implementation up here by name, and
``debateparse.export`` registers them when it is imported (``import debateparse``
imports it), so the dependency points one way: export -> models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["exporter", "register_exporter"]

_EXPORTERS: dict[str, Callable[..., Any]] = {}


def register_exporter(name: str, function: Callable[..., Any]) -> None:
    """Make ``function`` the implementation of the model method ``name``."""
    _EXPORTERS[name] = function


def exporter(name: str) -> Callable[..., Any]:
    """The registered implementation of ``name``."""
    try:
        return _EXPORTERS[name]
    except KeyError:  # only if debateparse.export was never imported
        raise RuntimeError(
            f"no exporter for {name!r}: import debateparse (or debateparse.export) first"
        ) from None
