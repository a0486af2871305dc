"""Command line: formats, errors as FILE:LINE with exit 1, usage errors exit 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from debateparse import debates_table, parse_debate
from debateparse.cli import main
from debateparse.export.tables import TABLES
from tests.conftest import ARTICLE, SEED


def test_summary(capsys):
    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out
    for expected in (
        "Title:      Ukraine and Georgia",
        "House:      House of Commons",
        "Date:       2024-05-15",
        "Start time: 12:35",
        "Turns:      43",
        "Speakers:   22",
    ):
        assert expected in out
    row = next(line for line in out.splitlines() if line.startswith("Leo Docherty"))
    assert row.split()[-2:] == ["21", "1967"]
    assert "party-conflict" in out


def test_json_is_the_lossless_form(capsys):
    assert main([str(SEED), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["turns"]) == 43 and data["speakers"]["jim-shannon"]["turn_count"] == 2


def test_jsonl_has_one_record_per_turn(capsys):
    assert main([str(SEED), "-f", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 43
    assert records[0]["speaker_name"] == "Jim Shannon" and records[0]["party"] == "DUP"
    # The same fields as the turns table, in its order, keyed by the debates table's id.
    debate = parse_debate(SEED)
    assert list(records[0]) == list(TABLES["turns"].names)
    assert {r["debate_id"] for r in records} == {debates_table(debate)[0]["debate_id"]}
    assert records[0]["time"] == "12:35:00" and records[0]["text"].startswith("(Urgent")


def test_text_format_reproduces_the_layout(capsys):
    from debateparse.export import canonical_layout

    assert main([str(SEED), "--format", "text"]) == 0
    assert capsys.readouterr().out == canonical_layout(SEED.read_text(encoding="utf-8")) + "\n"


def test_not_a_debate_is_file_line_message_and_exit_1(capsys):
    assert main([str(ARTICLE), "--dialect", "twfy"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{ARTICLE}:1: no speaker header found")


def test_lenient_prints_an_empty_debate(capsys):
    assert main([str(ARTICLE), "--dialect", "twfy", "--lenient", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["turns"] == [] and data["diagnostics"][0]["code"] == "no-speaker-headers"


def test_missing_file_exit_1(capsys, tmp_path):
    assert main([str(tmp_path / "none.txt")]) == 1
    assert "No such file" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [[], [str(SEED), "--format", "xml"], [str(SEED), "-d", "nope"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2


def test_dialects_lists_every_dialect(capsys):
    from debateparse import DIALECTS

    assert main(["dialects"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in DIALECTS)


def test_standard_input(monkeypatch, capsys):
    import io

    stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-", "-f", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 43


def test_python_dash_m_works():
    done = subprocess.run(
        [sys.executable, "-m", "debateparse", str(SEED)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "Ukraine and Georgia" in done.stdout
