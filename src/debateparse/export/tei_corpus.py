"""A ParlaMint corpus folder: root ``teiCorpus``, listOrg, listPerson, taxonomies and one
component file per sitting (the debates of one house on one day), as ParlaMint-GB lays
them out::

    ParlaMint-GB.xml                          teiCorpus: header + xi:include of components
    ParlaMint-GB-listOrg.xml                  houses (with the Parliaments as events), parties
    ParlaMint-GB-listPerson.xml               every person spoken as
    ParlaMint-taxonomy-parla.legislature.xml  categories of meeting/@ana, TEI/@ana, org/@ana
    ParlaMint-taxonomy-speaker_types.xml      chair, regular, guest (u/@ana)
    ParlaMint-taxonomy-subcorpus.xml          reference (text/@ana)
    2024/ParlaMint-GB_2024-05-15-commons.xml  a sitting

Every ``#pointer`` in the folder resolves to an ``xml:id`` in it.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from debateparse.export.houses import HOUSES, TERMS, House, house_info, term_of
from debateparse.export.tables import debate_slug
from debateparse.export.tei import TEI_NS, availability, sitting_tei
from debateparse.export.tei_persons import listed_people, party_id, people_elements
from debateparse.export.xmltree import element, serialize, sub, xml_name
from debateparse.models import Debate
from debateparse.registry import Registry

__all__ = [
    "CORPUS_ID",
    "TAXONOMIES",
    "parlamint_corpus",
    "sitting_groups",
    "write_parlamint_corpus",
]

CORPUS_ID = "ParlaMint-GB"
XI_NS = "http://www.w3.org/2001/XInclude"

TAXONOMIES: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]] = {
    # taxonomy id -> (description, ((category id, term, description), ...))
    "ParlaMint-taxonomy-parla.legislature": (
        "Types of legislature, organisations and their events",
        (
            ("parla.national", "National", "a national legislature"),
            ("parla.regional", "Regional", "a devolved legislature"),
            ("parla.bi", "Bicameralism", "a legislature with two chambers"),
            ("parla.uni", "Unicameralism", "a legislature with one chamber"),
            ("parla.lower", "Lower house", "the lower house of a legislature"),
            ("parla.upper", "Upper house", "the upper house of a legislature"),
            ("parla.term", "Legislative term", "the period between elections"),
            ("parla.sitting", "Sitting", "the sitting of a day"),
        ),
    ),
    "ParlaMint-taxonomy-speaker_types": (
        "Types of speakers",
        (
            ("chair", "Chairperson", "chairman of a meeting"),
            ("regular", "Regular", "a regular speaker at a meeting"),
            ("guest", "Guest", "a guest speaker at a meeting"),
        ),
    ),
    "ParlaMint-taxonomy-subcorpus": (
        "Subcorpora",
        (("reference", "Reference", "the reference subcorpus"),),
    ),
}
"""The taxonomies the component files and listOrg point to (ParlaMint's ids and terms)."""

_EDITORIAL = (
    ("correction", "No correction of source texts was performed."),
    ("normalization", "Text has not been normalised, except for spacing."),
    ("hyphenation", "Hyphenation has not been altered with respect to the source files."),
    ("quotation", "Quotation marks have been left in the text and are not explicitly marked up."),
    (
        "segmentation",
        "The texts are segmented into utterances (turns) and segments (the printed paragraphs).",
    ),
)
"""``editorialDecl`` of the root: what debateparse does (and does not do) to the text."""

_HOUSE_ANA = {
    "parliament.HC": "#parla.national #parla.lower",
    "parliament.HL": "#parla.national #parla.upper",
}


def _taxonomy(ident: str) -> str:
    description, categories = TAXONOMIES[ident]
    root = element("taxonomy", xmlns=TEI_NS, xml_id=ident, xml_lang="en")
    sub(sub(root, "desc", xml_lang="en"), "term", description)
    for key, term, text in categories:
        desc = sub(sub(root, "category", xml_id=key), "catDesc", xml_lang="en")
        sub(desc, "term", term).tail = f": {text}"
    return serialize(root)


def _slug(house: House) -> str:
    return {"parliament.HC": "commons", "parliament.HL": "lords"}.get(house.org, house.akn)


def sitting_groups(debates: Iterable[Debate]) -> dict[str, tuple[Debate, ...]]:
    """Component id -> the debates of that sitting, in input order. A sitting is a house
    and a day ("ParlaMint-GB_2024-05-15-commons"); Westminster Hall and committees are
    sittings of their own (their short name), and a debate without a date is one alone."""
    groups: dict[str, list[Debate]] = {}
    for debate in debates:
        house = house_info(debate.house)
        if debate.date is not None:
            key = f"{CORPUS_ID}_{debate.date.isoformat()}-{_slug(house)}"
        else:
            key = xml_name(f"{CORPUS_ID}_undated-{debate_slug(debate)}", "d.")
        groups.setdefault(key, []).append(debate)
    return {key: tuple(group) for key, group in groups.items()}


def _list_org(parties: Iterable[str]) -> str:
    root = element("listOrg", xmlns=TEI_NS, xml_id=f"{CORPUS_ID}-listOrg", xml_lang="en")
    written: set[str] = set()
    houses = [*HOUSES.values()]
    for house in houses:
        if house.org in written or not house.org:
            continue
        written.add(house.org)
        ana = _HOUSE_ANA.get(house.org, "#parla.regional #parla.uni")
        org = sub(root, "org", xml_id=house.org, role="parliament", ana=ana)
        sub(org, "orgName", house.name, full="yes")
        if house.terms and house.org == "parliament.HC":  # the Parliaments, as ParlaMint-GB
            events = sub(org, "listEvent")
            for term in TERMS:
                dates = {"from": term.start.isoformat()}
                if term.end:
                    dates["to"] = term.end.isoformat()
                sub(sub(events, "event", xml_id=term.id, **dates), "label", term.label)
    for party in sorted(set(parties)):
        org = sub(root, "org", xml_id=party_id(party), role="politicalParty")
        sub(org, "orgName", party, full="yes")
    return serialize(root)


def _parties(registry: Registry | None, member_ids: Iterable[str]) -> set[str]:
    if registry is None:
        return set()
    return {
        m.party
        for member in member_ids
        for m in registry.memberships_of(member)
        if m.kind == "house" and m.party and m.house in HOUSES and HOUSES[m.house].org
    }


def _root(
    components: dict[str, tuple[Debate, ...]], files: dict[str, str], published: dt.date
) -> str:
    debates = [d for group in components.values() for d in group]
    root = element("teiCorpus", xmlns=TEI_NS, xml_id=CORPUS_ID, xml_lang="en")
    header = sub(root, "teiHeader")
    description = sub(header, "fileDesc")
    titles = sub(description, "titleStmt")
    sub(titles, "title", "Great Britain parliamentary corpus (debateparse)", type="main")
    sub(titles, "title", "Debates parsed by debateparse, one file per sitting", type="sub")
    terms = {term.id for d in debates if (term := term_of(house_info(d.house), d.date)) is not None}
    for term in TERMS:
        if term.id in terms:
            sub(
                titles,
                "meeting",
                n=str(term.n),
                ana=f"#parla.upper #parla.lower #parla.term #{term.id}",
            )
    if not terms:
        sub(titles, "meeting", ana="#parla.sitting")
    sub(sub(description, "editionStmt"), "edition", "1.0")
    extent = sub(description, "extent")
    speeches = sum(text.count("<u ") for name, text in files.items() if "/" in name)
    words = sum(sum(map(d.turns.word_count, range(len(d.turns)))) for d in debates)
    sub(extent, "measure", f"{speeches:,} speeches", unit="speeches", quantity=str(speeches))
    sub(extent, "measure", f"{words:,} words", unit="words", quantity=str(words))
    publication = sub(description, "publicationStmt")
    sub(sub(publication, "publisher"), "orgName", "debateparse")
    sub(publication, "idno", "https://hansard.parliament.uk/", type="URI")
    licence = availability(house_info(None))
    licence[-1].text = "Each sitting file states what is known of its source text's licence."
    publication.append(licence)
    sub(publication, "date", published.isoformat(), when=published.isoformat())
    bibl = sub(sub(description, "sourceDesc"), "bibl")
    sub(bibl, "title", "Debates of the UK parliaments as parsed by debateparse", type="main")
    sub(bibl, "idno", "https://hansard.parliament.uk/", type="URI", subtype="parliament")
    encoding = sub(header, "encodingDesc")
    sub(sub(encoding, "projectDesc"), "p", "A corpus of parsed debates written by debateparse.")
    editorial = sub(encoding, "editorialDecl")
    for part, text in _EDITORIAL:
        sub(sub(editorial, part), "p", text)
    namespace = sub(sub(encoding, "tagsDecl"), "namespace", name=TEI_NS)
    tags: Counter[str] = Counter()
    for name, text in files.items():
        if "/" in name:  # a component file
            body = ET.fromstring(text).find(f"{{{TEI_NS}}}text")
            if body is not None:
                tags.update(node.tag.rpartition("}")[2] for node in body.iter())
    for tag, count in sorted(tags.items()):
        sub(namespace, "tagUsage", gi=tag, occurs=str(count))
    classes = sub(encoding, "classDecl")
    for ident in TAXONOMIES:
        sub(classes, "include", xmlns=XI_NS, href=f"{ident}.xml")
    profile = sub(header, "profileDesc")
    setting = sub(sub(profile, "settingDesc"), "setting")
    sub(setting, "name", "United Kingdom", type="country", key="GB")
    dates = sorted(d.date for d in debates if d.date)
    if dates:
        sub(setting, "date", **{"from": dates[0].isoformat(), "to": dates[-1].isoformat()})
    else:
        sub(setting, "date", to=published.isoformat())
    legislature = "#ParlaMint-taxonomy-parla.legislature"
    sub(
        sub(profile, "textClass"),
        "catRef",
        scheme=legislature,
        target="#parla.bi #parla.lower #parla.upper",
    )
    particulars = sub(profile, "particDesc")
    for part in ("listOrg", "listPerson"):
        sub(particulars, "include", xmlns=XI_NS, href=f"{CORPUS_ID}-{part}.xml")
    sub(sub(profile, "langUsage"), "language", "English", ident="en", xml_lang="en")
    from debateparse import __version__

    change = sub(sub(header, "revisionDesc"), "change", when=published.isoformat())
    sub(change, "name", f"debateparse {__version__}").tail = ": wrote the corpus."
    for name in files:
        if "/" in name:  # a component file
            sub(root, "include", xmlns=XI_NS, href=name)
    return serialize(root)


def parlamint_corpus(
    debates: Iterable[Debate], *, registry: Registry | None = None, published: dt.date | None = None
) -> dict[str, str]:
    """The corpus folder as {relative path: XML text}; see the module docstring.

    Raises:
        ValueError: no debate has a person or role-only speaker (a listPerson needs one).
    """
    published = published or dt.date.today()
    debates = list(debates)
    components = sitting_groups(debates)
    files: dict[str, str] = {}
    for ident, group in components.items():
        folder = str(group[0].date.year) if group[0].date else "undated"
        files[f"{folder}/{ident}.xml"] = sitting_tei(group, ident, published=published)
    persons = element("listPerson", xmlns=TEI_NS, xml_id=f"{CORPUS_ID}-listPerson", xml_lang="en")
    sub(persons, "head", "List of speakers")
    persons.extend(people_elements(debates, registry))
    files[f"{CORPUS_ID}-listPerson.xml"] = serialize(persons)
    members = [s.member_id for s in listed_people(debates).values() if s.member_id]
    files[f"{CORPUS_ID}-listOrg.xml"] = _list_org(_parties(registry, members))
    for ident in TAXONOMIES:
        files[f"{ident}.xml"] = _taxonomy(ident)
    files[f"{CORPUS_ID}.xml"] = _root(components, files, published)
    return files


def write_parlamint_corpus(
    debates: Iterable[Debate],
    out_dir: str | Path,
    *,
    registry: Registry | None = None,
    published: dt.date | None = None,
) -> list[Path]:
    """Write the corpus folder (see ``parlamint_corpus``) under ``out_dir``; returns the
    paths written, the root ``ParlaMint-GB.xml`` last."""
    out = Path(out_dir)
    written = []
    for name, text in parlamint_corpus(debates, registry=registry, published=published).items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
