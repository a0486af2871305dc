"""Line patterns shared by several dialects: names, headers, times, procedure, divisions.

Patterns are strings here; each dialect compiles the ones it uses into its rule table
(``base.rule``), in its own order. Group names follow ``dialects.base``.
"""

from __future__ import annotations

import regex

from debateparse.clock import (
    DATE_PATTERN,
    HOUR_PATTERN,
    ISO_DATE_PATTERN,
    TIME_PATTERN,
    US_DATE_PATTERN,
)
from debateparse.dialects.base import LineRule, rule
from debateparse.dialects.stage import stage_rules
from debateparse.dialects.words import (
    ADDRESSES,
    CAPTION_ROLES,
    FUNCTION_WORDS,
    HISTORIC_STYLES,
    NOT_SPEAKERS,
    PARTY_CODES,
    PROCEDURAL_OPENINGS,
    ROLE_LABELS,
    ROLE_LINES,
    SENTENCE_STARTS,
)
from debateparse.headers import HONORIFICS
from debateparse.roles import OFFICE_WORDS

__all__ = [
    "ADDRESS",
    "AFTER_CHAIR_HEADER",
    "ASKS",
    "BARE_HEADER",
    "CAPS_LABEL",
    "CAPTION_LINE",
    "COLLECTIVE_HEADER",
    "DASH_LABEL",
    "DIVISION_COUNTS",
    "DIVISION_LIST",
    "DIVISION_START",
    "GLUED_HEADER",
    "HISTORIC_TIME_LINE",
    "INLINE_OFFICE_LABEL",
    "LABEL_ALONE",
    "MIDLINE_HEADER",
    "MIDLINE_REPEAT",
    "NAME_IN_PARENS",
    "NAME_LINE",
    "NOT_PROCEDURAL",
    "NOT_SPEAKERS",
    "NO_COLON_HEADER",
    "OFFICE_ALTERNATION",
    "OFFICE_HEADER",
    "OFFICIAL_REPORT_LABEL",
    "OTHER_DATE_LINE",
    "PARTY_HEADER_SPEECH",
    "PARTY_LINE",
    "PROCEDURAL_SPECS",
    "QNUM",
    "ROLE_LABELS",
    "ROLE_LINE",
    "SEAT_PARTY_LINE",
    "SENTENCE_STARTS",
    "TIME_LINE",
    "TITLE_LABEL",
    "procedural_rules",
]

_HON = "|".join(
    regex.escape(h) for h in sorted({*HONORIFICS, *HISTORIC_STYLES}, key=len, reverse=True)
)
WORD = r"(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)"
PARTICLE = r"(?:of|de|la|le|van|von|du|da|di|ap|bin|y)"
PERSON = rf"(?:(?:{_HON})\.?(?:\s+(?:{WORD}|{PARTICLE}))+)"
"""A styled name: "Mr. D. N. Campbell-Savours", "Baroness Smith of Basildon"."""
PLAIN_NAME = rf"(?:{WORD}(?:\s+(?:{WORD}|{PARTICLE})){{1,4}})"
"""Two to five capitalised words: "Kemi Badenoch", "Jim Shannon"."""
_OFFICES = "|".join(sorted(OFFICE_WORDS, key=len, reverse=True))
OFFICE_ALTERNATION = _OFFICES
"""The office words, longest first, for patterns."""
_JOINER = r"(?:of|for|and|the|to|in|on|at|with|without|&)"
ROLE_TITLE = (
    rf"(?:(?:Mr|Madam|Madame)\.? (?:Deputy )?Speaker|(?:The|Y) (?=[^\n()]*\b(?:{_OFFICES})\b)"
    rf"{WORD}(?:,? (?:{WORD}|{_JOINER})){{0,16}})"
)
"""An office used as a name: "Mr. Speaker", "The Deputy Speaker", "The Minister of State,
Ministry of Defence": capitalised words and joiners only, one of them an office word."""
PARENS = r"(?:\s*\((?:[^()\n]|\([^()\n]*\))*\))"
QNUM = r"(?:(?P<mark>[§*•]\s*))?(?:(?P<qnum>[QT]?\d{1,3})\.\s+(?:\[\d{4,7}\]\s+)?)?"
"""A paragraph mark or bullet and an oral question's number before the asker: "§ ", "1. ",
"T1. [900123] ", "• 1. " (the Scottish Parliament's outline view)."""
BRACKETS = r"(?:\s*\[[^\]\n]*\])"

