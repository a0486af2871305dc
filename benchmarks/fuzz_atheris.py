"""Coverage-guided fuzzing with atheris (optional): parse and every exporter.

Usage (atheris is not a dependency: ``pip install atheris``; without it this prints a
note and exits 0)::

    python benchmarks/fuzz_atheris.py -atheris_runs=50000 [CORPUS_DIR ...]
    python benchmarks/fuzz_atheris.py -max_total_time=300 fuzz-corpus/

Each input is split by atheris's ``FuzzedDataProvider``: its first byte chooses bytes
(``parse_debate`` on them, every decoding path) or text (``iter_debates`` and
``parse_text``); every debate then goes through every exporter of
``tests.exporters.EXPORTERS`` and the parse invariants (``broken_invariant``). A
``DebateParseError`` is a fine answer; anything else, or a broken invariant, is a crash
that libFuzzer reports and saves as ``crash-<sha1>`` (minimise it with
``-minimize_crash=1`` and keep it in tests/fuzz/, see tests/fuzz/README.md). With no
CORPUS_DIR the fixtures and the kept fuzz inputs are the seeds (written to a temporary
folder). See docs/fuzzing.md.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the shared exporter list lives beside the tests

try:
    import atheris
except ImportError:  # optional: the suite and the long run do not need it
    atheris = None

if atheris is not None:
    with atheris.instrument_imports():
        from debateparse import DebateParseError
        from tests.exporters import broken_invariant, export_everything, parse_input
else:
    from debateparse import DebateParseError
    from tests.exporters import broken_invariant, export_everything, parse_input


class InvariantError(AssertionError):
    """A parse invariant broke (the message says which): a crash for the fuzzer."""


def check_one(data: bytes | str) -> None:
    """Parse ``data`` (bytes or text), run every exporter, check the invariants; raise
    anything but a ``DebateParseError``."""
    try:
        debates, text, whole = parse_input(data)
    except DebateParseError:
        return
    for debate in debates if whole is None else [*debates, whole]:
        export_everything(debate)
    broken = broken_invariant(debates, text)
    if broken is not None:
        raise InvariantError(f"{broken}: {data!r}")


def test_one_input(data: bytes) -> None:
    """atheris's entry point: one input from the fuzzer."""
    if not data:
        return
    provider = atheris.FuzzedDataProvider(data)
    if provider.ConsumeIntInRange(0, 3) == 0:
        check_one(provider.ConsumeBytes(provider.remaining_bytes()))
    else:
        check_one(provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes()))


def seed_corpus() -> Path:
    """A temporary folder of seeds: every fixture and every kept fuzz input, as UTF-8
    text behind a first byte that makes the provider read them as text."""
    folder = Path(tempfile.mkdtemp(prefix="debateparse-atheris-"))
    texts = [path.read_bytes() for path in sorted((REPO / "fixtures").glob("*/*.txt"))]
    for case in sorted((REPO / "tests" / "fuzz").glob("*.json")):
        text = json.loads(case.read_text(encoding="utf-8"))["text"]
        texts.append(text.encode("utf-8", errors="surrogatepass"))
    for n, text in enumerate(texts):
        (folder / f"seed-{n:03}").write_bytes(b"\x01" + text[:20_000])
    return folder


def main(argv: list[str]) -> int:
    if atheris is None:
        print("atheris is not installed (pip install atheris): nothing to do", file=sys.stderr)
        return 0
    if not any(not arg.startswith("-") for arg in argv[1:]):
        argv = [*argv, str(seed_corpus())]
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
