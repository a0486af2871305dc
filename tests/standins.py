"""A registry loader for corpus tests that logs each load (module-level, so worker
processes can unpickle it by name)."""

from __future__ import annotations

import os
from pathlib import Path

from debateparse.corpus import RegistryArg, load_registry
from debateparse.registry import Registry


def logging_loader(registry: RegistryArg) -> Registry:
    """``corpus.load_registry``, logging the process id of every file load to
    ``loads.log`` beside the file: tests count loads per worker process."""
    if isinstance(registry, (str, os.PathLike)):
        path = Path(registry)
        with (path.parent / "loads.log").open("a", encoding="utf-8") as log:
            log.write(f"{os.getpid()}\n")
    return load_registry(registry)
