"""Where the models' convenience methods find their exporters.

The models know nothing of the export stage: ``Debate.to_text()``, ``turns_table()``,
``to_pandas()`` and the rest look their implementation up here by name, and
``debateparse.export`` registers them when it is imported (on the first call of any of
them, if nothing imported it before), so the dependency points one way: export -> models.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["exporter", "register_exporter"]

_EXPORTERS: dict[str, Callable[..., Any]] = {}
_EXPORT_PACKAGE = "debateparse.export"
"""Imported by name on the first look-up: the package that registers the exporters."""


def register_exporter(name: str, function: Callable[..., Any]) -> None:
    """Make ``function`` the implementation of the model method ``name``."""
    _EXPORTERS[name] = function


def exporter(name: str) -> Callable[..., Any]:
    """The registered implementation of ``name`` (importing the export package, which
    registers every one, the first time)."""
    if name not in _EXPORTERS:
        importlib.import_module(_EXPORT_PACKAGE)  # a plug-in look-up, not a dependency
    try:
        return _EXPORTERS[name]
    except KeyError:
        raise RuntimeError(
            f"no exporter for {name!r} (debateparse.export registers none by that name)"
        ) from None
