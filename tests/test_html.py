"""HTML: the notebook display of Debate, Turn and Speaker, and the --format html page."""

from __future__ import annotations

import pytest
from lxml import etree, html

from debateparse.cli import main
from debateparse.export.html import MAX_ROWS, debate_html, page_html
from tests.conftest import SEED


def test_debate_display_has_facts_speakers_turns_and_diagnostics(seed_debate):
    tree = html.fromstring(seed_debate._repr_html_())
    assert tree.findtext(".//h3") == "Ukraine and Georgia"
    facts = {row.findtext("th"): row.findtext("td") for row in tree.find_class("facts")[0]}
    assert facts["House"] == "House of Commons" and facts["Start time"] == "12:35"
    speakers = tree.find_class("speakers")[0].findall("tr")
    assert len(speakers) == 1 + min(MAX_ROWS, len(seed_debate.speakers))
    assert "… and 2 more speakers" in tree.text_content()
    turns = tree.find_class("turns")[0].findall("tr")
    assert len(turns) == 1 + MAX_ROWS
    assert turns[1].findall("td")[1].text == "12:35"
    assert "1 warning" in tree.find_class("diagnostics")[0].text_content()


def test_member_ids_link_to_theyworkforyou(seed_debate):
    speaker = next(iter(seed_debate.speakers))
    resolved = seed_debate.model_copy(
        update={
            "speakers": seed_debate.speakers.replace(
                speaker, member_id="uk.org.publicwhip/person/13852"
            )
        }
    )
    tree = html.fromstring(debate_html(resolved))
    links = [a.get("href") for a in tree.iter("a")]
    assert links == ["https://www.theyworkforyou.com/mp/?p=13852"]


def test_turn_and_speaker_displays(seed_debate):
    turn = html.fromstring(seed_debate.turns[0]._repr_html_())
    assert turn.findtext(".//strong") == "Jim Shannon" and "12:35" in turn.text_content()
    speaker = html.fromstring(seed_debate.speakers["leo-docherty"]._repr_html_())
    rows = {row.findtext("th"): row.findtext("td") for row in speaker.iter("tr")}
    assert rows["Turns"] == "21" and rows["Words"] == "1967"


def test_page_is_self_contained_with_a_speaking_chart(tmp_path, seed_debate):
    out = tmp_path / "seed.html"
    assert main([str(SEED), "-f", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page == page_html(seed_debate)
    tree = html.fromstring(page)
    assert not [e for e in tree.iter() if e.get("src") or e.tag == "link"]  # no assets
    assert "http" not in "".join(e.get("href") or "" for e in tree.iter("a"))
    svg = tree.xpath("//*[local-name()='svg']")[0]
    bars = svg.xpath(".//*[local-name()='rect']")
    assert len(bars) == len(seed_debate.speakers)
    assert len(tree.find_class("turns")[0].findall("tr")) == 1 + len(seed_debate.turns)
    etree.fromstring(etree.tostring(svg))  # well-formed SVG


def test_notebook_displays_a_debate(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_code_cell(
            f"from debateparse import parse_debate\nparse_debate({str(SEED)!r})"
        )
    ]
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute(cwd=str(tmp_path))
    data = notebook.cells[0].outputs[0]["data"]
    assert "text/html" in data and "Ukraine and Georgia" in data["text/html"]
