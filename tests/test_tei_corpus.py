"""The ParlaMint corpus folder for all fixtures: every file valid against its schema, every
pointer resolved, one file per sitting named as ParlaMint-GB names them."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

import debateparse
from debateparse.export.tei_corpus import parlamint_corpus, sitting_groups, write_parlamint_corpus
from debateparse.registry import Registry
from tests.conftest import FIXTURES, SHARED
from tests.parlamint_schemas import corpus_schemas, root_schema

ROOT_SAMPLE = SHARED / "standards/parlamint/samples/GB/ParlaMint-GB.xml"
XI = "{http://www.w3.org/2001/XInclude}include"
PUBLISHED = dt.date(2026, 1, 2)
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
TEI = "{http://www.tei-c.org/ns/1.0}"
POINTERS = ("who", "ana", "corresp", "ref", "target", "scheme")


@pytest.fixture(scope="module")
def registry():
    return Registry.load(FIXTURES / "registry/commons-2024.csv")


@pytest.fixture(scope="module")
def debates(registry):
    """Every fixture: the texts, and the debates of the ParlParse XML day excerpt."""
    paths = sorted(FIXTURES.glob("*/*.txt"))
    texts = [debateparse.parse_debate(p, strict=False, registry=registry) for p in paths]
    xml = [d for p in sorted(FIXTURES.glob("*/*.xml")) for d in debateparse.iter_debates(p)]
    assert xml
    return texts + xml


@pytest.fixture(scope="module")
def corpus(debates, registry, tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    paths = write_parlamint_corpus(debates, out, registry=registry, published=PUBLISHED)
    return {str(p.relative_to(out)): etree.parse(str(p)) for p in paths}


def test_every_file_validates_against_its_schema(corpus, tmp_path):
    schemas = corpus_schemas(tmp_path)
    seen = set()
    for name, document in corpus.items():
        tag = etree.QName(document.getroot()).localname
        checker = schemas[tag]
        assert checker.validate(document), (name, [e.message for e in checker.error_log][:3])
        seen.add(tag)
    assert seen == set(schemas)


def test_the_root_schema_accepts_the_real_root_and_rejects_a_broken_one(tmp_path):
    """The composed root schema (``tests/parlamint_schemas.py``) holds ParlaMint-GB 5.0's
    own root, and is not vacuous: each change below makes it fail."""
    checker = root_schema(tmp_path)
    assert checker.validate(etree.parse(str(ROOT_SAMPLE))), checker.error_log
    breaks = {
        "no particDesc": lambda root: _drop(root, ".//t:particDesc"),
        "no component": lambda root: [root.remove(e) for e in root.findall(XI)],
        "text in the root": lambda root: root.append(etree.Element(f"{TEI}text")),
        "unknown editorial part": lambda root: _drop(root, ".//t:hyphenation"),
        "no language": lambda root: _drop(root, ".//t:langUsage"),
    }
    for reason, change in breaks.items():
        root = etree.parse(str(ROOT_SAMPLE)).getroot()
        change(root)
        assert not checker.validate(root), reason


def _drop(root, path):
    node = root.find(path, {"t": TEI[1:-1]})
    node.getparent().remove(node)


def test_our_root_fails_the_root_schema_when_broken(corpus, tmp_path):
    checker = root_schema(tmp_path)
    root = etree.fromstring(etree.tostring(corpus["ParlaMint-GB.xml"]))
    assert checker.validate(root)
    _drop(root, ".//t:classDecl")
    assert not checker.validate(root)


def test_every_pointer_resolves_to_an_id_in_the_corpus(corpus):
    ids = {el.get(XML_ID) for doc in corpus.values() for el in doc.iter() if el.get(XML_ID)}
    pointers = [
        (name, attribute, target)
        for name, doc in corpus.items()
        for el in doc.iter()
        for attribute in POINTERS
        for target in (el.get(attribute) or "").split()
        if target.startswith("#")
    ]
    assert len(pointers) > 400
    assert [p for p in pointers if p[2][1:] not in ids] == []


def test_ids_are_unique_across_the_corpus(corpus):
    ids = [el.get(XML_ID) for doc in corpus.values() for el in doc.iter() if el.get(XML_ID)]
    assert len(ids) == len(set(ids))


def test_one_component_per_sitting_named_as_parlamint_gb(corpus):
    seed = corpus["2024/ParlaMint-GB_2024-05-15-commons.xml"].getroot()
    assert seed.get(XML_ID) == "ParlaMint-GB_2024-05-15-commons"
    first = seed.find(f".//{TEI}u")
    assert first.get(XML_ID) == "ParlaMint-GB_2024-05-15-commons.u1"
    assert first.find(f"{TEI}seg").get(XML_ID) == "ParlaMint-GB_2024-05-15-commons.seg1"
    root = corpus["ParlaMint-GB.xml"].getroot()
    included = {el.get("href") for el in root.iter("{http://www.w3.org/2001/XInclude}include")}
    components = {name for name in corpus if "/" in name}
    assert components <= included
    assert {"ParlaMint-GB-listPerson.xml", "ParlaMint-GB-listOrg.xml"} <= included
    assert {n for n in corpus if n.startswith("ParlaMint-taxonomy-")} <= included


def test_debates_of_one_house_and_day_share_a_file(debates):
    seed = next(d for d in debates if d.date == dt.date(2024, 5, 15))
    groups = sitting_groups([seed, seed.model_copy(update={"title": "Second debate"})])
    assert list(groups) == ["ParlaMint-GB_2024-05-15-commons"]
    files = parlamint_corpus(groups["ParlaMint-GB_2024-05-15-commons"], published=PUBLISHED)
    text = files["2024/ParlaMint-GB_2024-05-15-commons.xml"]
    assert text.count('<div type="debateSection">') == 2
    assert "Second debate" in text


def test_listperson_has_each_person_once_with_registry_names_and_seats(corpus):
    persons = corpus["ParlaMint-GB-listPerson.xml"].getroot().findall(f"{TEI}person")
    ids = [p.get(XML_ID) for p in persons]
    assert len(ids) == len(set(ids))
    assert not {"mr-speaker", "several-hon-members", "madam-deputy-speaker"} & set(ids)
    shannon = next(p for p in persons if p.get(XML_ID) == "uk.org.publicwhip.person.13864")
    assert [e.text for e in shannon.find(f"{TEI}persName")] == ["Jim", "Shannon"]
    affiliations = [
        (a.get("ref"), a.get("from"), a.get("to")) for a in shannon.iter(f"{TEI}affiliation")
    ]
    assert affiliations == [
        ("#parliament.HC", "2010-05-06", "2024-05-30"),
        ("#party.dup", "2010-05-06", "2024-05-30"),
    ]
    subtypes = {i.get("subtype") for i in shannon.iter(f"{TEI}idno")}
    assert subtypes == {"theyworkforyou", "parliament"}
    names = [t.text for p in persons for t in p.iter(f"{TEI}forename")]
    assert not [n for n in names if n.isupper() and len(n) > 2]  # never as printed in capitals


def test_role_only_speakers_are_listed_once_as_their_office(corpus):
    """ "Mr Speaker", "MR. SPEAKER" and "Mr. Speaker" (unresolved) are one entry, typed as
    an office: the name a ``term``, an ``affiliation`` as the head of the house; a
    collective is never listed, and every ``u`` of a role-only speaker points to it."""
    persons = corpus["ParlaMint-GB-listPerson.xml"].getroot().findall(f"{TEI}person")
    by_id = {p.get(XML_ID): p for p in persons}
    speaker = by_id["role.mr-speaker"]
    assert speaker.find(f"{TEI}persName/{TEI}term") is not None
    assert speaker.find(f"{TEI}persName/{TEI}surname") is None
    offices = [
        (a.get("ref"), a.get("role"), a.findtext(f"{TEI}roleName"))
        for a in speaker.iter(f"{TEI}affiliation")
    ]
    assert offices == [(None, "head", "Speaker"), ("#parliament.HC", "head", "Speaker")]
    assert [a.get("role") for a in by_id["role.chairman"].iter(f"{TEI}affiliation")] == ["head"]
    first = by_id["role.the-first-minister"].find(f"{TEI}affiliation")
    assert (first.get("ref"), first.get("role")) == ("#parliament.SP", "minister")
    assert not [i for i in by_id if "members" in i]  # "Several hon. Members" is no person
    peer = by_id["the-earl-of-caithness"]  # a peer printed by title is a person, not an office
    assert peer.find(f"{TEI}affiliation") is None
    whos = {
        u.get("who")
        for name, doc in corpus.items()
        if "/" in name
        for u in doc.iter(f"{TEI}u")
        if u.get("ana") == "#chair"
    }
    assert "#role.mr-speaker" in whos and None not in whos


def test_licence_follows_the_source(corpus):
    def licence_texts(name):
        doc = corpus[name].getroot()
        return " ".join(
            "".join(p.itertext())
            for p in doc.iter(f"{TEI}p")
            if p.getparent().tag == f"{TEI}availability"
        )

    assert "Open Parliament Licence" in licence_texts("2024/ParlaMint-GB_2024-05-15-commons.xml")
    scottish = next(n for n in corpus if n.endswith("-scottishparliament.xml"))
    assert "Scottish Parliamentary Corporate Body" in licence_texts(scottish)
    assert "Open Parliament Licence" not in licence_texts(scottish)
    unknown = next(n for n in corpus if n.endswith("-unknown.xml"))
    assert "not known" in licence_texts(unknown)


def test_the_command_line_writes_the_folder(tmp_path, capsys):
    from debateparse.cli import main

    out = tmp_path / "out"
    twfy = str(FIXTURES / "twfy")
    registry = str(FIXTURES / "registry/commons-2024.csv")
    assert (
        main(
            [
                "corpus",
                twfy,
                "--format",
                "tei",
                "-o",
                str(out),
                "-w",
                "1",
                "-r",
                registry,
                "--lenient",
            ]
        )
        == 0
    )
    assert "ParlaMint corpus" in capsys.readouterr().out
    assert (out / "ParlaMint-GB.xml").is_file()
    assert (out / "2024/ParlaMint-GB_2024-05-15-commons.xml").is_file()
    assert (out / "ParlaMint-GB-listPerson.xml").is_file()
    schemas = corpus_schemas(tmp_path)
    for path in out.rglob("*.xml"):  # the folder the command wrote validates, root included
        document = etree.parse(str(path))
        checker = schemas[etree.QName(document.getroot()).localname]
        assert checker.validate(document), (path.name, checker.error_log)
