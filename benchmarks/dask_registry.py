"""The Dask recipe's cost per output: the registry in every task against scattered once.

On a ``dask.distributed.LocalCluster`` (processes), parse the fixtures with the shared
Popolo registry and write the debates, turns, speakers and diagnostics tables as Parquet:

* before: the old recipe of docs/corpus.md, ``bag.map(parse_path, registry=registry)``
  (the 3 MB registry pickled into the graph with the tasks) and one ``to_parquet`` per
  table, so each output parses the whole archive again;
* after: the registry scattered once (``client.scatter(..., broadcast=True)``) and
  ``write_partition`` writing every table from one parse of each partition; and the
  registry as a file path, loaded once per worker (``worker_registry``).

Usage: python benchmarks/dask_registry.py [--files 25] [--partitions 25] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from pathlib import Path

import dask
import dask.bag as db
import dask.dataframe as dd
from dask.distributed import Client, LocalCluster

from debateparse import Registry
from debateparse.corpus import parse_path, write_partition
from debateparse.export import to_pandas
from debateparse.export.frames import pandas_meta

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = ROOT.parent / "shared" / "registry" / "uk_parliamentarians.popolo.json"
OUTPUTS = ("debates", "turns", "speakers", "diagnostics")


def is_debate(outcome):
    return not isinstance(outcome, Exception)


def old_recipe(paths, partitions, registry, out):
    """One ``to_parquet`` per table, each over ``.map(parse_path, registry=registry)``."""
    seconds = []
    for name in OUTPUTS:
        start = time.perf_counter()
        parts = (
            db.from_sequence(paths, npartitions=partitions)
            .map(parse_path, registry=registry)
            .filter(is_debate)
            .to_delayed()
        )
        frame = dd.from_delayed(
            [dask.delayed(to_pandas)(p, name) for p in parts], meta=pandas_meta(name)
        )
        frame.to_parquet(Path(out) / "old" / name, write_index=False)
        seconds.append(time.perf_counter() - start)
    return seconds


def new_recipe(client, paths, partitions, registry, out, label):
    start = time.perf_counter()
    scatter = isinstance(registry, Registry)
    handle = client.scatter(registry, broadcast=True) if scatter else registry
    report = (
        db.from_sequence(paths, npartitions=partitions)
        .map_partitions(write_partition, str(Path(out) / label), registry=handle)
        .compute()
    )
    return time.perf_counter() - start, report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=25)
    parser.add_argument("--partitions", type=int, default=25)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    paths = sorted(str(p) for p in (ROOT / "fixtures").glob("*/*.txt"))[: args.files]
    registry = Registry.from_popolo(REGISTRY)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, dask {dask.__version__}; load {os.getloadavg()[0]:.1f}"
    )
    print(f"{len(paths)} files, {args.partitions} partitions, {args.workers} worker processes")
    with (
        tempfile.TemporaryDirectory() as out,
        LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: None)  # workers up before timing
        before = old_recipe(paths, args.partitions, registry, out)
        print(
            "before: .map(parse_path, registry=registry), one to_parquet per table: "
            + ", ".join(f"{n} {s:.2f} s" for n, s in zip(OUTPUTS, before, strict=True))
            + f"; {sum(before) / len(before):.2f} s per output"
        )
        for label, handle in (("scattered", registry), ("path", str(REGISTRY))):
            seconds, report = new_recipe(client, paths, args.partitions, handle, out, label)
            ok = sum(r["ok"] for r in report)
            print(
                f"after ({label}): write_partition, every table from one parse: "
                f"{seconds:.2f} s for all {len(OUTPUTS)} outputs and the report "
                f"({seconds / len(OUTPUTS):.2f} s per output; {ok}/{len(report)} files ok)"
            )


if __name__ == "__main__":
    main()
