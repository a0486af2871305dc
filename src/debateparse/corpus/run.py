"""Corpus runs: many files -> (path, Debate or error), in input order, on a process pool.

``parse_corpus`` parses files in worker processes and yields each result in input order;
a file that fails yields its ``DebateParseError`` and the run goes on. A registry given
as a path is loaded once per worker by the pool initializer (``load_registry``, a hook
that can be replaced), never once per file. ``map_chunks`` is the same run with a
function applied to each chunk of results inside the workers, so that only what it
returns (for example encoded table rows) crosses back to the calling process. Tasks hold
about ``chunks.TASK_BYTES`` of input each (``chunks.sized_chunks``), and ``parse_corpus``
receives each debate from its worker in the compact form of ``transport``.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextvars import ContextVar
from itertools import islice
from pathlib import Path
from typing import TypeVar

from debateparse.api import parse_debate
from debateparse.corpus.chunks import TASK_BYTES, sized_chunks
from debateparse.corpus.inputs import PathLike, as_paths
from debateparse.corpus.interrupt import guard_worker
from debateparse.corpus.transport import Packed, pack, unpack
from debateparse.errors import DebateParseError, WorkerCrashError
from debateparse.models import Debate
from debateparse.progress import progress_bar
from debateparse.registry import Registry
from debateparse.registry import load_registry as load_registry_file

__all__ = [
    "Loader",
    "Outcome",
    "PathLike",
    "RegistryArg",
    "chunk_registry",
    "load_registry",
    "map_chunks",
    "parse_corpus",
    "parse_path",
]

Outcome = Debate | DebateParseError
"""What parsing one file gives: the debate, or the error that stopped it."""

RegistryArg = Registry | str | os.PathLike[str]
"""A registry, a registry file, or "default" (the downloaded one)."""
Loader = Callable[[RegistryArg], Registry]
"""Turns a ``RegistryArg`` into the ``Registry`` that parses use."""
R = TypeVar("R")

_WINDOW = 4
"""Tasks in flight per worker: keeps workers busy without queueing a whole archive."""


def load_registry(registry: RegistryArg) -> Registry:
    """The registry to parse with: ``"default"`` is the downloaded one
    (``Registry.default()``), any other path is loaded by its format (Popolo JSON,
    ParlaMint listPerson XML or a CSV roster); a ``Registry`` is used as it is."""
    if not isinstance(registry, (str, os.PathLike)):
        return registry
    if registry == "default":
        return Registry.default()
    path = Path(registry)
    if not path.exists():
        raise FileNotFoundError(f"registry file not found: {path}")
    return load_registry_file(path)


def parse_path(
    path: PathLike,
    *,
    registry: RegistryArg | None = None,
    dialect: str = "auto",
    strict: bool = True,
) -> Outcome:
    """Parse one file, returning (not raising) the error if it fails.

    An unreadable file and an unexpected exception inside the parser become a
    ``DebateParseError`` naming the file, so that one bad file never stops a run.
    ``registry`` is a ``Registry``, or a registry file (or ``"default"``) loaded here
    by ``load_registry``, on every call: for many files load it once and pass the
    ``Registry``. Any other type raises ``TypeError`` at once, and a registry file that
    cannot be loaded raises its error (it is the caller's mistake, not the file's).
    """
    if isinstance(registry, (str, os.PathLike)):
        registry = load_registry(registry)
    elif registry is not None and not isinstance(registry, Registry):
        raise TypeError(
            "registry must be a Registry, a registry file path or None, "
            f"not {type(registry).__name__}"
        )
    try:
        return parse_debate(path, dialect=dialect, registry=registry, strict=strict)
    except DebateParseError as error:
        return error
    except OSError as error:
        return DebateParseError(f"cannot read: {error.strerror or error}", source=str(path))
    except Exception as error:  # a parser bug must not end a corpus run: report it
        name = type(error).__name__
        return DebateParseError(f"unexpected {name}: {error} (please report)", source=str(path))


class _Worker:
    """This worker process's registry (or the error that loading it raised), set once by
    ``_start_worker``: a pool initializer can hand an object to its process only through
    module state."""

    registry: Registry | None = None
    error: Exception | None = None


def _start_worker(registry: RegistryArg | None, loader: Loader) -> None:
    guard_worker()  # ignore Ctrl-C (the caller ends us) and never outlive the caller
    # A forked worker inherits the caller's objects; freezing them keeps the collector
    # from walking (and so copying) those pages in every worker, as the gc docs advise.
    gc.freeze()
    try:
        _Worker.registry = None if registry is None else loader(registry)
    except Exception as error:  # raised from the first task: an initializer that raises
        _Worker.error = error  # breaks the pool with a message that names nothing


def _parse_chunk(
    chunk: list[PathLike],
    work: Callable[[list[tuple[PathLike, Outcome]]], R],
    registry: Registry | None,
    options: tuple[str, bool],
) -> R:
    dialect, strict = options
    parsed = [
        (path, parse_path(path, registry=registry, dialect=dialect, strict=strict))
        for path in chunk
    ]
    token = _CHUNK_REGISTRY.set(registry)
    try:
        return work(parsed)
    finally:
        _CHUNK_REGISTRY.reset(token)


_CHUNK_REGISTRY: ContextVar[Registry | None] = ContextVar("chunk_registry", default=None)


def chunk_registry() -> Registry | None:
    """The registry the chunk being worked on was parsed with (None outside a chunk's
    ``work``): for a ``work`` that reads more of a file, as ``tables.sections`` does."""
    return _CHUNK_REGISTRY.get()


def _work(
    chunk: list[PathLike],
    work: Callable[[list[tuple[PathLike, Outcome]]], R],
    options: tuple[str, bool],
) -> R:
    if _Worker.error is not None:
        raise _Worker.error
    return _parse_chunk(chunk, work, _Worker.registry, options)


def _chunks(paths: Iterable[PathLike], size: int) -> Iterator[list[PathLike]]:
    iterator = iter(paths)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _in_process(
    chunks: Iterator[list[PathLike]],
    work: Callable[[list[tuple[PathLike, Outcome]]], R],
    registry: RegistryArg | None,
    loader: Loader,
    options: tuple[str, bool],
) -> Generator[tuple[list[PathLike], R], None, None]:
    loaded = None if registry is None else loader(registry)
    for chunk in chunks:
        yield chunk, _parse_chunk(chunk, work, loaded, options)


def _parse_one(path: PathLike, options: tuple[str, bool]) -> Outcome:
    if _Worker.error is not None:
        raise _Worker.error
    dialect, strict = options
    return parse_path(path, registry=_Worker.registry, dialect=dialect, strict=strict)


class _Pools:
    """The run's pool, replaced when a worker dies, and a one-worker pool for retries."""

    def __init__(self, workers: int, registry: RegistryArg | None, loader: Loader) -> None:
        self.size, self.initargs = workers, (registry, loader)
        self.pool = self._new(workers)
        self.retry: ProcessPoolExecutor | None = None

    def _new(self, size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(size, initializer=_start_worker, initargs=self.initargs)

    def replace(self) -> None:
        _terminate(self.pool)
        self.pool = self._new(self.size)

    def alone(self, path: PathLike, options: tuple[str, bool]) -> Outcome:
        """Parse ``path`` alone in a fresh worker; a second death is a typed failure."""
        for _ in range(2):
            if self.retry is None:
                self.retry = self._new(1)
            try:
                return self.retry.submit(_parse_one, path, options).result()
            except BrokenProcessPool:
                _terminate(self.retry)
                self.retry = None
        return WorkerCrashError(
            "a worker process died twice while parsing this file (killed by a signal, "
            "as the out-of-memory killer does): skipped",
            source=str(path),
        )

    def close(self) -> None:
        for pool in (self.pool, self.retry):
            if pool is not None:
                _terminate(pool)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool`` now: drop queued work and end its workers (none is left orphaned).

    A worker ended while it was sending a result leaves half a message in the result
    pipe, and the pool's manager thread would wait for the rest for ever, holding up
    interpreter exit. Closing this process's write end of that pipe once the workers are
    gone lets that read end (no writer is left), so the manager thread finishes.
    """
    workers = list((getattr(pool, "_processes", None) or {}).values())
    results = getattr(pool, "_result_queue", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in workers:
        if process.is_alive():
            process.terminate()
    for process in workers:
        process.join(timeout=5)
    writer = getattr(results, "_writer", None)
    if writer is not None and not any(process.is_alive() for process in workers):
        writer.close()


def _in_pool(
    chunks: Iterator[list[PathLike]],
    work: Callable[[list[tuple[PathLike, Outcome]]], R],
    registry: RegistryArg | None,
    loader: Loader,
    options: tuple[str, bool],
    workers: int,
) -> Generator[tuple[list[PathLike], R], None, None]:
    """Results in input order, with at most ``_WINDOW`` chunks per worker in flight.

    When a worker dies (``BrokenProcessPool``), the pool is replaced and the files of each
    lost chunk are parsed one by one in a fresh worker (``work`` then runs here on the
    chunk's outcomes); a file that kills a worker again yields a ``WorkerCrashError``.
    """
    pending: deque[tuple[list[PathLike], Future[R]]] = deque()
    pools = _Pools(workers, registry, loader)

    def recover() -> None:
        """Replace a broken pool and resubmit the chunks it lost."""
        pools.replace()
        for index, (other, lost) in enumerate(pending):
            if not lost.done() or lost.exception() is not None:
                pending[index] = (other, pools.pool.submit(_work, other, work, options))

    def submit(chunk: list[PathLike]) -> Future[R]:
        try:
            return pools.pool.submit(_work, chunk, work, options)
        except BrokenProcessPool:  # a worker died since the last result was taken
            recover()
            return pools.pool.submit(_work, chunk, work, options)

    def result(chunk: list[PathLike], future: Future[R]) -> R:
        try:
            return future.result()
        except BrokenProcessPool:
            if pools.pool._broken:
                recover()
            return work([(path, pools.alone(path, options)) for path in chunk])

    try:
        for chunk in chunks:
            pending.append((chunk, submit(chunk)))
            if len(pending) >= workers * _WINDOW:
                done, future = pending.popleft()
                yield done, result(done, future)
        while pending:
            done, future = pending.popleft()
            yield done, result(done, future)
    finally:  # also when the caller stops early or on a signal: end the workers
        pools.close()


def map_chunks(
    paths: Iterable[PathLike],
    work: Callable[[list[tuple[PathLike, Outcome]]], R],
    *,
    workers: int | None = None,
    registry: RegistryArg | None = None,
    dialect: str = "auto",
    strict: bool = True,
    registry_loader: Loader = load_registry,
    chunk_size: int | None = None,
    chunk_bytes: int = TASK_BYTES,
) -> Generator[tuple[list[PathLike], R], None, None]:
    """Parse ``paths`` in chunks and yield ``(chunk, result)`` in input order, where
    ``result = work([(path, outcome), ...])`` is computed in the worker that parsed the
    chunk (so ``work`` must be picklable, e.g. a module-level function). A chunk holds
    ``chunk_size`` files when given, else about ``chunk_bytes`` of input, fewer when a
    sequence of paths is too small to give every worker several chunks. Closing the
    generator (or an exception in it, such as ``KeyboardInterrupt``) terminates the
    workers at once.

    This is ``parse_corpus``'s engine; a caller that only needs something derived from
    each debate (table rows, counts) saves moving whole debates between processes.
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunk_size is None:
        chunks = sized_chunks(paths, workers, budget=chunk_bytes)
    else:
        chunks = _chunks(paths, chunk_size)
    if workers == 1:
        return _in_process(chunks, work, registry, registry_loader, (dialect, strict))
    return _in_pool(chunks, work, registry, registry_loader, (dialect, strict), workers)


def _outcomes(parsed: list[tuple[PathLike, Outcome]]) -> list[Packed | Outcome]:
    return [outcome for _, outcome in parsed]


def _packed(parsed: list[tuple[PathLike, Outcome]]) -> list[Packed | Outcome]:
    """Runs in a worker: each debate in the compact form (errors as they are)."""
    return [
        outcome if isinstance(outcome, DebateParseError) else pack(outcome) for _, outcome in parsed
    ]


def parse_corpus(
    paths: Iterable[PathLike] | PathLike,
    *,
    workers: int | None = None,
    registry: RegistryArg | None = None,
    progress: bool | None = False,
    dialect: str = "auto",
    strict: bool = True,
    registry_loader: Loader = load_registry,
) -> Generator[tuple[PathLike, Outcome], None, None]:
    """Parse many files on a process pool; yield ``(path, Debate)`` or
    ``(path, DebateParseError)`` for each, in input order.

    Args:
        paths: Files to parse; consumed lazily, so a generator over a huge archive is fine.
            One folder or glob is read as ``find_inputs`` reads it (``*.txt`` and
            ``*.xml`` in a folder and below).
        workers: Worker processes; None uses every core, 1 parses in this process.
        registry: A loaded registry, or a path to one, to resolve speakers against; it is
            loaded (by ``registry_loader``) or received once per worker, not per file.
        progress: Show a progress bar on standard error (files/s, errors so far): True
            always, None only when standard error is a terminal, False never.
        dialect: Dialect name or "auto", as for ``parse_debate``.
        strict: As for ``parse_debate``; False turns "not a debate" into an empty Debate.
        registry_loader: Turns ``registry`` into the object passed to ``parse_debate``;
            the default, ``load_registry``, loads paths and passes a ``Registry`` through.

    Closing the generator, or ``KeyboardInterrupt`` (Ctrl-C, or SIGTERM inside
    ``stop_on_signals``), terminates the workers at once; a worker whose caller is killed
    outright ends itself within ``interrupt.PARENT_POLL`` seconds.
    """
    paths = as_paths(paths)
    total = len(paths) if isinstance(paths, Sequence) else None
    if workers is None:
        workers = os.cpu_count() or 1
    chunks = map_chunks(
        paths,
        _outcomes if workers == 1 else _packed,
        workers=workers,
        registry=registry,
        dialect=dialect,
        strict=strict,
        registry_loader=registry_loader,
    )
    try:
        with progress_bar(total, enabled=progress) as bar:
            for chunk, outcomes in chunks:
                for path, received in zip(chunk, outcomes, strict=True):
                    outcome = (
                        received if isinstance(received, DebateParseError) else unpack(received)
                    )
                    bar.advance(failed=int(isinstance(outcome, DebateParseError)))
                    yield path, outcome
    finally:  # closed early, or a signal: end the workers now, not when collected
        chunks.close()
