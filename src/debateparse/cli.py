"""Command line: ``debateparse FILE [--format ...] [--dialect NAME]`` and subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import NoReturn, TextIO

from debateparse import __version__
from debateparse.api import iter_debates, parse_debate
from debateparse.corpus import Outcome, PathLike, parse_corpus
from debateparse.corpus.inputs import INPUT_PATTERNS
from debateparse.corpus.tables import (
    default_file_format,
    failure_line,
    find_inputs,
    more_sections,
    sections,
    write_corpus,
)
from debateparse.dialects import DIALECTS
from debateparse.errors import DebateParseError
from debateparse.export import summary
from debateparse.export.akn import to_akoma_ntoso
from debateparse.export.files import FILE_FORMATS
from debateparse.export.html import page_html
from debateparse.export.records import jsonl_lines, write_jsonl
from debateparse.export.tables import TABLES
from debateparse.export.tei import to_parlamint_tei
from debateparse.export.tei_corpus import write_parlamint_corpus
from debateparse.export.writers import write_json, write_table, write_table_csv
from debateparse.limits import MAX_BYTES
from debateparse.models import Debate
from debateparse.registry import DEFAULT_URL, Registry, default_path, download, load_registry

__all__ = ["main"]

FORMATS: dict[str, Callable[[Debate], str]] = {
    "summary": summary,
    "html": page_html,
    "json": lambda debate: debate.to_json(indent=2),
    "jsonl": lambda debate: "".join(jsonl_lines(debate)),
    "text": lambda debate: debate.to_text(),
    "tei": to_parlamint_tei,
    "akn": to_akoma_ntoso,
}
"""Text output formats of the parse command: name -> renderer."""

STREAMED = frozenset({"json", "jsonl"})
"""Formats the parse command writes as they are made (``export.writers``)."""

TABLE_FORMATS = FILE_FORMATS
"""Output formats that write one table (``--table``) of the debate."""


_COMMAND_HELP = {
    "parse": "parse one debate file (the default: 'debateparse FILE' is 'debateparse parse FILE')",
    "corpus": "parse many files in parallel into tables, JSON Lines or a ParlaMint corpus",
    "dialects": "list the dialects",
    "registry": "download or locate the registry of members",
}


def _version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"debateparse {__version__}")


def build_parser() -> argparse.ArgumentParser:
    """The command line: ``debateparse COMMAND ...``, each command a subparser."""
    parser = argparse.ArgumentParser(
        prog="debateparse",
        description="Parse Hansard-style debates (TheyWorkForYou and more) into typed data.",
        epilog="'debateparse FILE [options]' is short for 'debateparse parse FILE [options]'.",
    )
    _version(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name, add in (
        ("parse", _add_parse),
        ("corpus", _add_corpus),
        ("dialects", _add_dialects),
        ("registry", _add_registry),
    ):
        sub = commands.add_parser(name, help=_COMMAND_HELP[name], description=_COMMAND_HELP[name])
        _version(sub)
        add(sub)
    return parser


def _add_parse(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=_run_parse)
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
        "--output",
        "-o",
        metavar="FILE",
        help="write to this file ('-': standard output, the default); missing folders are created",
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
    parser.add_argument(
        "--max-bytes",
        type=_size,
        default=MAX_BYTES,
        metavar="N",
        help=f"refuse an input larger than N bytes (default {MAX_BYTES}, 2 GiB; "
        "suffixes K, M, G; 0: no limit)",
    )


def _size(text: str) -> int | None:
    """A byte count for --max-bytes: digits with an optional K, M or G (powers of 1024)."""
    units = {"K": 1024, "M": 1024**2, "G": 1024**3}
    scale = units.get(text[-1:].upper(), 1)
    digits = text[:-1] if scale != 1 else text
    if not digits.isdigit():
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 500M)")
    return int(digits) * scale or None


def _fail(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    parser.error(message)


def _check_dialect(parser: argparse.ArgumentParser, dialect: str) -> None:
    if dialect != "auto" and dialect not in DIALECTS:
        _fail(parser, f"unknown dialect {dialect!r} (choose from auto, {', '.join(DIALECTS)})")


def _is_stdout(output: str | None) -> bool:
    return output is None or output == "-"


def _output_path(output: str) -> Path:
    """The output file, its missing parent folders created."""
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _run_parse(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    _check_dialect(parser, args.dialect)
    try:
        registry = _load_registry(args.registry)
        source = sys.stdin.buffer if args.file == "-" else args.file
        debate = parse_debate(
            source,
            dialect=args.dialect,
            registry=registry,
            strict=not args.lenient,
            max_bytes=args.max_bytes,
        )
    except DebateParseError as error:
        print(error, file=sys.stderr)  # "FILE:LINE: message"
        return 1
    except OSError as error:
        print(f"{error.filename or args.file}: {error.strerror or error}", file=sys.stderr)
        return 1
    try:
        if args.format in TABLE_FORMATS:
            return _write_table(_every_section(debate, source, registry), args)
        if args.format in STREAMED:
            _stream_out(debate, args)
            return 0
        text = FORMATS[args.format](debate)
        text = text if text.endswith("\n") or not text else text + "\n"
        if _is_stdout(args.output):
            sys.stdout.write(text)
        else:
            _output_path(args.output).write_text(text, encoding="utf-8")
    except DebateParseError as error:  # a later section of a structured file
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{error.filename or args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0


def _stream_out(debate: Debate, args: argparse.Namespace) -> None:
    """JSON or JSON Lines written as made (``export.writers``), the same bytes as
    ``FORMATS`` renders."""
    with ExitStack() as stack:
        if _is_stdout(args.output):
            stream: TextIO = sys.stdout
        else:
            stream = stack.enter_context(_output_path(args.output).open("w", encoding="utf-8"))
        if args.format == "json":
            write_json(debate, stream)
            stream.write("\n")
        else:
            write_jsonl(debate, stream)


def _every_section(debate: Debate, source: object, registry: Registry | None) -> Iterator[Debate]:
    """For a table of a structured file (ParlParse XML: one debate per section), every
    section, not only the first, each read when reached; otherwise the debate."""
    if DIALECTS[debate.dialect].reader is None or not isinstance(source, str):
        return iter([debate])
    return iter_debates(source, dialect=debate.dialect, registry=registry)


def _write_table(debates: Iterator[Debate], args: argparse.Namespace) -> int:
    """The table, a batch of rows at a time (``export.writers``)."""
    if _is_stdout(args.output):
        if args.format == "parquet":
            print("--format parquet needs --output FILE", file=sys.stderr)
            return 2
        write_table_csv(debates, args.table, sys.stdout)
        return 0
    try:
        write_table(debates, args.table, _output_path(args.output), args.format)
    except ImportError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


def _load_registry(path: str | None) -> Registry | None:
    if path is None:
        return None
    return Registry.default() if path == "default" else load_registry(path)


def _add_registry(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=_run_registry)
    commands = parser.add_subparsers(dest="registry_command", metavar="ACTION", required=True)
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


def _run_registry(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.registry_command == "path":
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


def _add_dialects(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=_run_dialects)


def _run_dialects(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    width = max(len(name) for name in DIALECTS)
    for name, dialect in DIALECTS.items():
        print(f"{name:<{width}}  {dialect.description}")
        print(f"{'':<{width}}  e.g. {dialect.header_example}")
    return 0


def _add_corpus(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=_run_corpus)
    parser.add_argument("inputs", metavar="DIR_OR_GLOB", help="a folder, a glob or a file")
    parser.add_argument(
        "--output",
        "-o",
        metavar="OUT",
        help="output folder (created if missing); for --format jsonl a file, or '-' (the "
        "default for jsonl) for standard output",
    )
    parser.add_argument(
        "--format",
        "-f",
        choices=(*FILE_FORMATS, "jsonl", "tei"),
        help="table file format (default: parquet when pyarrow is installed, else csv); "
        "jsonl streams one JSON object per turn; tei writes a ParlaMint corpus folder "
        "(root, listOrg, listPerson, taxonomies, a file per sitting)",
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
    parser.add_argument(
        "--pattern",
        action="append",
        metavar="GLOB",
        help="files to take from a folder; repeat for several (default: *.txt and *.xml)",
    )
    parser.add_argument(
        "--lenient", action="store_true", help="keep files with no speaker header as empty debates"
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: only when standard error is a terminal)",
    )


def _run_corpus(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    _check_dialect(parser, args.dialect)
    paths = find_inputs(args.inputs, args.pattern or INPUT_PATTERNS)
    if not paths:
        _fail(parser, f"no input files found for {args.inputs!r}")
    if args.format == "jsonl":
        return _run_jsonl_corpus(args, paths)
    if _is_stdout(args.output):
        _fail(parser, f"--format {args.format or 'parquet'} needs --output OUT_DIR")
    if args.format == "tei":
        return _run_tei_corpus(args, paths)
    if args.format is None and default_file_format() == "csv":
        print("pyarrow is not installed: writing CSV files", file=sys.stderr)
    try:
        report = write_corpus(
            paths,
            Path(args.output),
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


def _parsed(args: argparse.Namespace, paths: list[Path]) -> Iterator[tuple[PathLike, Outcome]]:
    return parse_corpus(
        paths,
        workers=args.workers,
        registry=_load_registry(args.registry),
        progress=args.progress,
        dialect=args.dialect,
        strict=not args.lenient,
    )


def _main_registry(args: argparse.Namespace, first: Debate) -> Registry | None:
    """The registry for the later sections of a structured file read here, in the main
    process (``corpus --format jsonl``): loaded once, and only when such a file needs it."""
    if args.registry is None or not more_sections(first):
        return None
    loaded: Registry | None = getattr(args, "_loaded_registry", None)
    if loaded is None:
        loaded = _load_registry(args.registry)
        args._loaded_registry = loaded
    return loaded


def _report_failure(path: PathLike, error: DebateParseError) -> None:
    print(f"debateparse corpus: {failure_line(path, error)}", file=sys.stderr)


def _run_jsonl_corpus(args: argparse.Namespace, paths: list[Path]) -> int:
    """``corpus --format jsonl``: one JSON object per turn, streamed as files finish."""
    failed = debates = turns = 0
    stream: TextIO = sys.stdout
    try:
        if not _is_stdout(args.output):
            stream = _output_path(args.output).open("w", encoding="utf-8")
        for path, outcome in _parsed(args, paths):
            if isinstance(outcome, DebateParseError):
                failed += 1
                _report_failure(path, outcome)
                continue
            for debate in sections(path, outcome, _main_registry(args, outcome)):
                debates += 1
                turns += write_jsonl(debate, stream)
    except (ValueError, OSError, DebateParseError) as error:
        print(f"debateparse corpus: {error}", file=sys.stderr)
        return 1
    finally:
        if stream is not sys.stdout:
            stream.close()
    print(
        f"{debates} debates, {turns} turns ({failed} of {len(paths)} files failed)",
        file=sys.stderr,
    )
    return 0 if not failed or debates else 1


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
                _report_failure(path, outcome)
        written = write_parlamint_corpus(debates, Path(args.output), registry=registry)
    except (ValueError, OSError, DebateParseError) as error:
        print(f"debateparse corpus: {error}", file=sys.stderr)
        return 1
    print(
        f"{len(debates)} debates ({failed} files failed) -> a ParlaMint corpus of "
        f"{len(written)} files in {args.output}"
    )
    return 0 if not failed else 1


COMMANDS = ("parse", "corpus", "dialects", "registry")
"""The subcommands; a first argument that is none of these (nor an option) is a file."""


def _with_command(args: list[str]) -> list[str]:
    """``debateparse FILE ...`` is ``debateparse parse FILE ...``."""
    if not args or args[0] in COMMANDS or args[0] in ("-h", "--help", "--version"):
        return args
    return ["parse", *args]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input). Usage errors
    exit with status 2 and ``--help``/``--version`` with 0, as argparse does
    (``SystemExit``)."""
    args = _with_command(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    if not args:
        parser.error("give a FILE to parse or a COMMAND")
    namespace = parser.parse_args(args)
    try:
        status: int = namespace.run(namespace, _subparser(parser, namespace.command))
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    return status


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser = action.choices[name]
            return found
    return parser
