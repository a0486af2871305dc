"""What it costs to send one parse from a worker to the calling process, by transport.

For a 30 KB and a 300 KB page (variants of the TheyWorkForYou fixtures, as
``benchmarks/corpus.py`` makes them) prints, in CPU milliseconds per page (best of
--repeat) and as a share of the page's parse:

* ``pickle Debate``: ``pickle.dumps(debate)`` in the worker, ``pickle.loads`` here;
* ``pickle, gc paused``: the same, with the collector off while loading (what a caller
  could do instead of changing the transport);
* ``JSON bytes``: ``model_dump_json`` there, ``Debate.model_validate_json`` here;
* ``Arrow batch``: the packed paragraph and turn columns as an Arrow IPC batch, read back
  to Python values and rebuilt (needs pyarrow);
* ``compact``: ``debateparse.corpus.transport.pack`` + pickle there, pickle +
  ``unpack`` here (what ``parse_corpus`` sends).

``+records`` is the load plus making the turn records, which ``compact`` (and so the
Arrow batch, rebuilt through it) defers until the turns are first read; the share of
the parse counts dump + load, what the run pays when results are not read.

Each decoded debate is checked equal to the parse. Usage:
python benchmarks/transport.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import sys
import tempfile
import time
from array import array
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import debateparse
from debateparse.corpus.transport import Packed, pack, unpack

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_files


def best(repeat: int, job: Callable[[], object]) -> float:
    """Best CPU time of ``job`` in ms."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        job()
        times.append(time.process_time() - start)
    return min(times) * 1000


def _json(debate: debateparse.Debate) -> bytes:
    return debate.model_dump_json().encode()


def _compact(debate: debateparse.Debate) -> bytes:
    return pickle.dumps(pack(debate), pickle.HIGHEST_PROTOCOL)


def _uncompact(data: bytes) -> debateparse.Debate:
    return unpack(pickle.loads(data))


def _loads_paused(data: bytes) -> Any:
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        gc.enable()


def arrow_pair(debate: debateparse.Debate) -> tuple[Callable[[], bytes], Callable[[bytes], Any]]:
    """Encode and decode through an Arrow IPC batch of the packed columns."""
    import pyarrow as pa

    def encode() -> bytes:
        packed = pack(debate)
        assert isinstance(packed, Packed)
        texts = []
        offset = 0
        for length in packed.lengths:
            texts.append(packed.text[offset : offset + length])
            offset += length
        # one batch per column: a block's texts, a paragraph's line, a turn's span numbers
        # are columns of different lengths
        batches = (
            pa.record_batch({"text": pa.array(texts, pa.binary())}),
            pa.record_batch({"line": pa.array(packed.lines, pa.int64())}),
            pa.record_batch({"spans": pa.array(packed.spans, pa.int64())}),
        )
        rest = packed._replace(text=b"", lengths=None, lines=None, spans=None)
        return pickle.dumps((*map(_ipc, batches), rest), pickle.HIGHEST_PROTOCOL)

    def decode(data: bytes) -> Any:
        *payloads, rest = pickle.loads(data)
        text, line, span = (pa.ipc.open_stream(p).read_next_batch().column(0) for p in payloads)
        texts = text.to_pylist()
        packed = rest._replace(
            text=b"".join(texts),
            lengths=array("l", map(len, texts)),
            lines=array("l", line.to_pylist()),
            spans=array("q", span.to_pylist()),
        )
        return unpack(packed)

    return encode, decode


def _ipc(batch: Any) -> bytes:
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    data: bytes = sink.getvalue().to_pybytes()
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="runs per figure (best kept)")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="debateparse-transport-") as tmp:
        for kilobytes in (30, 300):
            folder = Path(tmp) / str(kilobytes)
            folder.mkdir()
            (path,), _ = make_files(folder, 1, seed=3, kilobytes=kilobytes)
            debate = debateparse.parse_debate(path)
            parse = best(max(3, args.repeat // 4), partial(debateparse.parse_debate, path))
            arrow_encode, arrow_decode = arrow_pair(debate)
            pairs: dict[str, tuple[Callable[[], bytes], Callable[[bytes], Any]]] = {
                "pickle Debate": (partial(pickle.dumps, debate, 5), pickle.loads),
                "pickle, gc paused": (partial(pickle.dumps, debate, 5), _loads_paused),
                "JSON bytes": (partial(_json, debate), debateparse.Debate.model_validate_json),
                "Arrow batch": (arrow_encode, arrow_decode),
                "compact": (partial(_compact, debate), _uncompact),
            }
            print(
                f"{kilobytes} KB page ({len(debate.turns)} turns): parse {parse:.2f} ms CPU; "
                f"load {os.getloadavg()[0]:.2f}"
            )
            print(
                f"  {'transport':<18} {'dump ms':>8} {'load ms':>8} {'+records':>9} "
                f"{'bytes':>9} {'of parse':>9}"
            )
            for name, (encode, decode) in pairs.items():
                data = encode()
                assert decode(data) == debate, name
                dump = best(args.repeat, encode)
                load = best(args.repeat, lambda: decode(data))  # noqa: B023
                records = best(args.repeat, lambda: decode(data).turns.records)  # noqa: B023
                share = (dump + load) / parse
                print(
                    f"  {name:<18} {dump:8.3f} {load:8.3f} {records:9.3f} "
                    f"{len(data):9d} {share:8.0%}"
                )


if __name__ == "__main__":
    main()
