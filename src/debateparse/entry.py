"""The ``debateparse`` console script and ``python -m debateparse``.

``debateparse --version`` is answered here, without importing the parser, the models or
pydantic (a few milliseconds instead of the whole package); everything else is
``debateparse.cli.main``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from debateparse import __version__

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (``debateparse.cli.main``); ``--version`` alone is answered
    at once, with the text argparse prints for it."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        print(f"debateparse {__version__}")
        return 0
    from debateparse.cli import main as run

    return run(args)
