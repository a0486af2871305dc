"""The parse command's table and XML formats and --output."""

from __future__ import annotations

import csv
import io

import pytest

from debateparse.cli import main
from tests.conftest import SEED


def run(capsys, *args):
    status = main([str(SEED), *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_csv_of_each_table(capsys, seed_debate):
    expected = {"turns": 43, "speakers": 22, "diagnostics": 1, "debates": 1}
    for table, rows in expected.items():
        status, out, _ = run(capsys, "--format", "csv", "--table", table)
        assert status == 0
        assert len(list(csv.DictReader(io.StringIO(out)))) == rows, table


def test_xml_formats_to_stdout_and_file(capsys, tmp_path):
    status, out, _ = run(capsys, "-f", "tei")
    assert status == 0 and out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI ')
    target = tmp_path / "seed.akn.xml"
    status, out, _ = run(capsys, "-f", "akn", "-o", str(target))
    assert (status, out) == (0, "")
    assert "<akomaNtoso " in target.read_text(encoding="utf-8")


def test_json_to_a_file(capsys, tmp_path, seed_debate):
    target = tmp_path / "seed.json"
    assert run(capsys, "-f", "json", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == seed_debate.to_json(indent=2) + "\n"


def test_parquet_needs_an_output_file(capsys, tmp_path):
    status, out, err = run(capsys, "-f", "parquet")
    assert (status, out) == (2, "")
    assert "--output" in err
    parquet = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "speakers.parquet"
    assert run(capsys, "-f", "parquet", "--table", "speakers", "-o", str(target))[0] == 0
    assert parquet.read_table(target).num_rows == 22
