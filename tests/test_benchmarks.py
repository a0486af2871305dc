"""The benchmark scripts run, and print their rows, on tiny inputs (nothing is timed here).

``benchmarks/all.py`` must print every row of the performance table in one run; a script
that breaks when the models change (as ``transport.py``'s Arrow prototype once did) would
stop that run, so each script ``all.py`` calls is run here once with inputs small enough
to take a second or two, and the transports are checked to give back an equal debate.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import debateparse

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
DAY = BENCHMARKS.parent.parent / "shared" / "registry" / "raw" / "mysoc-validator"
sys.path.append(str(BENCHMARKS))


def run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_throughput_prints_every_row() -> None:
    out = run("throughput.py", "--mb", "0.3", "--small-mb", "0.2", "--repeat", "1")
    for row in (
        "bare re.finditer header scan",
        "regex-module finditer",
        "naive 30-line regex+pydantic parser",
        "parse_text / bare scan",
        "parse + read every object / bare scan",
        "naive parser time / parse_text time",
        "distinct names and times: parse + read",
        "MB/s on 5 KB pages / MB/s on the large file",
        "peak RSS, every model built / input (seed repeated)",
        "peak RSS, every model built / input (distinct names)",
    ):
        assert row in out, row


@pytest.mark.parametrize("extra", [(), ("--distinct",)])
def test_stages_prints_every_stage(extra: tuple[str, ...]) -> None:
    out = run("stages.py", "--mb", "0.3", "--repeat", "1", *extra)
    for stage in ("read", "classify", "assemble", "normalize", "parse_text", "parse + read"):
        assert f"  {stage} " in out, stage


def test_transports_give_back_the_debate() -> None:
    from debateparse.corpus.transport import pack, unpack
    from transport import arrow_pair

    folder = BENCHMARKS.parent / "fixtures" / "twfy"
    for path in sorted(folder.glob("*.txt"))[:6]:
        debate = debateparse.parse_debate(path, strict=False)  # (one page has no speakers)
        encode, decode = arrow_pair(debate)
        assert decode(encode()) == debate, path
        assert unpack(pack(debate)) == debate, path


def test_transport_prints_every_transport() -> None:
    out = run("transport.py", "--repeat", "1")
    for name in ("pickle Debate", "gc paused", "JSON bytes", "Arrow batch", "compact"):
        assert out.count(name) == 2, name  # the 30 KB and the 300 KB page


def test_corpus_prints_the_speed_ups(tmp_path: Path) -> None:
    out = run("corpus.py", "--files", "8", "--kb", "5", "--repeat", "1", "--only", "parse", "cold")
    assert out.count("speed-up") == 2  # warm and cold caller
    assert "parse_corpus" in out


@pytest.mark.skipif(not DAY.exists(), reason="needs ../shared/registry/raw")
def test_parlparse_compares_with_mysoc() -> None:
    pytest.importorskip("mysoc_validator")
    out = run("parlparse.py", "--repeat", "1", "--no-big")
    assert "mysoc" in out
    assert "agree" in out
