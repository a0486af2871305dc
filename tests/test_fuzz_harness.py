"""The fuzz harnesses (benchmarks/fuzz_long.py, benchmarks/fuzz_atheris.py) run, share
the exporter list, and the atheris one skips cleanly without atheris."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.exporters import EXPORTERS

BENCHMARKS = REPO / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_exporter_is_in_the_shared_list():
    names = [name for name, _ in EXPORTERS]
    for needed in ("json-round-trip", "tables+csv", "jsonl", "text", "tei", "akn", "html"):
        assert needed in names
    if importlib.util.find_spec("pyarrow") is not None:
        assert "arrow" in names


def test_the_atheris_check_passes_the_kept_fuzz_inputs():
    harness = _load("fuzz_atheris")
    for case in sorted((REPO / "tests" / "fuzz").glob("*.json")):
        text = json.loads(case.read_text(encoding="utf-8"))["text"]
        harness.check_one(text)
        harness.check_one(text.encode("utf-8", errors="surrogatepass"))


def test_the_atheris_harness_skips_cleanly_without_atheris():
    blocked = (
        "import sys, runpy; sys.modules['atheris'] = None; "
        f"sys.argv = [{str(BENCHMARKS / 'fuzz_atheris.py')!r}]; "
        f"runpy.run_path({str(BENCHMARKS / 'fuzz_atheris.py')!r}, run_name='__main__')"
    )
    done = subprocess.run(
        [sys.executable, "-c", blocked], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "atheris is not installed" in done.stderr


def test_the_long_run_resumes_and_counts_every_input(tmp_path):
    out = tmp_path / "run"
    command = [sys.executable, str(BENCHMARKS / "fuzz_long.py"), "--out", str(out), "--every", "20"]
    first = subprocess.run(
        [*command, "--count", "40", "--cheap", "0.5"], capture_output=True, text=True, timeout=300
    )
    assert first.returncode == 0, first.stdout + first.stderr
    again = subprocess.run(
        [*command, "--count", "60", "--resume"], capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 0, again.stdout + again.stderr
    state = json.loads((out / "state.json").read_text())
    assert state["inputs"] == 60 and state["next"] == 60
    assert sum(state["counts"].values()) == 60
    assert state["exporters"] == [name for name, _ in EXPORTERS]
    assert state["mix"] == [[0, 0.5]]
    assert len((out / "progress.log").read_text().splitlines()) >= 4


@pytest.mark.parametrize("n", [4664, 143415])
def test_the_long_run_regenerates_an_input_from_its_number(n):
    fuzz_long = _load("fuzz_long")
    import random

    first = fuzz_long.generate(random.Random(n), 0.95)
    assert fuzz_long.generate(random.Random(n), 0.95) == first
