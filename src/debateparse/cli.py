"""Command line: ``debateparse FILE [--format ...] [--dialect NAME]`` and subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from debateparse import __version__
from debateparse.api import parse_debate
from debateparse.corpus import parse_corpus
from debateparse.corpus_tables import default_file_format, find_inputs, write_corpus
from debateparse.dialects import DIALECTS
from debateparse.errors import DebateParseError
from debateparse.export import summary, turn_records
from debateparse.export.akn import to_akoma_ntoso
from debateparse.export.files import FILE_FORMATS, csv_text, encode, open_sink
from debateparse.export.tables import TABLES, table_rows
from debateparse.export.tei import to_parlamint_tei
from debateparse.export.tei_corpus import write_parlamint_corpus
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
    "tei": to_parlamint_tei,
    "akn": to_akoma_ntoso,
}
"""Text output formats of the parse command: name -> renderer."""

TABLE_FORMATS = FILE_FORMATS
"""Output formats that write one table (``--table``) of the debate."""


def _parse_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="debateparse",
        description="Parse a Hansard-style debate (TheyWorkForYou and more) into typed data.",
        epilog="Subcommands: 'debateparse dialects' lists the dialects; 'debateparse corpus "
        "DIR_OR_GLOB -o OUT' parses many files into tables; 'debateparse registry download' "
        "fetches TheyWorkForYou's people.json.",
    )
    parser.add_argument("file", help="debate text file to parse ('-' reads standard input)")
    parser.add_argument(
        "--format",
        "-f",
        choices=sorted([*FORMATS, *TABLE_FORMATS]),
        default="summary",
        help="output format (csv and parquet write the table chosen by --table)",
    )
    parser.add_argument(
        "--table",
        choices=list(TABLES),
        default="turns",
        help="table written by --format csv or parquet (default: turns)",
    )
    parser.add_argument(
        "--output", "-o", type=Path, help="write to this file instead of standard output"
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
    if args.format in TABLE_FORMATS:
        return _write_table(debate, args)
    text = FORMATS[args.format](debate)
    text = text if text.endswith("\n") else text + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 0


def _write_table(debate: Debate, args: argparse.Namespace) -> int:
    rows = table_rows(args.table, debate)
    if args.output is None:
        if args.format == "parquet":
            print("--format parquet needs --output FILE", file=sys.stderr)
            return 2
        sys.stdout.write(csv_text(rows, args.table))
        return 0
    try:
        sink = open_sink(args.output, args.table, args.format)
    except ImportError as error:
        print(error, file=sys.stderr)
        return 1
    sink.write(encode(rows, args.table, args.format))
    sink.close()
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


def _corpus_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="debateparse corpus",
        description="Parse many debate files in parallel into tables (debates, turns, "
        "speakers, diagnostics): one Parquet file per table, or one CSV per table; or, "
        "with --format tei, into a ParlaMint corpus folder.",
    )
    parser.add_argument("inputs", metavar="DIR_OR_GLOB", help="a folder, a glob or a file")
    parser.add_argument("--output", "-o", type=Path, required=True, help="output folder")
    parser.add_argument(
        "--format",
        "-f",
        choices=(*FILE_FORMATS, "tei"),
        help="table file format (default: parquet when pyarrow is installed, else csv), or "
        "tei for a ParlaMint corpus folder (root, listOrg, listPerson, taxonomies, a file "
        "per sitting)",
    )
    parser.add_argument("--workers", "-w", type=int, help="worker processes (default: all cores)")
    parser.add_argument(
        "--registry",
        "-r",
        metavar="PATH",
        help="resolve speakers against this registry file (Popolo JSON, ParlaMint listPerson "
        "XML or CSV), loaded once per worker; 'default' uses the downloaded one",
    )
    parser.add_argument("--dialect", "-d", default="auto", help="dialect name, or 'auto'")
    parser.add_argument("--pattern", default="*.txt", help="files to take from a folder")
    parser.add_argument(
        "--lenient", action="store_true", help="keep files with no speaker header as empty debates"
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: only when standard error is a terminal)",
    )
    return parser


def _run_corpus(argv: Sequence[str]) -> int:
    parser = _corpus_parser()
    args = parser.parse_args(argv)
    if args.dialect != "auto" and args.dialect not in DIALECTS:
        parser.error(f"unknown dialect {args.dialect!r} (choose from auto, {', '.join(DIALECTS)})")
    paths = find_inputs(args.inputs, args.pattern)
    if not paths:
        parser.error(f"no input files found for {args.inputs!r}")
    if args.format == "tei":
        return _run_tei_corpus(args, paths)
    if args.format is None and default_file_format() == "csv":
        print("pyarrow is not installed: writing CSV files", file=sys.stderr)
    try:
        report = write_corpus(
            paths,
            args.output,
            file_format=args.format,
            workers=args.workers,
            registry=args.registry,
            progress=args.progress,
            dialect=args.dialect,
            strict=not args.lenient,
        )
    except (ImportError, ValueError, OSError, DebateParseError) as error:
        print(f"debateparse corpus: {error}", file=sys.stderr)
        return 1
    print(report.summary())
    return 0 if report.ok or not report.files else 1


def _run_tei_corpus(args: argparse.Namespace, paths: list[Path]) -> int:
    """``corpus --format tei``: parse in parallel, then write the ParlaMint folder (the
    listPerson needs every debate, so the debates are gathered first)."""
    try:
        registry = _load_registry(args.registry)
        debates, failed = [], 0
        for path, outcome in parse_corpus(
            paths,
            workers=args.workers,
            registry=registry,
            progress=args.progress,
            dialect=args.dialect,
            strict=not args.lenient,
        ):
            if isinstance(outcome, Debate):
                debates.append(outcome)
            else:
                failed += 1
                print(f"debateparse corpus: {path}: {outcome}", file=sys.stderr)
        written = write_parlamint_corpus(debates, args.output, registry=registry)
    except (ValueError, OSError, DebateParseError) as error:
        print(f"debateparse corpus: {error}", file=sys.stderr)
        return 1
    print(
        f"{len(debates)} debates ({failed} files failed) -> a ParlaMint corpus of "
        f"{len(written)} files in {args.output}"
    )
    return 0 if not failed else 1


SUBCOMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "dialects": _run_dialects,
    "corpus": _run_corpus,
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
