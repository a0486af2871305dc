"""Corpus runs: many files -> outcomes (``run``) or table files (``tables``).

``debateparse.corpus.run`` parses files on a process pool and yields each result in
input order (``parse_corpus``, ``map_chunks``, ``parse_path``); ``debateparse.corpus.tables``
writes a whole run to one file per table (``write_corpus``);
``debateparse.corpus.partitions`` parses and writes one partition for an outside scheduler
such as Dask (``write_partition``). Every public name of them is importable from here.
"""

from debateparse.corpus.partitions import parse_partition, worker_registry, write_partition
from debateparse.corpus.run import (
    Loader,
    Outcome,
    PathLike,
    RegistryArg,
    load_registry,
    map_chunks,
    parse_corpus,
    parse_path,
)
from debateparse.corpus.tables import CorpusReport, default_file_format, find_inputs, write_corpus

__all__ = [
    "CorpusReport",
    "Loader",
    "Outcome",
    "PathLike",
    "RegistryArg",
    "default_file_format",
    "find_inputs",
    "load_registry",
    "map_chunks",
    "parse_corpus",
    "parse_partition",
    "parse_path",
    "worker_registry",
    "write_corpus",
    "write_partition",
]
