"""Corpus runs: parse_corpus, the registry hook, write_corpus and ``debateparse corpus``."""

from __future__ import annotations

import csv
import json
import os
import pickle
import shutil

import pytest

import debateparse
from debateparse.cli import main
from debateparse.corpus import find_inputs, load_registry, parse_corpus, parse_path, write_corpus
from debateparse.corpus import run as corpus_run
from debateparse.errors import DebateParseError, EmptyInputError, NotADebateError, RegistryError
from debateparse.registry import Registry
from tests.builders import sitting
from tests.conftest import FIXTURES, SEED
from tests.standins import logging_loader

SHANNON = "uk.org.publicwhip/person/13864"
DOCHERTY = "uk.org.publicwhip/person/25628"
ROSTER = FIXTURES / "registry" / "commons-2024.csv"
PROSE = (
    "The committee met on Tuesday to consider the report.\n\n"
    "It will publish its findings in the spring, after hearing further evidence.\n"
)


@pytest.fixture
def archive(tmp_path):
    """A folder of debates and bad files, and the list of paths in a fixed order."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for path in sorted((FIXTURES / "twfy").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "zz-prose.txt").write_text(PROSE, encoding="utf-8")
    (folder / "zz-empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "zz-binary.txt").write_bytes(b"Photo of\x00 binary")
    paths = sorted(folder.glob("*.txt"))
    return folder, [*paths, folder / "zz-missing.txt"]


def summary_of(outcome):
    """Comparable form of an outcome: the debate itself, or the error's type and text."""
    if isinstance(outcome, DebateParseError):
        return type(outcome).__name__, str(outcome)
    return outcome


def test_parse_corpus_keeps_input_order_and_survives_bad_files(archive):
    _, paths = archive
    results = list(parse_corpus(paths, workers=2))
    assert [path for path, _ in results] == paths
    by_name = {path.name: outcome for path, outcome in results}
    assert isinstance(by_name[SEED.name], debateparse.Debate)
    assert len(by_name[SEED.name].turns) == 43
    assert isinstance(by_name["zz-prose.txt"], NotADebateError)
    assert isinstance(by_name["zz-empty.txt"], EmptyInputError)
    assert isinstance(by_name["zz-binary.txt"], DebateParseError)
    missing = by_name["zz-missing.txt"]
    assert isinstance(missing, DebateParseError)
    assert str(missing).startswith(f"{paths[-1]}: cannot read")
    serial = list(parse_corpus(paths, workers=1))
    assert [summary_of(o) for _, o in serial] == [summary_of(o) for _, o in results]


def test_parse_corpus_is_lazy_and_can_stop_early(archive):
    _, paths = archive
    generator = (path for path in paths * 20)  # no len(): no total on the bar
    taken = []
    for path, outcome in parse_corpus(generator, workers=2, strict=False):
        taken.append((path, outcome))
        if len(taken) == 3:
            break
    assert [p for p, _ in taken] == paths[:3]


def test_lenient_corpus_turns_non_debates_into_empty_debates(archive):
    _, paths = archive
    prose = dict(parse_corpus(paths, workers=1, strict=False))[paths[-2]]
    assert isinstance(prose, debateparse.Debate)
    assert len(prose.turns) == 0


def test_debates_and_errors_pickle(seed_debate):
    for debate in (seed_debate, sitting()):
        assert pickle.loads(pickle.dumps(debate)) == debate
    error = NotADebateError("no speaker header", source="x.txt", line=1, snippet="text")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy)) == (NotADebateError, str(error))


