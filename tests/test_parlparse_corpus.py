"""A folder of ParlParse XML through ``parse_corpus`` and ``debateparse corpus`` with no
``--pattern``: ``*.txt`` and ``*.xml`` are both found, and XML that is not ParlParse fails
on its own, at once (it is never run through the text dialects).

Every input here is a small fixture; the one run on a process pool is a subprocess with
a time limit, so a stuck pool fails the test instead of hanging the suite.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import time

import pytest

from debateparse import Debate, iter_debates, parse_debate, parse_text
from debateparse.cli import main
from debateparse.corpus import find_inputs, parse_corpus, write_corpus
from debateparse.errors import NotADebateError
from tests.conftest import FIXTURES, SEED, SHARED

EXCERPT = FIXTURES / "parlparse" / "debates2023-03-28d-excerpt.xml"
TEI = SHARED / "standards" / "parlamint" / "samples" / "GB" / "ParlaMint-GB_2017-09-07-commons.xml"
AKN_TEXT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n'
    "<debate><debateBody><speech><from>Mr Speaker</from><p>Order.</p></speech>"
    "</debateBody></debate>\n</akomaNtoso>\n"
)
# ParlParse's own regmem and people.xml files open with a DOCTYPE and entity declarations.
DOCTYPE_TEXT = (
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE publicwhip\n[\n'
    '<!ENTITY ndash "&#8211;">\n<!ENTITY mdash "&#8212;">\n]>\n\n<publicwhip>\n'
    '<minor-heading id="uk.org.publicwhip/debate/2023-03-28d.1.0">A heading</minor-heading>\n'
    '<speech id="uk.org.publicwhip/debate/2023-03-28d.1.1" speakername="A Member" '
    'person_id="uk.org.publicwhip/person/1"><p pid="a">Words</p></speech>\n</publicwhip>\n'
)
EXCERPT_SECTIONS = len(list(iter_debates(EXCERPT)))


@pytest.fixture
def days(tmp_path):
    """A folder with a text page, a ParlParse day (in a subfolder), an Akoma Ntoso file
    and a file of another type; the text page and the two XML files are inputs."""
    folder = tmp_path / "days"
    (folder / "2023").mkdir(parents=True)
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(EXCERPT, folder / "2023" / "debates2023-03-28d.xml")
    (folder / "other.akn.xml").write_text(AKN_TEXT, encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    return folder


def test_find_inputs_takes_text_and_xml_by_default(days):
    assert [p.relative_to(days).as_posix() for p in find_inputs(str(days))] == [
        "2023/debates2023-03-28d.xml",
        SEED.name,
        "other.akn.xml",
    ]
    assert find_inputs(str(days), "*.txt") == [days / SEED.name]
    assert find_inputs(str(days), ["*.xml", "*.akn.xml"]) == [
        days / "2023" / "debates2023-03-28d.xml",
        days / "other.akn.xml",
    ]


def test_parse_corpus_reads_a_folder_given_as_one_path(days):
    results = list(parse_corpus(str(days), workers=1))
    assert [p.name for p, _ in results] == [
        "debates2023-03-28d.xml",
        SEED.name,
        "other.akn.xml",
    ]
    xml_day, text_page, akn = (outcome for _, outcome in results)
    assert isinstance(xml_day, Debate) and xml_day.dialect == "parlparse"
    assert isinstance(text_page, Debate) and len(text_page.turns) == 43
    assert isinstance(akn, NotADebateError)
    assert "not ParlParse XML" in str(akn)


def test_the_corpus_command_needs_no_pattern_for_xml(days, tmp_path, capsys):
    out = tmp_path / "tables"
    assert main(["corpus", str(days), "-o", str(out), "-f", "csv", "-w", "1"]) == 0
    summary = capsys.readouterr().out
    assert "files:    3 (2 ok, 1 failed)" in summary
    with (out / "debates.csv").open(encoding="utf-8") as stream:
        dialects = [row["dialect"] for row in csv.DictReader(stream)]
    assert dialects.count("parlparse") == EXCERPT_SECTIONS and dialects.count("twfy") == 1
    failures = (out / "failures.csv").read_text(encoding="utf-8")
    assert "other.akn.xml" in failures and "not ParlParse XML" in failures
    # --pattern may still narrow a folder, and may be given more than once.
    again = tmp_path / "again"
    argv = ["corpus", str(days), "-o", str(again), "-f", "csv", "-w", "1", "--pattern", "*.txt"]
    assert main(argv) == 0
    assert "files:    1 (1 ok, 0 failed)" in capsys.readouterr().out


def test_a_lenient_corpus_keeps_other_xml_as_an_empty_debate(days, tmp_path):
    report = write_corpus(str(days), tmp_path / "out", file_format="csv", workers=1, strict=False)
    assert (report.files, report.ok, report.failures) == (3, 3, [])
    empty = parse_debate(days / "other.akn.xml", strict=False)
    assert (empty.dialect, len(empty.turns)) == ("parlparse", 0)
    assert [d.code for d in empty.diagnostics] == ["no-speaker-headers"]
    assert "akomaNtoso" in empty.preamble[1].text  # the text is kept, not lost


@pytest.mark.skipif(not TEI.exists(), reason="../shared not present")
def test_xml_of_another_kind_fails_at_once_not_through_the_text_dialects():
    start = time.perf_counter()
    with pytest.raises(NotADebateError, match="not ParlParse XML"):
        parse_debate(TEI)
    with pytest.raises(NotADebateError, match="not ParlParse XML"):
        list(iter_debates(TEI))
    with pytest.raises(NotADebateError, match="not ParlParse XML"):
        parse_text(AKN_TEXT)
    assert time.perf_counter() - start < 5  # the text dialects took a second a megabyte


def test_a_doctype_with_entity_declarations_is_still_parlparse():
    debate = parse_text(DOCTYPE_TEXT)
    assert (debate.dialect, debate.title, debate.turns[0].speaker_name) == (
        "parlparse",
        "A heading",
        "A Member",
    )
    assert debate.title_block is not None and debate.title_block.line == 9


# The pool run, in a child process with a time limit: if a worker pool ever hangs on XML
# input, this test fails after the limit instead of stalling the suite.
POOL_SCRIPT = """
import sys
from debateparse.cli import main
sys.exit(main(["corpus", sys.argv[1], "-o", sys.argv[2], "-f", "csv", "-w", "2"]))
"""


def test_the_corpus_command_on_a_pool_reads_xml_and_text(days, tmp_path):
    out = tmp_path / "pool"
    done = subprocess.run(
        [sys.executable, "-c", POOL_SCRIPT, str(days), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "files:    3 (2 ok, 1 failed)" in done.stdout
    rows = (out / "debates.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + EXCERPT_SECTIONS + 1