BARE_HEADER = (
    # A header alone on its line: "Mr. Simon Hughes (Southwark and Bermondsey)", "Mr. Speaker",
    # "Jim Shannon (Strangford) (DUP)", "1. Mr David Smith (Town) (Con)". No sentence
    # punctuation may follow (that would be speech naming a member). That is tested first
    # (the line's last printed character), before the names are tried: same matches, and
    # most short speech lines fail at once.
    r"^(?![^\n]*[.!?;:,]\s*$)"
    rf"{QNUM}(?P<hansard>(?:{PERSON}|{ROLE_TITLE}){PARENS}*)"
    rf"(?P<role>{BRACKETS}*)(?<![.!?;:,])\s*$"
)
_PARTY_PARENS = rf"\s*\((?:{'|'.join(regex.escape(c) for c in PARTY_CODES)})\)"
PLAIN_PARTY_HEADER = (
    # "Kim Johnson (Liverpool, Riverside) (Lab)": a name without a style needs a party
    # group, or a constituency and a party, to count as a header; one other group is a
    # Hansard heading's qualifier ("East Anglia (East-West Route)", "Intersections (Parking
    # Restrictions)").
    rf"^{QNUM}(?P<hansard>{PLAIN_NAME}(?:{PARENS}*{_PARTY_PARENS}|{PARENS}{{2,}}))"
    rf"(?P<role>{BRACKETS}*)\s*$"
)
OFFICE_HEADER = (
    # "The Secretary of State for Defence (Grant Shapps)", "Madam Deputy Speaker (Dame Rosie
    # Winterton)": an office, then the person's name in parentheses.
    rf"^{QNUM}(?P<hansard>{ROLE_TITLE}\s*\((?:{PERSON}|{PLAIN_NAME})\)"
    rf"{PARENS}*)(?P<role>{BRACKETS}*)\s*$"
)
NAME_LINE = rf"^(?P<name>{PLAIN_NAME})$"
"""A bare name on its own line ("Leo Docherty"): Hansard's header for a member who has
spoken before; otherwise the same shape as a heading ("Cabinet Office")."""
COLLECTIVE_HEADER = (
    r"(?i)^(?P<name>(?:several|many|some|two|three|four) (?:hon\.|honourable|noble) "
    r"(?:members|lords)|hon\. members|noble lords)(?: rose)?\s*[—–-]*\s*$"
)
GLUED_HEADER = (
    # Historic Hansard with paragraph marks and the header run into the speech:
    # "§ Mrs. Angela Browning (Tiverton and Honiton)On a point", "§ Mr. SpeakerI understand".
    rf"^(?P<mark>§\s*)(?P<hansard>(?:{PERSON}|{ROLE_TITLE}){PARENS}+)\s*(?P<speech>\S.*)$"
    rf"|^(?P<mark>§\s*)(?P<hansard>(?:Mr|Madam)\.? (?:Deputy )?Speaker|The (?:Deputy )?Speaker"
    rf"|The Chairman(?: of Ways and Means)?)(?P<speech>\p{{Lu}}.*)$"
)
GLUED_NAME_HEADER = (
    # "§ Mr. Boyd-CarpenterNo.", "§ 64. Mr. Hobsonasked the Minister of Transport ...": the
    # name runs into the speech (a word a speech opens with, or a question's "asked").
    rf"^(?P<mark>§\s*)(?:(?P<qnum>[QT]?\d{{1,3}})\.\s*)?(?P<hansard>(?:{_HON})\.?"
    rf"(?:\s+(?:{WORD}|{PARTICLE}))*?\s+\p{{Lu}}[\p{{L}}'’-]*?\p{{Ll}})"
    rf"(?P<speech>(?:{'|'.join(SENTENCE_STARTS)})\b.*|asked (?:the|Her|His)\b.*)$"
)
_NOT = "|".join(regex.escape(n) for n in sorted(NOT_SPEAKERS, key=len, reverse=True))
_ROLE_LABEL = "|".join(ROLE_LABELS)
CAPS_LABEL = r"(?:\p{Lu}[\p{Lu}'’.-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Lu}'’.-]+|\p{Lu}\.)){0,3}"
"""ANDREW MARR, GORDON BROWN, MARR."""
TITLE_LABEL = rf"(?!(?:{'|'.join(FUNCTION_WORDS)})\s){PLAIN_NAME}"
"""Andrew Marr, Evgeny Lebedev, Hefin David (not "In his letter")."""
_SPEECH = r"(?P<speech>(?=[^\n]*(?:(?<!\p{L})\p{Ll}|[.?!…]))\S.*)"
"""Speech after a label reads as a sentence: a word in lower case, or sentence punctuation."""
INLINE_LABEL = (
    # "ANDREW MARR: I'm joined now", "Hefin David: Will you take an intervention?". The label
    # is a name, a caps name or a role, never one of NOT_SPEAKERS; the speech must read as a
    # sentence (a heading such as "UK Elections: Overseas Funding" does not).
    rf"^(?:(?P<qnum>Q\d{{1,4}})\s+)?(?!(?i:{_NOT})\s*:)(?P<hansard>{PERSON}{PARENS}*|{CAPS_LABEL}"
    rf"|{TITLE_LABEL}{PARENS}*|(?:{_ROLE_LABEL}))\s*:\s+{_SPEECH}$"
)
INLINE_OFFICE_LABEL = (
    # "The Minister of State, Ministry of Justice (Lord McNally): There is no special status",
    # "Lord Faulks (The Minister of State, Ministry of Justice): That the Bill be read".
    # The office is capitalised and holds no sentence end ("... homes. Johann Lamont
    # (Glasgow Pollok) (Lab): To ask" is a header inside a line, not an office).
    rf"^(?P<hansard>(?:{ROLE_TITLE}|\p{{Lu}}(?:(?![.?!]\s)[^\n():]){{1,119}}?)\s*"
    rf"\((?:{PERSON}|{PLAIN_NAME})\)"
    rf"{PARENS}*|{PERSON}{PARENS}+|(?i:hon\. members|several hon\. members|noble lords))"
    rf"\s*:\s+{_SPEECH}$"
)
LABEL_ALONE = (
    # A label on its own line: "The First Minister:", "Lord Forsyth of Drumlean:",
    # "The Deputy Presiding Officer (Christine Grahame):", "INTERVIEWER:", and with a bullet
    # and a question number, "• 1. Rachael Hamilton (Ettrick, Roxburgh and Berwickshire) (Con):".
    rf"^{QNUM}(?!(?i:{_NOT})\s*:)(?P<hansard>{ROLE_TITLE}{PARENS}*|{PERSON}{PARENS}*|{CAPS_LABEL}"
    rf"|{TITLE_LABEL}{PARENS}*|(?:{_ROLE_LABEL}))\s*:\s*$"
)
ASKS = (
    # A member's question opening its turn: "Lord Smith of Finsbury rose to ask His Majesty's
    # Government ...", "§ 1. Mr. Tam Dalyell asked the Secretary of State for Defence if ...".
    rf"^{QNUM}(?P<hansard>(?:{PERSON}|{PLAIN_NAME}){PARENS}*)\s+"
    # Historic Lords Hansard: "Lord Tanlaw rose to ask the Leader of the House whether ...",
    # "Lord X rose to call attention to ...".
    r"(?P<speech>(?:rose to (?:ask|call attention|draw attention|move)\b|asked (?:the|Her|His) "
    r"(?:Prime Minister|Secretary of State|Minister|Chancellor|Attorney[- ]General|"
    r"Solicitor[- ]General|Advocate[- ]General|Leader of the House|President|Paymaster"
    r"|Lord President|Lord Privy Seal|Parliamentary Secretary|Majesty['’]s Government|"
    r"Deputy Prime Minister|First Secretary|Chief Secretary))\b.*)$"
)
_PARTY_ENDED = (
    # A Hansard header whose last group is a party: "Kate Osborne (Jarrow) (Lab)",
    # "The Minister for Energy (Jo Smith) (Con)". The header ends at that parenthesis.
    rf"(?:{PERSON}|{PLAIN_NAME}|{ROLE_TITLE}\s*\((?:{PERSON}|{PLAIN_NAME})\))"
    rf"{PARENS}*?{_PARTY_PARENS}"
)
PARTY_HEADER_SPEECH = (
    # A strong header (it counts alone): a Hansard header ending in a party, with the speech
    # on its line, with or without a colon: "Kate Osborne (Jarrow) (Lab) I beg to move, ...",
    # "Nia Griffith (Llanelli) (Lab): I remain concerned ...".
    rf"^{QNUM}(?P<hansard>{_PARTY_ENDED})(?P<role>{BRACKETS}*)\s*:?\s+(?P<speech>\p{{Lu}}.*)$"
)
_OFFICE_NAMED = rf"{ROLE_TITLE}\s*\((?:{PERSON}|{PLAIN_NAME})\){PARENS}*"
AFTER_CHAIR_HEADER = (
    # Text of a printed daily part runs the sitting's opening into one line: "... PRAYERS
    # [MR SPEAKER in the Chair] Mr Speaker: Before I look ...". A header right after the chair
    # notice starts a turn mid-line (the words before it stay where they are).
    rf"^(?P<before>.*?\[[^\[\]\n]{{1,80}}\bin the Chair\.?\]\s*)"
    rf"(?P<hansard>{_OFFICE_NAMED}|{ROLE_TITLE}|{PERSON}{PARENS}*|{PLAIN_NAME}{PARENS}+)"
    rf"\s*:\s+{_SPEECH}$"
)
MIDLINE_HEADER = (
    # The next header of such a line, after the end of a sentence: "... as possible. Chris
    # Grayling (Epsom and Ewell) (Con): I beg to move". Only the strong forms (a party group,
    # or an office with the name in parentheses) start a turn inside a line.
    rf"^(?P<before>.*?[.?!…”’\"\])—]\s+)(?P<hansard>{_PARTY_ENDED}|{_OFFICE_NAMED})"
    rf"(?P<role>{BRACKETS}*)\s*:\s+(?P<speech>\p{{Lu}}.*)$"
)
MIDLINE_REPEAT = (
    # A repeat header inside a line after the end of a sentence, for a speaker who has
    # spoken (the ``spoken`` group: the assembler checks it): "... in conflict. Johann
    # Lamont: I thank", "... not know? The First Minister: We published".
    # An office here is "The" and capitalised words or joiners, with no office-word look-ahead
    # (that scans the rest of the line at every sentence end): the assembler's check on who
    # has spoken is what makes it a header.
    rf"^(?P<before>.*?[.?!…”’\"\])—]\s+)(?P<hansard>(?P<spoken>The (?:{WORD}|{_JOINER})"
    rf"(?: (?:{WORD}|{_JOINER})){{0,8}}|{PERSON}|{PLAIN_NAME}))"
    rf"\s*:\s+(?P<speech>\p{{Lu}}.*)$"
)
_NO_COLON_STYLE = "Mr|Mrs|Ms|Miss|Dr|Sir|Dame"
NO_COLON_HEADER = (
    # Pages quoting historic Hansard print the header at the start of the paragraph with no
    # colon: "Mr. Speaker Order. The rules are ...", "Mr. Stonehouse I simply wanted ...".
    # A style and one surname (or the chair), then a word a speech opens with. Weak.
    rf"^(?P<hansard>(?:{_NO_COLON_STYLE})\.? (?:(?:Deputy )?Speaker|\p{{Lu}}[\p{{L}}'’-]+))"
    rf" (?P<speech>(?:{'|'.join(SENTENCE_STARTS)})\b.*)$"
)
_DASH_STYLES = (
    "Mr|Mrs|Ms|Miss|Mx|Dr|Senator|Sen|Prof|Professor|Sir|Dame|Hon|Rev|Deputy|Commissioner|"
    "Lord|Lady|Baroness|Judge|Justice|Inspector|Superintendent|Constable|Councillor|Cllr"
)
DASH_LABEL = (
    # Committee Hansards of other parliaments: a label, then a dash glued to the speech:
    # "CHAIR —Welcome and thank you", "Senator SMITH—I", "Mr Douglas —Following the last".
    r"^(?P<hansard>(?:The )?(?:CHAIR|CHAIRMAN|ACTING CHAIR|ACTING CHAIRMAN|DEPUTY CHAIR|"
    r"DEPUTY CHAIRMAN|PRESIDENT|SPEAKER|DEPUTY SPEAKER|CLERK|WITNESS)"
    rf"|(?:{_DASH_STYLES})\.? \p{{Lu}}[\p{{L}}'’-]+"
    rf"(?: (?:\p{{Lu}}[\p{{L}}'’-]+|{PARTICLE})){{0,3}})"
    r"(?: ?[—–] ?| - )(?P<speech>\p{Lu}.*)$"
)
OFFICIAL_REPORT_LABEL = (
    # The official reports of the Northern Ireland Assembly, the Scottish Parliament and the
    # Senedd print "Name: speech" inline: "Mr Speaker: Members, please take your seats.",
    # "Clerk to the Assembly: In accordance with ...". Weak (a quotation looks the same).
    rf"^(?P<hansard>{ROLE_TITLE}{PARENS}*|{PERSON}{PARENS}*|{PLAIN_NAME}{PARENS}+"
    r"|(?:The )?Clerk (?:to|of) the (?:Assembly|House|Parliament|Committee))"
    rf"\s*:\s+{_SPEECH}$"
)
ROLE_LINE = (
    rf"^(?P<hansard>(?:The |An )?(?:{'|'.join(sorted(ROLE_LINES, key=len, reverse=True))}))$"
)
"""A committee part alone on a line with no colon ("Clerk to the Committee"): weak."""
_LC = r"[\p{Ll}'’-]"
_LC_FUNCTION = (
    "the|a|an|and|but|or|so|this|that|these|those|it|its|my|our|your|his|her|their|one|we|i|"
    "you|he|she|they|if|when|as|in|on|at|for|of|to|with|what|which|who|why|how|there|here|"
    "then|now|also|not|is|was|are|be"
)
_LC_LABEL = (
    rf"(?:(?:mr|mrs|ms|miss|dr|sir|lord|lady|baroness|sen|senator|rep|gov|prof)\.? {_LC}+"
    rf"(?: {_LC}+)?|(?:{'|'.join(CAPTION_ROLES)})"
    rf"|(?!(?:{_LC_FUNCTION}) ){_LC}{{2,}}(?: (?!(?:{_LC_FUNCTION}):){_LC}{{2,}}){{1,2}})"
)
CAPTION_LINE = (
    # Lower-case broadcast captions: speaker changes anywhere in a line, as ">>" (maybe with
    # a name) or as a lower-case label after the end of a sentence: "... about america.
    # host: the name of the book is", ">> order. questions to the prime minister." Only in a
    # line with no capital letter at all (a caption line), never in ordinary prose.
    rf"^(?=[^\p{{Lu}}]*$)(?P<before>.*?\S\s+)??(?:(?P<mark>>>\s*)(?:(?P<hansard>{_LC_LABEL}):\s+)?"
    rf"|(?<=^|[.?!♪\]]\s+)(?P<hansard>{_LC_LABEL}):\s+)(?P<speech>\S.*)$"
)
ADDRESS = (
    r"^(?:" + "|".join(regex.escape(a) for a in sorted(ADDRESSES, key=len, reverse=True)) + r")\b"
)
"""A speech opening with a chamber's form of address ("My Lords, ..."): it corroborates a
weak header (a blog quoting one contribution)."""
NOT_PROCEDURAL = r"(?!(?:" + "|".join(regex.escape(p) for p in PROCEDURAL_OPENINGS) + r")\b)"
"""A lookahead refusing lines that open as procedure ("Moved by Lord X"): never a role."""
HISTORIC_TIME_LINE = r"^(?P<time>\d{1,2}\.\d\s?[ap]\.m\.)$"
"""Historic Hansard's times with one-digit minutes: "10.0 a.m.", "4.1 p.m." (4:01 pm)."""
SEAT_PARTY_LINE = rf"^(?P<role>(?:\([^()\n]{{2,80}}\))?{_PARTY_PARENS})$"
"""The second line of a two-line header on members' own sites and viewers: "Jim Shannon" /
"(Strangford) (DUP)" (a party group last, or a seat and a party): it makes the bare name
above it a header."""
NAME_IN_PARENS = rf"^\((?P<person>{PERSON}|{PLAIN_NAME})\)$"
"""The second line of a header printed as an office, then "(Mr. Stephen Swingler)"."""
TIME_LINE = rf"^(?P<time>{TIME_PATTERN}|{HOUR_PATTERN})$"
"""A standalone time line ("12:45", "19:50:01", "11:39 A.M.", "7.30 pm", "7 pm"): it times
the next header."""
OTHER_DATE_LINE = rf"^(?P<date>{US_DATE_PATTERN}|{ISO_DATE_PATTERN})$"
"""A date alone on a line in the US or ISO order ("June 5, 2014", "2014-06-05")."""
DATE_LINE = rf"^(?P<date>{DATE_PATTERN})$"
_PARTIES = "|".join(regex.escape(c) for c in sorted(PARTY_CODES, key=len, reverse=True))
PARTY_LINE = rf"^(?P<party>{_PARTIES})$"
"""A party abbreviation alone on a line, printed above a name (three-line headers)."""
PROCEDURAL_SPECS: tuple[tuple[str, str, dict[str, tuple[str, ...]]], ...] = (
    # Stage directions and the business of the House: never speech, never a header. Each
    # is screened (by how the line starts or a word it must hold) so that prose skips it.
    (
        "was_asked",
        r"^.{1,160}? (?:was|were) asked[—–-]+$",
        {"ends": ("asked—", "asked–", "asked-")},
    ),
    ("stage_direction", r"^\[[^\]\n]{1,200}\]\.?$", {"starts": ("[",)}),
    (
        "took_the_chair",
        r"^.{1,200}? took the Chair\.?$",
        {"ends": ("took the Chair", "took the Chair.")},
    ),
    ("gave_evidence", r"^.{1,300}? gave evidence\.$", {"ends": ("gave evidence.",)}),
    (
        "question_put",
        r"^(?:Question|Amendment|Motion|Resolution|Lords? amendment)s?\b.{0,200}? "
        r"(?:put|agreed to|negatived|withdrawn|accordingly|forthwith|disagreed to)\b[^\n]{0,120}$",
        {
            "starts": (
                "Question",
                "Amendment",
                "Motion",
                "Resolution",
                "Lords amendment",
                "Lord amendment",
            )
        },
    ),
    ("resolved", r"^(?:Resolved|Ordered)[,.:]?\s*$", {"starts": ("Resolved", "Ordered")}),
    ("it_being", r"^It being .{1,160}? o['’]clock\b.*$", {"starts": ("It being ",)}),
    (
        "members_rose",
        r"^(?i:several hon\. members rose)\s*[—–-]*\s*$",
        {"starts": ("Several", "several")},
    ),
    (
        "suspended",
        r"^(?:Sitting|House|Committee) (?:suspended|adjourned|resumed)\b.{0,120}$",
        {"starts": ("Sitting ", "House ", "Committee ")},
    ),
)
"""(rule name, pattern, screens) of the procedural lines every dialect knows."""


