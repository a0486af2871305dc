"""Command line: ``debateparse FILE [--format ...] [--dialect NAME]`` and subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from debateparse import __version__
from debateparse.api import parse_debate
from debateparse.dialects import DIALECTS
from debateparse.errors import DebateParseError
from debateparse.export import summary, turn_records
from debateparse.models import Debate
from debateparse.registry import DEFAULT_URL, Registry, default_path, download, load_registry

__all__ = ["main"]

FORMATS: dict[str, Callable[[Debate], str]] = {
    "summary": summary,
    "json": lambda debate: debate.to_json(indent=2),
    "jsonl": lambda debate: "\n".join(
        json.dumps(record, ensure_ascii=False) for record in turn_records(debate)
    ),
    "text": lambda debate: debate.to_text(),
}
"""Output formats of the parse command: name -> renderer."""


def _parse_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="debateparse",
        description="Parse a Hansard-style debate (TheyWorkForYou and more) into typed data.",
        epilog="Subcommands: 'debateparse dialects' lists the dialects; 'debateparse registry "
        "download' fetches TheyWorkForYou's people.json.",
    )
    parser.add_argument("file", help="debate text file to parse ('-' reads standard input)")
    parser.add_argument(
        "--format", "-f", choices=sorted(FORMATS), default="summary", help="output format"
    )
    parser.add_argument("--dialect", "-d", default="auto", help="dialect name, or 'auto' (default)")
    parser.add_argument(
        "--registry",
        "-r",
        metavar="PATH",
        help="resolve speakers against this registry (Popolo JSON, ParlaMint TEI listPerson "
        "XML or CSV roster); 'default' uses the one 'debateparse registry download' saved",
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="with no speaker header, print an empty debate instead of failing",
    )
    parser.add_argument("--version", action="version", version=f"debateparse {__version__}")
    return parser


def _run_parse(argv: Sequence[str]) -> int:
    args = _parse_parser().parse_args(argv)
    if args.dialect != "auto" and args.dialect not in DIALECTS:
        _parse_parser().error(
            f"unknown dialect {args.dialect!r} (choose from auto, {', '.join(DIALECTS)})"
        )
    try:
        registry = _load_registry(args.registry)
        source = sys.stdin.buffer if args.file == "-" else args.file
        debate = parse_debate(
            source, dialect=args.dialect, registry=registry, strict=not args.lenient
        )
    except DebateParseError as error:
        print(error, file=sys.stderr)  # "FILE:LINE: message"
        return 1
    except OSError as error:
        print(f"{error.filename or args.file}: {error.strerror or error}", file=sys.stderr)
        return 1
    sys.stdout.write(FORMATS[args.format](debate) + "\n")
    return 0


def _load_registry(path: str | None) -> Registry | None:
    if path is None:
        return None
    return Registry.default() if path == "default" else load_registry(path)


def _run_registry(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="debateparse registry", description="Manage the cached registry of members."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    fetch = commands.add_parser(
        "download", help="fetch TheyWorkForYou's people.json into the user cache directory"
    )
    fetch.add_argument("--url", default=DEFAULT_URL, help=f"where to fetch (default {DEFAULT_URL})")
    fetch.add_argument(
        "--cache-dir",
        help="directory to save into (default: $DEBATEPARSE_CACHE_DIR or the "
        "platform's user cache directory)",
    )
    where = commands.add_parser("path", help="print where the downloaded registry is kept")
    where.add_argument("--cache-dir", help="cache directory to report on")
    args = parser.parse_args(argv)
    if args.command == "path":
        print(default_path(args.cache_dir))
        return 0
    try:
        saved = download(args.url, directory=args.cache_dir)
        registry = Registry.from_popolo(saved)
    except DebateParseError as error:
        print(f"debateparse registry download: {error}", file=sys.stderr)
        return 1
    print(f"saved {registry!r} to {saved}")
    return 0


def _run_dialects(argv: Sequence[str]) -> int:
    argparse.ArgumentParser(
        prog="debateparse dialects", description="List the dialects."
    ).parse_args(argv)
    width = max(len(name) for name in DIALECTS)
    for name, dialect in DIALECTS.items():
        print(f"{name:<{width}}  {dialect.description}")
        print(f"{'':<{width}}  e.g. {dialect.header_example}")
    return 0


SUBCOMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "dialects": _run_dialects,
    "registry": _run_registry,
}
"""Subcommands by name; any other first argument is a file to parse."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 usage)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            return SUBCOMMANDS[args[0]](args[1:])
        return _run_parse(args)
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
