"""ParlaMint's RELAX NG schemas for every file of a corpus folder, from ../shared.

ParlaMint validates a corpus file by file: ``ParlaMint-TEI.rng`` for the sittings,
``ParlaMint-listPerson.rng`` and ``ParlaMint-listOrg.rng`` for the lists,
``ParlaMint-taxonomy.rng`` for the taxonomies and ``ParlaMint-teiCorpus.rng`` for the
root. The shared folder holds the first three of the modular schema and its library
``ParlaMint.rng``. The taxonomy and root schemas are missing: no version that goes with
the modular schema could be found (every stored ``ParlaMint-teiCorpus.rng`` is the legacy,
self-contained one, which rejects the 5.0 ParlaMint-GB root; see
``shared/standards/README.md``).

So both are composed here from ParlaMint's own definitions, with nothing of ours in the
content models: the taxonomy is ``ParlaMint.rng``'s ``taxonomy`` as the start. The root
is ``ParlaMint-TEI.rng`` (its ``teiHeader``, ``fileDesc``, ``titleStmt``, ``tagsDecl``,
``settingDesc``, ``revisionDesc``) with a ``teiCorpus`` start and the three root-only
parts of the header laid out as the legacy ``ParlaMint-teiCorpus.rng`` lays them out
(``encodingDesc`` with ``editorialDecl`` and ``classDecl``; ``profileDesc`` with
``textClass``, ``particDesc`` and ``langUsage``), where ``classDecl`` and ``particDesc``
hold the ``XInclude``s ``ParlaMint.rng`` defines "for some points in a corpus root" (or
the ``taxonomy``/``listOrg``/``listPerson`` they point to). The real 5.0 root
``ParlaMint-GB.xml`` validates against it (``tests/test_tei_corpus.py`` checks that).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests.conftest import SHARED

SCHEMA = SHARED / "standards/parlamint/schema"

_PARAS_OF = "".join(
    f'<element name="{part}"><ref name="paras"/></element>'
    for part in ("correction", "normalization", "hyphenation", "quotation", "segmentation")
)

_ROOT = """<grammar xmlns="http://relaxng.org/ns/structure/1.0"
    ns="http://www.tei-c.org/ns/1.0"
    datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <include href="{tei}">
    <start>
      <element name="teiCorpus">
        <ref name="id.att"/>
        <attribute name="xml:lang"><ref name="lang.val"/></attribute>
        <ref name="teiHeader"/>
        <oneOrMore><ref name="XInclude"/></oneOrMore>
      </element>
    </start>
    <define name="encodingDesc">
      <element name="encodingDesc">
        <ref name="global.atts"/>
        <oneOrMore><element name="projectDesc"><ref name="paras"/></element></oneOrMore>
        <element name="editorialDecl">{editorial}</element>
        <ref name="tagsDecl"/>
        <element name="classDecl">
          <oneOrMore><choice><ref name="XInclude"/><ref name="taxonomy"/></choice></oneOrMore>
        </element>
        <optional>
          <element name="listPrefixDef">
            <oneOrMore>
              <element name="prefixDef">
                <attribute name="ident"><data type="NCName"/></attribute>
                <attribute name="matchPattern"><text/></attribute>
                <attribute name="replacementPattern"><text/></attribute>
                <ref name="paras"/>
              </element>
            </oneOrMore>
          </element>
        </optional>
      </element>
    </define>
    <define name="profileDesc">
      <element name="profileDesc">
        <ref name="global.atts"/>
        <ref name="settingDesc"/>
        <optional>
          <element name="textClass">
            <oneOrMore>
              <element name="catRef">
                <optional><attribute name="scheme"><data type="anyURI"/></attribute></optional>
                <attribute name="target"><ref name="anyURIs"/></attribute>
              </element>
            </oneOrMore>
          </element>
        </optional>
        <element name="particDesc">
          <oneOrMore>
            <choice><ref name="XInclude"/><ref name="listOrg"/><ref name="listPerson"/></choice>
          </oneOrMore>
        </element>
        <element name="langUsage">
          <oneOrMore>
            <element name="language">
              <ref name="lang.att"/>
              <attribute name="ident"><ref name="lang.val"/></attribute>
              <ref name="normalized-space.string"/>
            </element>
          </oneOrMore>
        </element>
      </element>
    </define>
  </include>
</grammar>
"""

_TAXONOMY = """<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <include href="{library}"/>
  <start><ref name="taxonomy"/></start>
</grammar>
"""


def _compile(text: str, folder: Path, name: str) -> etree.RelaxNG:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return etree.RelaxNG(etree.parse(str(path)))


def parlamint_schema(name: str) -> etree.RelaxNG:
    """One of the shared schema files (``ParlaMint-TEI.rng``, ``ParlaMint-listPerson.rng``,
    ``ParlaMint-listOrg.rng``)."""
    return etree.RelaxNG(etree.parse(str(SCHEMA / name)))


def root_schema(folder: Path) -> etree.RelaxNG:
    """The corpus root (``teiCorpus``) schema described above, written into ``folder``."""
    text = _ROOT.format(tei=(SCHEMA / "ParlaMint-TEI.rng").as_uri(), editorial=_PARAS_OF)
    return _compile(text, folder, "ParlaMint-teiCorpus.rng")


def taxonomy_schema(folder: Path) -> etree.RelaxNG:
    """``ParlaMint.rng``'s ``taxonomy`` as the start, written into ``folder``."""
    text = _TAXONOMY.format(library=(SCHEMA / "ParlaMint.rng").as_uri())
    return _compile(text, folder, "ParlaMint-taxonomy.rng")


def corpus_schemas(folder: Path) -> dict[str, etree.RelaxNG]:
    """Root element name -> the schema ParlaMint validates such a file with."""
    return {
        "teiCorpus": root_schema(folder),
        "TEI": parlamint_schema("ParlaMint-TEI.rng"),
        "listPerson": parlamint_schema("ParlaMint-listPerson.rng"),
        "listOrg": parlamint_schema("ParlaMint-listOrg.rng"),
        "taxonomy": taxonomy_schema(folder),
    }
