"""Command line: subcommands in --help, '-' as standard output, missing folders, corpus
JSON Lines and one short line per failure."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from debateparse import parse_debate
from debateparse.cli import COMMANDS, main
from debateparse.corpus.tables import FAILURE_WIDTH, failure_line
from debateparse.errors import NotADebateError
from debateparse.export.tables import TABLES
from tests.conftest import ARTICLE, SEED


def test_help_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert f"    {command} " in out, out


@pytest.mark.parametrize("command", ["corpus", "dialects", "registry", "parse"])
def test_every_subcommand_has_version(command, capsys):
    with pytest.raises(SystemExit) as stop:
        main([command, "--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("debateparse ")


def test_bare_file_is_the_parse_command(capsys):
    assert main([str(SEED)]) == 0
    short = capsys.readouterr().out
    assert main(["parse", str(SEED)]) == 0
    assert capsys.readouterr().out == short
    assert "Ukraine and Georgia" in short


def test_no_arguments_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stop:
        main([])
    assert stop.value.code == 2
    assert "COMMAND" in capsys.readouterr().err


def test_output_dash_is_standard_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([str(SEED), "-f", "json", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Ukraine and Georgia"
    assert main([str(SEED), "-f", "csv", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("debate_id,")
    assert not (tmp_path / "-").exists()


def test_output_into_a_missing_folder_creates_it(tmp_path):
    target = tmp_path / "new" / "deeper" / "seed.json"
    assert main([str(SEED), "-f", "json", "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "Ukraine and Georgia"
    table = tmp_path / "other" / "turns.csv"
    assert main([str(SEED), "-f", "csv", "-o", str(table)]) == 0
    assert table.read_text(encoding="utf-8").startswith("debate_id,")


def test_output_that_cannot_be_written_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main([str(SEED), "-f", "json", "-o", str(blocker / "out.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def _corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    shutil.copy(ARTICLE, folder / "article.txt")
    (folder / "notes.txt").write_text("Just some notes.\nNothing said by anyone.\n", "utf-8")
    return folder


def test_corpus_jsonl_streams_one_object_per_turn_to_stdout(tmp_path, capsys):
    folder = _corpus(tmp_path)
    assert main(["corpus", str(folder), "-f", "jsonl", "-w", "1"]) == 0
    printed = capsys.readouterr()
    records = [json.loads(line) for line in printed.out.splitlines()]
    seed, article = parse_debate(SEED), parse_debate(ARTICLE)
    assert len(records) == len(seed.turns) + len(article.turns)
    assert all(list(r) == list(TABLES["turns"].names) for r in records)
    assert len({r["debate_id"] for r in records}) == 2
    assert "1 of 3 files failed" in printed.err
    assert printed.err.count("notes.txt") == 1


def test_corpus_jsonl_to_a_file_matches_single_file_jsonl(tmp_path, capsys):
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    out = tmp_path / "made" / "turns.jsonl"
    assert main(["corpus", str(folder), "-f", "jsonl", "-o", str(out), "-w", "1"]) == 0
    assert main([str(folder / "seed.txt"), "-f", "jsonl"]) == 0
    assert out.read_text(encoding="utf-8") == capsys.readouterr().out


def test_corpus_tables_need_an_output_folder(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["corpus", str(_corpus(tmp_path))])
    assert stop.value.code == 2
    assert "--output" in capsys.readouterr().err


def test_corpus_summary_has_one_short_line_per_failure(tmp_path, capsys):
    folder = _corpus(tmp_path)
    out = tmp_path / "out"
    assert main(["corpus", str(folder), "-o", str(out), "-f", "csv", "-w", "1"]) == 0
    summary = capsys.readouterr().out
    failed = [line for line in summary.splitlines() if "notes.txt" in line]
    assert len(failed) == 1 and len(failed[0].strip()) <= FAILURE_WIDTH
    with (out / "failures.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 1
    assert len(rows[0]["error"]) > FAILURE_WIDTH  # the whole message is kept
    assert rows[0]["error"].startswith(failed[0].strip().rstrip("…"))


def test_failure_line_is_cut_at_a_word():
    error = NotADebateError("no speaker header found " + "word " * 200, source="a.txt", line=1)
    line = failure_line("a.txt", error)
    assert line.startswith("a.txt:1: no speaker header found")
    assert len(line) <= FAILURE_WIDTH and line.endswith("…")
    assert failure_line("b.txt", "short") == "b.txt: short"
