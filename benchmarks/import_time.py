"""Import time of ``debateparse`` against ``import pydantic``, in fresh interpreters.

Each statement runs in a new ``python -c`` process (bytecode compiled first, so the
figure is the import, not compilation); the runs alternate between the statements so that
the machine's load falls on all alike, and the best of ``--repeat`` runs is kept. The
start-up of a bare interpreter (``pass``) is taken off every figure before the ratio.
``import debateparse`` imports its public names on first use (PEP 562), so the rows after
it show what the first real use costs.

Usage: python benchmarks/import_time.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import debateparse

STATEMENTS = {
    "python (bare start-up)": "pass",
    "import pydantic": "import pydantic",
    "import pydantic, regex, dateutil.parser, rapidfuzz (run-time deps)": (
        "import pydantic, regex, dateutil.parser, rapidfuzz, platformdirs, tqdm"
    ),
    "from pydantic import BaseModel; import regex (what the models need at least)": (
        "from pydantic import BaseModel, ConfigDict, Field; import regex"
    ),
    "import debateparse": "import debateparse",
    "debateparse --version (the console script)": "import sys; from debateparse.entry import main; "
    "sys.argv[1:] = ['--version']; main()",
    "from debateparse import parse_debate (first use: models, dialects)": (
        "from debateparse import parse_debate"
    ),
    "import debateparse.cli (what every other command loads)": "import debateparse.cli",
}


def run_once(statement: str) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", statement], check=False, env=env, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    compileall.compile_dir(str(Path(debateparse.__file__).parent), quiet=1)
    best = dict.fromkeys(STATEMENTS, float("inf"))
    for _ in range(args.repeat):
        for name, statement in STATEMENTS.items():
            best[name] = min(best[name], run_once(statement))
    bare = best["python (bare start-up)"]
    base = best["import pydantic"] - bare
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"load average: {os.getloadavg()[0]:.2f}; best of {args.repeat} runs each")
    for name, seconds in best.items():
        cost = seconds - bare
        ratio = "" if name.startswith("python") else f"  {cost / base:5.2f}x import pydantic"
        print(f"{name:<70} {seconds * 1000:7.1f} ms{ratio}")


if __name__ == "__main__":
    main()