def test_an_unexpected_exception_is_reported_not_raised(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(corpus_run, "parse_debate", broken)
    outcome = parse_path(SEED)
    assert isinstance(outcome, DebateParseError)
    assert "unexpected RuntimeError: boom" in str(outcome)


def test_workers_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        list(parse_corpus([SEED], workers=0))


# --- the registry hook ------------------------------------------------------------------


@pytest.fixture
def registry_file(tmp_path):
    path = tmp_path / "roster.csv"
    shutil.copy(ROSTER, path)
    return path


def test_registry_path_is_loaded_once_per_worker(archive, registry_file):
    _, paths = archive
    many = [p for p in paths if p.name.endswith(".txt") and "zz" not in p.name] * 8
    results = list(
        parse_corpus(many, workers=2, registry=registry_file, registry_loader=logging_loader)
    )
    loads = (registry_file.parent / "loads.log").read_text().split()
    assert 1 <= len(loads) <= 2 < len(many)
    assert len(set(loads)) == len(loads)  # at most one load in each worker process
    seeds = [d for p, d in results if p.name == SEED.name]
    assert seeds and all(d.speakers["jim-shannon"].member_id == SHANNON for d in seeds)
    assert all(d.speakers["leo-docherty"].member_id == DOCHERTY for d in seeds)


def test_registry_is_loaded_once_in_process(registry_file):
    results = list(
        parse_corpus(
            [SEED, SEED], workers=1, registry=registry_file, registry_loader=logging_loader
        )
    )
    assert (registry_file.parent / "loads.log").read_text().split() == [str(os.getpid())]
    assert all(d.speakers["jim-shannon"].member_id == SHANNON for _, d in results)


def test_registry_object_is_sent_to_each_worker():
    registry = Registry.from_csv(ROSTER)
    results = list(parse_corpus([SEED] * 40, workers=2, registry=registry))
    assert {d.speakers["leo-docherty"].member_id for _, d in results} == {DOCHERTY}


def test_default_loader_passes_objects_and_loads_files_by_format(tmp_path):
    registry = Registry.from_csv(ROSTER)
    assert load_registry(registry) is registry
    roster = load_registry(ROSTER)
    assert isinstance(roster, Registry) and len(roster) == len(registry)
    popolo = load_registry(str(FIXTURES / "registry" / "namesakes.popolo.json"))
    assert isinstance(popolo, Registry) and len(popolo) > 0
    with pytest.raises(FileNotFoundError, match=r"absent\.json"):
        load_registry(tmp_path / "absent.json")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(RegistryError):
        load_registry(tmp_path / "broken.json")


def test_default_loader_reads_the_downloaded_registry(monkeypatch, tmp_path):
    monkeypatch.setenv("DEBATEPARSE_CACHE_DIR", str(tmp_path))
    with pytest.raises(RegistryError, match="download"):
        load_registry("default")
    shutil.copy(FIXTURES / "registry" / "namesakes.popolo.json", tmp_path / "people.json")
    assert isinstance(load_registry("default"), Registry)


def test_a_registry_that_fails_to_load_is_reported(tmp_path):
    missing = tmp_path / "absent.csv"
    with pytest.raises(FileNotFoundError, match=r"absent\.csv"):
        list(parse_corpus([SEED] * 3, workers=2, registry=missing))


def test_corpus_command_resolves_against_a_registry(archive, tmp_path, capsys):
    folder, _ = archive
    out = tmp_path / "tables"
    argv = ["corpus", str(folder), "-o", str(out), "-w", "2", "-f", "csv", "-r", str(ROSTER)]
    assert main(argv) == 0
    speakers = [row for row in read_csv(out / "speakers.csv") if row["name"] == "Jim Shannon"]
    assert speakers and {row["member_id"] for row in speakers} == {SHANNON}
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main([*argv[:-1], str(bad)]) == 1
    assert "broken.json" in capsys.readouterr().err


# --- progress -------------------------------------------------------------------------------


def test_progress_is_shown_only_when_asked_or_on_a_terminal(archive, capsys):
    _, paths = archive
    list(parse_corpus(paths, workers=1, progress=None))  # stderr is captured: not a terminal
    list(parse_corpus(paths, workers=1, progress=False))
    assert capsys.readouterr().err == ""
    results = list(parse_corpus(paths, workers=1, progress=True))
    failed = sum(isinstance(outcome, DebateParseError) for _, outcome in results)
    err = capsys.readouterr().err
    assert f"{len(paths)}/{len(paths)}" in err
    assert "file/s" in err
    assert f"errors={failed}" in err


# --- tables of a corpus, and the command ---------------------------------------------------


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_write_corpus_csv_is_the_same_for_any_number_of_workers(archive, tmp_path):
    _, paths = archive
    one = write_corpus(paths, tmp_path / "one", file_format="csv", workers=1, progress=False)
    two = write_corpus(paths, tmp_path / "two", file_format="csv", workers=2, progress=False)
    for name in ("debates", "turns", "speakers", "diagnostics"):
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == (
            tmp_path / "two" / f"{name}.csv"
        ).read_bytes()
    outcomes = [parse_path(path) for path in paths]
    debates = [d for d in outcomes if isinstance(d, debateparse.Debate)]
    turns = read_csv(tmp_path / "two" / "turns.csv")
    assert len(turns) == sum(len(d.turns) for d in debates) == two.turns
    assert (two.files, two.ok, len(two.failures)) == (
        len(paths),
        len(debates),
        len(paths) - len(debates),
    )
    assert two.speakers == len(read_csv(tmp_path / "two" / "speakers.csv"))
    failures = read_csv(tmp_path / "two" / "failures.csv")
    assert [row["source"] for row in failures] == [p for p, _ in two.failures]
    summary = two.summary()
    assert f"files:    {len(paths)} ({two.ok} ok, {len(two.failures)} failed)" in summary
    assert "zz-missing.txt: cannot read" in summary
    assert one.turns == two.turns


def test_write_corpus_parquet_holds_every_table(archive, tmp_path):
    parquet = pytest.importorskip("pyarrow.parquet")
    from debateparse.export.frames import to_arrow

    _, paths = archive
    write_corpus(paths, tmp_path / "out", file_format="parquet", workers=2, progress=False)
    debates = [d for _, d in parse_corpus(paths, workers=1) if isinstance(d, debateparse.Debate)]
    for name in ("debates", "turns", "speakers", "diagnostics"):
        written = parquet.read_table(tmp_path / "out" / f"{name}.parquet")
        assert written.equals(to_arrow(debates, name)), name


def test_find_inputs(archive):
    folder, paths = archive
    present = paths[:-1]
    assert find_inputs(str(folder)) == present
    assert find_inputs(str(folder / "zz-*.txt")) == [p for p in present if p.name.startswith("zz")]
    assert find_inputs(str(SEED)) == [SEED]
    assert find_inputs(str(folder), pattern="*.json") == []


def test_corpus_command(archive, tmp_path, capsys):
    folder, _ = archive
    out = tmp_path / "tables"
    status = main(["corpus", str(folder), "-o", str(out), "--workers", "2", "--format", "csv"])
    printed = capsys.readouterr()
    assert status == 0
    assert "turns:" in printed.out and "failed:" in printed.out
    assert printed.err == ""  # no progress bar when standard error is not a terminal
    assert sorted(p.name for p in out.iterdir()) == [
        "debates.csv",
        "diagnostics.csv",
        "divisions.csv",
        "failures.csv",
        "run.json",
        "speakers.csv",
        "turns.csv",
        "votes.csv",
    ]
    assert json.loads((out / "run.json").read_text())["status"] == "complete"


def test_corpus_command_with_nothing_to_do(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["corpus", str(tmp_path / "nothing-*.txt"), "-o", str(tmp_path / "out")])
    assert stop.value.code == 2
    assert "no input files" in capsys.readouterr().err
