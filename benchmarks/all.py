"""Every figure of the performance table in one run: throughput and memory, where a parse's
time goes (``stages.py``, seed repeated and distinct names), the cost of sending a parse
between processes, the corpus runs at 30 KB and 300 KB a file (``parse_corpus``, also from a
cold caller; ``write_corpus`` with ``benchmarks/corpus.py``), ParlParse XML beside
mysoc-validator (``parlparse.py``), and the text peers (when ``.bench-venv`` holds them).

Usage: python benchmarks/all.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEERS_PYTHON = HERE.parent / ".bench-venv" / "bin" / "python"


def run(python: str, script: str, *args: str) -> None:
    print(f"\n$ {Path(python).name} benchmarks/{script} {' '.join(args)}", flush=True)
    subprocess.run([python, str(HERE / script), *args], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best kept)")
    repeat = str(parser.parse_args().repeat)
    print(f"load average at start: {os.getloadavg()}")
    run(sys.executable, "throughput.py", "--repeat", repeat)
    run(sys.executable, "stages.py", "--repeat", repeat)
    run(sys.executable, "stages.py", "--repeat", repeat, "--distinct")
    run(sys.executable, "transport.py")
    run(sys.executable, "parlparse.py", "--repeat", repeat, "--mb", "50")
    for files, kilobytes in (("600", "30"), ("100", "300")):
        run(
            sys.executable,
            "corpus.py",
            *("--files", files, "--kb", kilobytes, "--repeat", repeat, "--only", "parse", "cold"),
        )
    if PEERS_PYTHON.exists():
        run(str(PEERS_PYTHON), "peers.py", "--repeat", repeat)
    else:
        print(f"\npeers skipped: no {PEERS_PYTHON} (see benchmarks/peers.py)")
    print(f"\nload average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