def procedural_rules() -> tuple[LineRule, ...]:
    """The shared stage-direction rules (``dialects.stage``), then the ``PROCEDURAL_SPECS``
    as rules of kind ``procedural``."""
    return stage_rules() + tuple(
        rule(name, "procedural", pattern, **screens)  # type: ignore[arg-type]
        for name, pattern, screens in PROCEDURAL_SPECS
    )


DIVISION_START = (
    r"^(?:The (?:House|Committee|Assembly) (?:divided|proceeded to a Division)[:.]?"
    r"|Division (?:No\.? ?)?\d+\b.{0,80}|(?:The )?(?:House|Committee|Assembly) divided:.*)$"
)
DIVISION_COUNTS = (
    # "Ayes 1, Noes 37.", "The House divided: Ayes 300, Noes 200.", or one count a line:
    # "Ayes: 300" / "Noes: 200"; Lords "Contents 180; Not-Contents 120."
    r"(?i)^(?:the (?:house|committee) divided:?\s*)?(?:ayes|contents)[,:]?\s*(?P<ayes>\d+)"
    r"(?:\s*[;,.]?\s*(?:noes|not[- ]contents)[,:]?\s*(?P<noes>\d+))?\.?$"
    r"|^(?i:noes|not[- ]contents)[,:]?\s*(?P<noes>\d+)\.?$"
)
DIVISION_LIST = r"^(?:AYES|NOES|CONTENTS|NOT-CONTENTS|Tellers for the (?:Ayes|Noes)\b.*)$"
