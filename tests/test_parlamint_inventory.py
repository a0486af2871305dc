"""Our sitting file for the seed against the real ParlaMint-GB sitting, element by element:
element names and the attribute names of each, in the header and in the body. Every
difference is listed here and explained in docs/formats.md ("Compared with ParlaMint-GB")."""

from __future__ import annotations

import datetime as dt

from lxml import etree

from debateparse.export.tei_corpus import parlamint_corpus
from tests.conftest import SHARED

SAMPLE = SHARED / "standards/parlamint/samples/GB/ParlaMint-GB_2017-09-07-commons.xml"
SEED_FILE = "2024/ParlaMint-GB_2024-05-15-commons.xml"

EXPECTED = {
    # (part, what, element, attributes): the differences docs/formats.md explains
    ("header", "only in the sample", "persName", ()),
    ("header", "only in the sample", "resp", ()),
    ("header", "only in the sample", "respStmt", ()),
    ("body", "only in ours", "time", ()),
    ("body", "only in the sample", "desc", ()),
    ("body", "only in the sample", "gap", ()),
    ("body", "attributes only in ours", "note", ("type",)),
}


def inventory(root) -> dict[str, dict[str, set[str]]]:
    parts = {"header": root.find("{*}teiHeader"), "body": root.find("{*}text")}
    found: dict[str, dict[str, set[str]]] = {}
    for part, node in parts.items():
        names: dict[str, set[str]] = {}
        for element in () if node is None else node.iter():
            if isinstance(element.tag, str):
                attributes = {etree.QName(a).localname for a in element.attrib}
                names.setdefault(etree.QName(element).localname, set()).update(attributes)
        found[part] = names
    return found


def differences(ours, theirs) -> set[tuple[str, str, str, tuple[str, ...]]]:
    found = set()
    for part in ("header", "body"):
        mine, sample = ours[part], theirs[part]
        found |= {(part, "only in ours", e, ()) for e in set(mine) - set(sample)}
        found |= {(part, "only in the sample", e, ()) for e in set(sample) - set(mine)}
        for name in set(mine) & set(sample):
            if mine[name] - sample[name]:
                extra = tuple(sorted(mine[name] - sample[name]))
                found.add((part, "attributes only in ours", name, extra))
            if sample[name] - mine[name]:
                missing = tuple(sorted(sample[name] - mine[name]))
                found.add((part, "attributes only in the sample", name, missing))
    return found


def test_seed_sitting_differs_from_the_parlamint_gb_sample_only_as_documented(seed_debate):
    files = parlamint_corpus([seed_debate], published=dt.date(2026, 1, 2))
    ours = inventory(etree.fromstring(files[SEED_FILE].encode()))
    theirs = inventory(etree.parse(str(SAMPLE)).getroot())
    found = differences(ours, theirs)
    for difference in sorted(found):  # listed in the test output with -s
        print(*difference)
    assert found == EXPECTED


ROOT_SAMPLE = SHARED / "standards/parlamint/samples/GB/ParlaMint-GB.xml"
ROOT_EXPECTED = {
    # the encoders, funders and topic prefixes of ParlaMint-GB (docs/formats.md)
    ("header", "only in the sample", name, ())
    for name in ("funder", "listPrefixDef", "persName", "prefixDef", "resp", "respStmt")
}


def test_root_header_differs_from_the_parlamint_gb_root_only_as_documented(seed_debate):
    files = parlamint_corpus([seed_debate], published=dt.date(2026, 1, 2))
    ours = inventory(etree.fromstring(files["ParlaMint-GB.xml"].encode()))
    theirs = inventory(etree.parse(str(ROOT_SAMPLE)).getroot())
    # element names only: a teiCorpus has no text, only XIncludes
    found = {d for d in differences(ours, theirs) if d[1].startswith("only")}
    for difference in sorted(found):
        print(*difference)
    assert found == ROOT_EXPECTED
