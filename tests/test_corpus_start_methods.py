"""parse_corpus under every multiprocessing start method, and parse_path's registry."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import textwrap

import pytest

from debateparse.corpus import parse_path
from debateparse.errors import DebateParseError
from tests.conftest import SEED
from tests.test_corpus import DOCHERTY, ROSTER

METHODS = [
    m for m in ("fork", "spawn", "forkserver") if m in multiprocessing.get_all_start_methods()
]

# What docs/corpus.md tells a script to do: the parse_corpus call under a __main__ guard.
SCRIPT = textwrap.dedent(
    """
    import multiprocessing
    import sys

    from debateparse import parse_corpus

    if __name__ == "__main__":
        multiprocessing.set_start_method(sys.argv[1])
        paths = [sys.argv[2]] * 6
        kinds = [type(o).__name__ for _, o in parse_corpus(paths, workers=2, registry=sys.argv[3])]
        print(",".join(kinds))
    """
)


@pytest.mark.parametrize("method", METHODS)
def test_parse_corpus_runs_under_every_start_method(tmp_path, method):
    script = tmp_path / "run.py"
    script.write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), method, str(SEED), str(ROSTER)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ",".join(["Debate"] * 6)


def test_parse_path_loads_a_registry_given_as_a_path():
    debate = parse_path(SEED, registry=str(ROSTER))
    assert not isinstance(debate, DebateParseError)
    assert debate.speakers["leo-docherty"].member_id == DOCHERTY


@pytest.mark.parametrize("registry", [42, b"people.json", {"people": []}])
def test_parse_path_rejects_a_registry_of_another_type_at_once(registry):
    with pytest.raises(TypeError, match="registry must be a Registry"):
        parse_path(SEED, registry=registry)


def test_parse_path_names_a_missing_registry_file(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"people\.json"):
        parse_path(SEED, registry=tmp_path / "people.json")
