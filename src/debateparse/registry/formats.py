"""Registry formats: pick the loader for a file by its extension, else by its content."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from debateparse.errors import RegistryError
from debateparse.registry.core import Registry
from debateparse.registry.parlamint import load_parlamint
from debateparse.registry.popolo import load_popolo
from debateparse.registry.roster import load_roster

__all__ = ["LOADERS", "load_registry", "registry_format"]

LOADERS: dict[str, Callable[[Path], Registry]] = {
    "popolo": load_popolo,
    "parlamint": load_parlamint,
    "csv": load_roster,
}
"""Format name -> loader of one file."""

EXTENSIONS: dict[str, str] = {
    ".json": "popolo",
    ".xml": "parlamint",
    ".csv": "csv",
}


def registry_format(path: str | os.PathLike[str]) -> str:
    """The format of a registry file: by extension, else the first non-blank character
    ("{" Popolo JSON, "<" ParlaMint XML, anything else a CSV roster)."""
    path = Path(path)
    by_extension = EXTENSIONS.get(path.suffix.casefold())
    if by_extension is not None:
        return by_extension
    with path.open("rb") as handle:
        head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "popolo"
    if head.startswith(b"<"):
        return "parlamint"
    return "csv"


def load_registry(path: str | os.PathLike[str]) -> Registry:
    """Load a registry file of any supported format.

    Raises:
        FileNotFoundError: the path does not exist.
        RegistryError: the file cannot be read as its format.
    """
    path = Path(path)
    if path.is_dir():
        raise RegistryError("a registry is a file, not a directory", source=str(path))
    return LOADERS[registry_format(path)](path)
