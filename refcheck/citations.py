"""In-text citation extraction: author-date citations and numeric callouts.

Verbs: ``extract_citations(doc, ranges, corporate_names, numeric)``, then ``detect_style`` and
``select_style`` (the pipeline keeps only the document's own style). ``extract_citations``
scans ``doc.text`` (markup already blanked by the reader, same offsets as ``doc.source``) inside
the given body ranges, returns Citations whose ``text == doc.source[span.start:span.end]``.

How it scans (linear, a few precompiled patterns, no per-character Python loop):

* Parenthetical: every ``(...)`` or ``[...]`` without a bracket inside (at most 600 characters)
  that holds a year token ("2009", "2013a", "n.d.", "in press"). Inside it, each year token
  closes one citation; the text between the previous citation and the year must be an author
  list (after an optional prefix such as "see", "e.g.") or nothing but separators, which makes
  the year a continuation of the previous authors (``(Smith, 2001, 2005)``, ``(Tsygankov, 2013a
  and 2013b)``). Only the text after the last semicolon counts (``(Table 1; Smith, 2001)``).
  When that text is prose ending in names, the last name-like run is the citation: ``(values
  from Sharova et al., 2009)``, ``(blue lines, Vader et al., 2011)`` (persons only, at most two
  names, after a comma, a digit or a lower-case word). Plain parts ``Name[ and Name][ et al.],
  year`` joined by semicolons, the bulk of real citations, take a one-regex fast path. The text
  around inner groups of a parenthesis is read too (``(Q10(spike rate) ∼2, Pfau et al., 1989)``).
  A parenthesis that names one of ``corporate_names`` exactly, holds no year and is not an
  acronym alone is one citation with year None ("(IUCN)" defines an acronym).
* Stop words: a lone name before a year without a comma may be a function word, a month or a
  product (``(In 2009)``, ``(March 2020)``, ``(Agilent 1200 nanoLC)``); with a comma, "et al."
  or a second name any capitalised word is a surname (``(He et al., 2010)``, ``(Last, 2007)``,
  ``(Jun and Wickner, 2007)``).
* Narrative: every ``(year...)`` or ``[year...]`` anchor with nothing but years (and a locator,
  or several: ``(2003a: 12; 2005, p. 4)``) inside; the author list before it is read backwards:
  one match of a mirrored grammar on the reversed window of 240 characters that precedes the
  anchor (a comma may come between: ``Brasaemle et al., (2004)``). A capitalised stop word ("In", "Table", a month), a name after
  "Capitalised of" ("Declaration of Helsinki (2000)"), or a name that ends inside or at the end
  of an emphasis region (an italic title), is no author.
* Bare in prose, no brackets: only the two shapes that cannot be anything else, ``Turro et al.,
  2006`` (or ``et al. 2006``) and ``Haas and Pitot, 1999``.
* Not list citations: an author and year followed by a note that the work is unpublished or
  personal (``(Smith, 2019, unpublished data)``, ``(Lee 2020, pers. comm.)``): styles cite such
  works without listing them.

Span conventions (documented because callers annotate with them):

* A parenthetical citation spans from its first surname to the end of its year, date or locator:
  ``(see J. Smith, 2001, p. 5)`` gives ``Smith, 2001, p. 5``. Prefixes and leading initials are
  outside the span; a continuation year spans only itself (``2013b``, or ``b`` in ``2001a, b``).
* A narrative citation with one year spans from its first surname to the closing parenthesis:
  ``Nye (2010: 217)``, ``Van Herpen's (2015)``; ``J. Mattern (2005)`` gives ``Mattern (2005)``.
  With several years (``Hsu and Turk (1999 and 2010)``) the first spans ``Hsu and Turk (1999`` and
  each further one only its year, so spans never overlap.
* A bare citation in prose spans from its first surname to its year (``Turro et al., 2006``)
  and counts as narrative.
* All years printed in one parenthesis (or one narrative mention) share a ``group``; the text
  around inner groups of a parenthesis makes groups of its own.

Numeric callouts are another scanner returning the same ``_Unit`` drafts (one callout, one unit,
one Citation of kind "numeric"); ``extract_citations`` merges units from all scanners. It runs only
when the caller passes ``NumericHints`` (the list's size and whether it is numbered):

* ``[1]``, ``[1,2]``, ``[1–3, 5]``, ``[7]–[14]`` (one range), with a prefix or locator inside
  (``[e.g., 7]``, ``[1, p. 5]``, ``[22: 50–52]``, ``[3 (p. 12)]``); ``(1)``, ``(1, 3)``,
  ``(4, p. 9)`` only with a numbered list and numbers within it; superscripts ``¹²``, ``¹⁻³``,
  ``¹,²``, ``^1,2^``, ``<sup>1–3</sup>``.
* ``numbers`` keep the printed order, ranges expanded (a backwards ``[5–3]`` as 3, 4, 5), repeats
  dropped. A callout spans its brackets, parentheses, carets or tags.
* Not callouts: anything but numbers inside (``[sic]``, ``[Table 2]``), four-digit numbers beyond
  the list (``[2015]``), ``[text](url)``, a line opening with ``[1] `` or ``(1) `` (a list label),
  intervals (``interval [140, 160]``, ``[5, 80]`` far beyond the list), ``Eq. (3)``, ``f(1)``,
  superscripts after a digit or a one- or two-letter symbol or before a letter (``m²``, ``10⁶``,
  ``¹³C``), and a superscript opening a line (an affiliation key).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from refcheck._uppercase import UPPER_CLASS
from refcheck.cjkcites import cjk_citations
from refcheck.intervals import Intervals
from refcheck.match import numeric_labels, without_defined_acronym
from refcheck.model import BodyUrl, Citation, Document, Reference
from refcheck.place_names import is_place_name
from refcheck.refparse_fields import NOT_YET_ACCEPTED, unpublished_year
from refcheck.refparse_names import is_organisation_word
from refcheck.textnorm import fold, is_particle, name_key

Ranges = tuple[tuple[int, int], ...]


def _lazy(pattern: str) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled on first use: most documents never need it, and compiling the large
    name classes costs start-up time on every run."""
    return functools.cache(lambda: re.compile(pattern))


_UP = UPPER_CLASS
_LET = r"[^\W\d_]"
# A capitalised word: "Nye", "Ćwiek-Karpowicz", "López–Otín", "O'Brien", "L'honoré", "McDonald",
# "NATO"; stops before "'s".
_CAPWORD = (
    rf"{_UP}(?:{_LET}+(?:[-‐–]{_LET}+|['’](?!s(?!{_LET})){_LET}+)*"
    rf"|['’](?!s(?!{_LET})){_LET}{_LET}+)"
)
# Name particles ("van", "De", "von der", Irish "Ó", "Ní", "Mac"), written out by first letter: much faster than (?i:...).
_PARTICLE = (
    r"(?:[vV](?:an|on|om)|[dD](?:e[rnls]?|ella|[iau]|os|as)|[lL][ae]|[tT]e[nr]|[zZ]ur?"
    r"|[bB]in|[aAeE]l|[mM]ac|[mM]c|Ó|Ní|Nic|Uí|Ua)(?![\w'’‐-])"
)
_INITS_AFTER = rf"(?:\s?{_UP}(?:\.|(?!{_LET}))){{1,3}}"
_INITS_BEFORE = rf"(?:{_UP}\.[\s‐-]*){{1,3}}"
# Besides capitalised words, a surname may open with a lower-case particle run into it
# ("daSilva", "deVries"; not "siRNA" or "mCherry") or be an acronym with a digit ("CCP4").
# A surname may join two capitalised words by particles ("Goicoechea de Jorge", "Reis e Sousa",
# "Ramón y Cajal", "van der Goes van Naters", "Sander van Doorn").
# (and "wa", "ibn" inside a name: "Ngũgĩ wa Thiong'o", "Ahmad ibn Hanbal")
_MID_PARTICLE = rf"(?:{_PARTICLE}|(?:[ey]|wa|ibn)(?![\w'’‐-]))"
# A particle after the surname, as some databases print it ("Huang da W" for Huang DW, the
# DAVID paper; "Mendiburu de F"), cited so: "(Huang da et al., 2009)", "(Mendiburu de, 2014)".
_TRAILING_PARTICLE = r"(?:\s+(?:d[aeiou]|dos|das)(?=\s*,|\s+et\.?\s*al\b|\s+(?:and|&)\s|\s*\Z))"
_SURNAME = (
    rf"(?:{_PARTICLE}\s+){{0,3}}"
    rf"(?:{_CAPWORD}(?:(?:\s+{_MID_PARTICLE}){{1,3}}\s+{_CAPWORD})?{_TRAILING_PARTICLE}?"
    rf"|[a-z]{{2,3}}{_UP}[a-z]{{2,}}|{_UP}{{2,}}\d(?!\w))"
)
SURNAME = _SURNAME  # (MLA's author-page reader, refcheck.pagecites, names authors alike)
# (with the misspellings journals print: "Stocker at al., 2008", "Schulmeister etl., 2011")
# et al. in the manuscript's own language: Russian "и др.", German "u. a.", French "et coll.",
# Spanish "y cols.", Portuguese "e col.", Chinese "等" (refcheck.rules reads them as correctly
# written)
# (Russian, German, French, Spanish and Portuguese, Chinese; Dutch "e.a.", Swedish, Danish and
# Norwegian "m.fl.", Italian "e coll.", Finnish "ym.", Turkish "vd.", Polish "i in.", Czech and
# Slovak "a kol.", Slovenian "in sod.")
LANGUAGE_ET_AL = (
    rf"и\s*др(?!{_LET})\.?|u\.\s?a\.|et\s+coll?\.|[ye]\s+cols?\.|等|e\.\s?a\.|m\.\s?fl\.|mfl\."
    r"|e\s+coll\.|ym\.|vd\.|i\s+in\.|a\s+kol\.|in\s+sod\."
)
_ETAL = rf"(?:et\.?\s*al(?:l|ii)?(?!{_LET})\.?|at\s+al\.|etl\.|{LANGUAGE_ET_AL})"
# Units after a number that is a quantity, not a year ("1387 bp", "2000 rpm").
_UNIT = (
    r"(?:bp|kb|Mb|nt|aa|kDa|Da|kD|[mµunp]?[gMlL]|rpm|Hz|kHz|[mµn]?s|min|h|cells|°C|K)"
    r"(?![^\W\d_])"
)
_MONTH = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
# A year ("2009", "2013a"; not "1990s", "20130508", "/2013/", "1955–1969", "2009.5.11",
# "1387 bp"), "n.d." or "in press"
# ("forthcoming"); each branch starts with a literal so that the regex engine can skip ahead.
_YEAR = (
    r"(?:(?:1(?<![\w./\-–]1)\d{3}|2(?<![\w./\-–]2)0\d{2})(?:[a-rt-z](?![^\W\d_]))?"
    rf"(?!\w|[-–.]\d|\s?{_UNIT})"
    r"|n(?<![\w.]n)\.\s?d(?:\.|(?!\w))(?:-[a-z](?![^\W\d_]))?"
    r"|[iI](?<![\w.][iI])n\s+press(?:-[a-z](?![^\W\d_]))?(?!\w)"
    r"|[fF](?<![\w.][fF])orthcoming(?!\w)"
    # a work not yet accepted: "(Chapman et al., in preparation)", "(Lee, submitted)"
    r"|[iI](?<![\w.][iI])n\s+prep(?:aration|\.|(?![^\W\d_]))"
    r"|[sS](?<![\w.][sS])ubmitted(?!\w)|[uU](?<![\w.][uU])nder\s+review(?!\w))"
)
# the year of the edition cited after the original's: "(Freud, 1900/1953)"; the original's
# in brackets after the edition's: "Burke (2005 [1790])"
_REPUBLISHED_YEAR = r"(?:/|\s?\[(?=\d{4}\]))((?:1[5-9]|20)\d\d)\]?(?![\w/-])"
_SUFFIX = r"(?<![\w.])[a-z](?=\s*(?:[,;:)\]]|and\s|&|\Z))"
_DATE = rf",\s*{_MONTH}\.?(?:\s+\d{{1,2}}(?!\d))?(?!\w)"
# (and the humanities' "t." tome, "S." Seite, "Bd.", "cap.", "fol.", "col.", "n." note; Russian
# "с." page, "т." volume, "гл." chapter)
_LOCPFX = (
    r"(?i:pp?|pages?|chaps?|ch|chapter|paras?|sec|sect|section|figs?|figures?|tables?|tab|box"
    r"|appendix|eqs?|vol|no|§§?"
    r"|t|tome|s|bd|cap|fol|col|n|nn|note|с|стр|т|гл)\.?"
)
# (a section "2.1", a panel or a supplement's figure: "3B", "S1")
_PAGE = r"(?:S?\d+(?:\.\d+){0,3}(?:[A-Za-z](?![^\W\d_]))?|[ivxlcdm]+(?!\w))"
# (and "f."/"ff.", the pages following: "S. 12 f.", "45 ff.")
_LOCNUM = (
    rf"{_PAGE}(?:\s*[-–—]\s*{_PAGE})?(?:\s*ff?\.)?"
    rf"(?:\s*,\s*\d{{1,3}}(?!\d)(?:\s*[-–—]\s*\d+)?)*"
)
_LOCTAIL = (
    rf"(?:\s*:\s*(?P<loc>(?:{_LOCPFX}\s*)?\d+(?:\s*[-–—]\s*\d+)?(?:\s*,\s*\d{{1,3}}(?!\d))*)"
    # (Harvard's page without the comma: "(Lee 2012 p. 4)")
    rf"|(?:\s*,\s*|\s+(?=(?i:pp?)\.\s*\d))"
    rf"(?P<loc2>(?!n\.\s?d\b){_LOCPFX}\s*{_LOCNUM}(?:\s*,\s*{_LOCPFX}\s*{_LOCNUM})*"
    # Chicago's bare page before the bracket closes: "Smith (2001, 45)", "(Smith 2001, 23–25)"
    # (not a second year: "(2001, 2003)")
    r"|(?!(?:1[5-9]|20)\d\d(?!\d))\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*ff?\.)?(?=\s*(?:[)\];]|\Z))))"
)

# Any parenthesis or square bracket without a bracket inside; bounded so that an unclosed "("
# costs little. Author-date citations are read in both: "(Lopes et al., 2006)", "[Lopes et al.,
# 2006]" (eLife prints the latter inside parentheses).
_PAREN = re.compile(r"\(([^()\[\]]{1,600})\)|\[([^()\[\]]{1,600})\]")
# A parenthesis holding such groups ("(Q10(spike rate) ∼2, Pfau et al., 1989)", "(see Figure 1
# in [Yoon et al., 2006] and Lee, 2009)"): the text around the inner groups is read too. Every
# repetition starts with a different character, so a failed match gives up after one pass.
_OUTER = re.compile(
    r"\(([^()\[\]]{0,300}(?:\([^()\[\]]{0,300}\)|\[[^()\[\]]{0,300}\])"
    r"(?:[^()\[\]]|\([^()\[\]]{0,300}\)|\[[^()\[\]]{0,300}\]){0,600})\)"
)
_YEAR_RE = re.compile(_YEAR)
_LOCTAIL_RE = re.compile(_LOCTAIL)
_REPUBLISHED = re.compile(_REPUBLISHED_YEAR)
_ONE_YEAR = re.compile(rf"(\d{{4}}[a-z]?)(?:{_REPUBLISHED_YEAR})?")
_YEAR_PIECE = _lazy(rf"{_YEAR}|{_SUFFIX}")
# What may follow a year inside a parenthesis: bare suffix letters, a date, a locator.
_TAIL = re.compile(rf"(?P<sfx>(?:\s*(?:,|and|&)\s*{_SUFFIX})*)(?P<date>{_DATE})?(?:{_LOCTAIL})?")
_SUFFIX_RE = _lazy(_SUFFIX)
# "et al." run into the name before it, "(Shimizuet al., 2010)": read where the name without it
# is listed (refcheck.rules reports the missing space)
_GLUED_ETAL = r"(?<=[a-z])(?P<etal3>et\s+al\.?)"
# The most common parentheses, "(Smith, 2001)", "(Smith et al. 2001a; Lee and Ng, 2005)", are
# recognised by one match and read part by part without the general parser.
_SIMPLE_PART = (
    rf"(?P<sur>{_SURNAME})(?:\s+(?:and|&)\s+(?P<sur2>{_SURNAME}))?"
    rf"(?:\s*,?\s+(?P<etal>{_ETAL})|\.(?P<etal2>{_ETAL})|{_GLUED_ETAL})?(?P<sep>\.?\s*,\s*|\s+)"
    r"(?P<year>(?:1\d{3}|20\d{2})[a-rt-z]?)"
)
_SIMPLE_PART_RE = re.compile(_SIMPLE_PART)
_SEMICOLON = re.compile(r"\s*;\s*")
# the other works a narrative citation's bracket goes on to cite, which the parenthetical
# scanner reads: "Jones (2011, as cited in Lee, 2012)", "Smith (2010; see also Brown, 2012)"
_CITED_ON = (
    r"(?=\s*,\s*(?:as\s+)?(?:cited|quoted|reprinted|reviewed)\s+in\s"
    r"|\s*[,;]\s*(?:see(?:\s+also)?|cf\.|but\s+see|also)\s"
    rf"|\s*;\s*{_UP}[^;()\[\]]{{1,80}}?\d{{4}}[a-z]?\s*[,;)\]])"
)
# A parenthesis holding only years (and a date or locator), or opening with them before other
# works: the anchor of a narrative citation.
_LOCTAIL_PLAIN = _LOCTAIL.replace("(?P<loc>", "(?:").replace("(?P<loc2>", "(?:")
# more years after a located one: "Smith (2003a: 12; 2005)", "Smith (2003a, p. 12, 2005)"
_MORE_LOCATED = rf"\s*[,;]\s*{_YEAR}(?:{_LOCTAIL_PLAIN})?"
_MORE_LOCATED_RE = re.compile(rf"\s*[,;]\s*(?P<year>{_YEAR})(?:{_LOCTAIL})?")
_ANCHOR = re.compile(
    rf"[(\[]\s*(?P<years>{_YEAR}(?:{_REPUBLISHED_YEAR})?"
    rf"(?:\s*(?:[,;]|and|&)\s*(?:{_YEAR}|{_SUFFIX}))*)"
    rf"(?P<date>{_DATE})?(?:{_LOCTAIL}(?P<more>(?:{_MORE_LOCATED})*))?(?:\s*[)\]]|{_CITED_ON})"
)

# The author list before an anchor is matched on the *reversed* window with the mirror image of
# the forward grammar (names, "and"/"&", commas, "et al.", possessive): one re.match from the
# anchor backwards, greedy, instead of trying every start position of a window.
_NOT_NAME = r"[\w'’‐-]"
# The two branches share their closing capital (one copy of the large class fewer).
_CAPWORD_R = (
    rf"(?:(?:{_LET}+[-‐–]|(?!s['’]){_LET}+['’])*{_LET}+(?:{_UP}['’])?"
    rf"|{_LET}{_LET}+['’]){_UP}(?!{_NOT_NAME})"
)
_PARTICLE_R = (
    r"(?:na[vV]|no[vV]|mo[vV]|(?:[rnls]?e|alle|[iau]|so|sa)[dD]|[ae][lL]|[nr]e[tT]|r?u[zZ]"
    rf"|ni[bB]|l[aAeE]|ca[mM]|c[mM]|Ó|íN|ciN|íU|aU)(?!{_NOT_NAME}|\.)"
)
_INITS_R = rf"(?:\s?(?:\.|(?<!{_LET})){_UP}){{1,3}}"
_NAME_R = rf"(?:{_INITS_R}\s+)?{_CAPWORD_R}(?:\s+{_PARTICLE_R}){{0,3}}"
# (reversed: "and", Russian "и", German "und", French "et", Dutch "en", Swedish "och", Danish and
# Norwegian "og", Turkish "ve", Finnish "ja", Hungarian "és", Romanian "și", and German
# "Schmidt/Weber")
_AND_R = r"(?:\s+(?:dna|и|dnu|te|ne|hco|go|ev|aj|sé|iș|iş)\s+,?\s*|\s*&\s*,?\s*|/)"
# (reversed; also "and colleagues", "and co-workers", "and others", "and co-authors", which
# narrative prose writes for et al.)
_ETAL_R = (
    r"(?:\.?(?:l|ii)?la\s*\.?te|\.la\s+ta|\.lte|\.?рд\s*и|\.a\s?\.u|\.l?loc\s+te|\.s?loc\s+[ye]"
    r"|(?:seugaelloc|srekrow-?oc|setaicossa|srehto|srohtua-?oc)\s+dna)"
)
_NARRATIVE_R = re.compile(
    rf"\s*(?P<comma>,)?\s*(?P<poss>s?['’])?(?:(?P<etal>{_ETAL_R})(?:\s+,?\s*|(?P<glued>)(?=[a-z])))?"
    # "Huang da et al. (2009)": a trailing particle, only before "et al."
    rf"(?P<authors>(?(etal)(?:(?:[aeiou]d|sod|sad)\s+)?){_NAME_R}"
    rf"(?:{_AND_R}{_NAME_R}(?:\s*,\s*{_NAME_R}){{0,8}})?)"
    rf"(?!{_NOT_NAME}|\.(?!{_UP}))"
)
_NARRATIVE_WINDOW = 240
# The end of a bare citation in prose: "et al., 2006" or ", 1999" (after "Haas and Pitot"), a
# four-digit year that no digit, letter or decimal continues.
_BARE_YEAR = r"(?P<year>(?:1[5-9]\d\d|20\d\d)(?:[a-z](?![^\W\d_]))?)(?!\w|[.,\-–/]\d)"
_BARE = re.compile(
    rf"(?P<etal>{_ETAL})\s*,?\s*{_BARE_YEAR}"
    rf"|(?<!\S)(?:and|&)\s+{_SURNAME},\s*{_BARE_YEAR.replace('<year>', '<year2>')}"
)
_PREFIXES = (
    r"see\s+also|see,?\s+e\.\s?g\.|see|e\.\s?g\.|i\.\s?e\.|cf\.?|compare|for\s+example"
    r"|for\s+instance|but\s+see|as\s+cited\s+in|cited\s+in|quoted\s+in|reviewed\s+in"
    r"|discussed\s+in|vgl\.|siehe|z\.\s?B\.|voir|véase"
)
# What comes before the authors of a part of a parenthesis: separators, then a prefix.
_LEAD = re.compile(
    rf"(?:[\s,;&]|(?:and|и|und)(?=\s))*"
    rf"(?P<prefix>(?:(?i:{_PREFIXES})|[a-z]+(?:\s+[a-z]+){{0,3}}\s+by)(?=[\s,:])[\s,:]*)?"
)
# "Wilczek and et al."; prose's "Okafor and colleagues (2001)", "… and co-workers"
_ETAL_END = _lazy(
    rf"(?:(?:\s*,\s*|\s+)(?:(?:and\s+)?(?P<etal>{_ETAL})"
    r"|and\s+(?P<words>colleagues|co-?workers|associates|others|co-?authors))"
    rf"|{_GLUED_ETAL})\Z"
)
# (and German "und", French "et", German "Schmidt/Weber"; the joiners of _AND_R, and inside
# brackets Polish and Croatian "i", Czech and Slovak "a": "(Nowak i Kowalski, 2014)")
_AND_WORDS = r"and|и|und|et(?!\s*al\b)|en|och|og|ve|ja|és|și|şi"
_SEP = re.compile(rf"\s*,\s*(?:(?:{_AND_WORDS}|&)\s+)?|\s+(?:{_AND_WORDS}|i|a)\s+|\s*&\s*|/")
_AND_SEP = re.compile(rf"\b(?:{_AND_WORDS}|i|a)\b|&")
_PERSON = re.compile(rf"(?:{_INITS_BEFORE}\s*)?(?P<sur>{_SURNAME})(?:\s+{_INITS_AFTER})?")
# A surname and its initials after a comma, as some Harvard guides tell two listed authors of
# one surname apart: "(Smith, J. A., 2010)"
_PERSON_COMMA_INITIALS = re.compile(rf"(?P<sur>{_SURNAME})\s*,\s*(?:{_UP}\.[\s‐-]*){{1,3}}")
_FUNC = r"(?:of|the|for|and|on|in|to|at|de|du|des|la|le|del|für|und|et|&)"
# An organisation: capitalised words joined by function words (and numbers), perhaps led by one
# capital or a word like "malERA" ("R Development Core Team", "The 1000 Genomes Project
# Consortium", "malERA Consultative Group on Modeling").
_CORPORATE = _lazy(
    rf"(?:{_UP}\s+|[a-z]{{1,4}}{_UP}{{2,}}\s+)?{_CAPWORD}"
    rf"(?:\s+(?:{_FUNC}\s+)*(?:\d{{1,4}}\s+)?{_CAPWORD}){{1,11}}"
)
# URLs are found from their "://" or "www." (literal prefixes the regex engine finds fast).
_URL_BODY = re.compile(r"(?:://|www\.)[^\s<>\"«»\[\]]+")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{0,15}\Z")
_EXCLUDED_KINDS = frozenset({"link-url", "autolink", "code"})
_TRIM = " \t\r\n,"
_PREFIX_TRIM = " \t\r\n,:"

# Months, days and seasons: never an author on their own ("(March, 2020)"), though "May and
# Ristaino" or "Jun et al." are.
_DATE_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# Capitalised words that are no author when a lone name meets a year without a comma ("(In 2009,
# ...)", "(March 2020)", "Since (2015)"). With a comma, "et al." or a second name the word is a
# surname however common ("(He et al., 2010)", "(Last, 2007)", "(Jun and Wickner, 2007)").
_STOP = _DATE_WORDS | frozenset(
    """
    spring summer autumn fall winter
    a an and or but nor the this that these those it its in on at by to of for from with within
    without into onto since after before during until till between among about around over under
    as than then thus hence also however moreover furthermore finally first second third fourth
    last later earlier recently today currently now here there when where while which who whose
    we our they their he his she her i you
    в во с со на по от до и или о об для из к
    selon pour chez dans avec par sur voir cf comme après avant depuis
    secondo per con come dopo prima vedi cfr
    según para como después antes véase ver segundo
    nach laut bei mit vgl siehe wie seit gemäß
    ala arg asn asp cys gln glu gly ile leu lys met phe pro ser thr trp tyr val
    """.split()
)  # (the last row: amino-acid residues, "phospho-ATM (Ser 1981)", "(Tyr 1068)")
# Nouns that precede a year in prose ("Table 2 (2019)", "the Education Law (2004)"): no author
# before a narrative "(year)", though "(Law, 2004)" in parentheses still is one.
_NOUNS = frozenset(
    """
    year years century decade table tables figure figures fig figs eq eqs equation equations
    section sections chapter chapters appendix vol volume no number part page pages box step
    phase stage round wave study experiment model case law act article resolution decree summit
    census report survey edition ed eds version release season
    agreement accord protocol treaty convention declaration charter pact amendment directive
    regulation bill doctrine framework guidelines assessment programme program initiative plan
    strategy reform project mission expedition depression recession crisis revolution war
    uprising election referendum olympics games festival exhibition pandemic epidemic outbreak
    earthquake tsunami disaster spill review goals code principles standards statement prize
    award medal brexit
    """.split()
)
# Words before a name that make it a ruler, an office holder or a storm, not an author:
# "President Obama (2009)", "Queen Elizabeth II (1953)", "Hurricane Katrina (2005)" (unless the
# list has the name)
_HONORIFICS = frozenset(
    """
    president queen king pope prince princess emperor empress tsar czar sultan sheikh chancellor
    senator governor mayor minister premier general admiral saint st lord lady archbishop bishop
    cardinal prophet hurricane typhoon cyclone storm tropical
    """.split()
)
_WORD_BEFORE = re.compile(rf"(?<!{_NOT_NAME})(?P<word>{_UP}{_LET}*)\.?\s+\Z")
_THE_BEFORE = re.compile(r"(?<![\w-])(?:the|The)\s+\Z")
# a Roman numeral is a ruler's or a volume's number, never a family name ("Elizabeth II (1953)")
_ROMAN = re.compile(r"(?=[IVXL]{2})L?X{0,3}(?:IX|IV|V?I{0,3})")
_STOP_NARRATIVE = _STOP | _NOUNS
# The earliest year a name followed by a bare number ("(Smith 1998)") may cite: "(Agilent 1200)",
# "(RPMI 1640)" and "(PEG 1500)" are products.
_BARE_YEAR_MIN = 1800


@dataclass(slots=True)
class _Draft:
    """A citation before ids, groups and Spans are assigned."""

    start: int
    end: int
    authors: tuple[str, ...]
    year: str | None
    locator: str | None = None
    narrative: bool = False
    et_al_text: str | None = None
    prefix: str | None = None
    numbers: tuple[int, ...] = ()  # for numeric callouts
    keys: tuple[str, ...] = ()  # for citation keys such as [@smith2001]


_Unit = list[_Draft]  # the citations printed in one parenthesis or one narrative mention


@dataclass(frozen=True, slots=True)
class _Authors:
    names: tuple[str, ...]
    start: int  # offset of the first surname
    ends: tuple[int, ...]  # offset where each name ends
    et_al_text: str | None


class _Corporate:
    """Organisation names from the reference list, folded for exact lookup; and the family names
    of the list's first authors, which are names even where the word may be a date or a
    function word ("(Winter 2009)", "(May 1976)")."""

    def __init__(self, names: Iterable[str], families: Iterable[str] = ()) -> None:
        folded: dict[str, str] = {}
        for name in names:
            # (and without its acronym: "United Nations Children’s Fund (UNICEF)" is cited
            # "(United Nations Children’s Fund, 2020)")
            for printed in dict.fromkeys((name, without_defined_acronym(name))):
                key = _fold_name(printed)
                if key:
                    folded.setdefault(key, printed.strip().rstrip(".,;: "))
        self.by_key = folded
        self.keys = tuple(folded)
        self.families = frozenset(_fold_name(family) for family in families)
        # families of more than one word by their last ("Ladurie": "Le Roy Ladurie", "Márquez":
        # "García Márquez", "Billings": "Ladson-Billings", which prose may print "Ladson
        # Billings"), which a backwards reading of prose stops short of
        compounds: dict[str, list[str]] = {}
        for family in families:
            words = re.split(r"[\s-]+", family)
            if len(words) > 1 and words[-1]:
                compounds.setdefault(_fold_name(words[-1]), []).append(family)
        self.compounds = compounds

    def exact(self, value: str) -> bool:
        return bool(self.by_key) and _fold_name(value) in self.by_key


def _fold_name(value: str) -> str:
    return " ".join(fold(value).replace("&", " and ").strip(" .,;:").split())


_DASHED = re.compile(r"[-‐–]")


def _is_stop(name: str, stop: frozenset[str] = _STOP) -> bool:
    """A one-word name found in ``stop``; an acronym ("WHO", "IN") is never a function word."""
    if " " in name or (len(name) > 1 and name.isupper()):
        return False
    return fold(name) in stop


def _rejected(
    names: Sequence[str],
    et_al: bool,
    comma: bool,
    narrative: bool,
    listed: frozenset[str] = frozenset(),
) -> bool:
    """The stop-word policy. A lone name before a year without a comma may be a function word,
    a month or (before a narrative "(year)") a noun: "(In 2009)", "Table 2 (2019)". With "et al.",
    a second name or a comma before the year the words are surnames, however common ("He",
    "Last", "Winter", "May and Ristaino"), unless a lone name is a month ("(March, 2020)") or a
    month runs into the year ("(IPI Human, September 2011)", "(July–Sept 2014)"). A lone name
    in brackets that is a first author's family name in the list (``listed``) is a name:
    "(Winter 2009)" where Winter G. 2009 is listed."""
    if len(names) == 1 and _fold_name(names[0]) in listed:
        if not narrative:
            return False
        return _is_stop(names[0])  # "Law (2004)" where Law is listed: a name, as "(Law, 2004)"
    if len(names) == 1 and not et_al and (_ROMAN.fullmatch(names[0]) or is_place_name(names[0])):
        return True  # "Elizabeth II (1953)", "data from Germany (2010)", "(Kenya, 2015)"
    if not (narrative or comma or et_al) and _is_date(names[-1]):
        return True
    if et_al or comma or len(names) > 1:
        if not et_al and len(names) == 1 and _is_date(names[0]):
            return True
        # (a listed first author is a name however common: "Case and Deaton (2009)")
        return narrative and any(
            _is_stop(name, _NOUNS) and _fold_name(name) not in listed for name in names
        )
    return _is_stop(names[0], _STOP_NARRATIVE if narrative else _STOP)


def _is_date(name: str) -> bool:
    return any(_is_stop(part, _DATE_WORDS) for part in _DASHED.split(name))


_ABBREVIATION_END = re.compile(r"\s+\[[A-Z][A-Za-z&.\-]{1,15}\]$")
_ABBREVIATION_BEFORE_ANCHOR = re.compile(r"\s+\[[A-Z][A-Za-z&.\-]{1,15}\]\s*\Z")
_ABBREVIATION_BEFORE_YEAR = re.compile(r"\[[A-Z][A-Za-z&.\-]{1,15}\],\s*(?:1[5-9]|20)\d\d")


def _parse_authors(
    text: str,
    start: int,
    end: int,
    corporate: _Corporate,
    *,
    narrative: bool,
    comma: bool = False,
    persons_only: bool = False,
) -> _Authors | None:
    """Surnames in ``text[start:end]`` if it is nothing but an author list, else None.

    Inside parentheses an organisation ("World Health Organization") is one author; before a
    narrative "(year)" only person names count, and more capitalised nouns are stop words.
    ``comma``: a comma separates the names from the year (see ``_rejected``). ``persons_only``:
    the names follow other words ("(data from Sharova et al., 2009)"), where an unlisted
    organisation-like phrase is more likely prose than an author.
    """
    if end - start > 250 or end <= start:
        return None
    if text[end - 1] == "]" and (abbreviation := _ABBREVIATION_END.search(text, start, end)):
        # APA's first citation of a body: "(Centers for Disease Control and Prevention [CDC],
        # 2020)": the abbreviation the later citations use is no part of the name
        end = abbreviation.start()
        if end <= start:
            return None
    et_al_text = None
    if (
        text.find("et", start, end) >= 0
        or text.find("al", start, end) >= 0  # "Stocker at al."
        or text.find("др", start, end) >= 0
        or text.find("es", start, end) >= 0  # "colleagues", "associates"
        or text.find("rs", start, end) >= 0  # "co-workers"
        or text.find("u.", start, end) >= 0  # German "u. a."
        or text.find("col", start, end) >= 0  # "et coll.", "y cols."
        or text.find(".", start, end) >= 0  # "e.a.", "m.fl.", "ym.", "vd.", "i in.", "a kol."
    ):
        m = _ETAL_END().search(text, start, end)
        if m is not None and m.group("etal3"):
            before = _PERSON.fullmatch(text, start, m.start())
            if before is None or _fold_name(before.group("sur")) not in corporate.families:
                m = None  # "Shimizuet al." only where "Shimizu" is listed
        if m is not None:
            et_al_text = m.group("etal") or m.group("words") or m.group("etal3")
            end = m.start()
            if end <= start:
                return None
    et_al = et_al_text is not None
    person = _PERSON.fullmatch(text, start, end) or _PERSON_COMMA_INITIALS.fullmatch(
        text, start, end
    )
    if person is not None:  # the common case: one person
        name = person.group("sur")
        if _rejected((name,), et_al, comma, narrative, corporate.families):
            return None
        return _Authors((name,), person.start("sur"), (person.end("sur"),), et_al_text)
    if not narrative and corporate.exact(text[start:end]) and text[start].isupper():
        return _Authors((text[start:end],), start, (end,), et_al_text)
    lower = text[start:end]
    if lower.isalpha() and lower.islower() and _fold_name(lower) in corporate.families:
        return _Authors((lower,), start, (end,), et_al_text)  # "(hooks, 1994)", as listed
    names: list[str] = []
    ends: list[int] = []
    first = -1
    pos = start
    bounds = [(s.start(), s.end()) for s in _SEP.finditer(text, start, end) if s.end() > s.start()]
    if any(_AND_SEP.search(text, s, e) for s, e in bounds[:-1]):
        return None  # "and" joins only the last name: "(Calnali-mid and Tlatemaco, Culumber …"
    bounds.append((end, end))
    for sep_start, sep_end in bounds:
        if sep_start <= pos or len(names) >= 12:
            return None  # an empty name (two separators in a row, a leading one), or a list
        person = _PERSON.fullmatch(text, pos, sep_start)
        if person is not None:
            name = person.group("sur")
            name_start, name_end = person.span("sur")
        elif not narrative and not persons_only and _CORPORATE().fullmatch(text, pos, sep_start):
            name = text[pos:sep_start]
            name_start, name_end = pos, sep_start
        else:
            return None
        if first < 0:
            first = name_start
        names.append(name)
        ends.append(name_end)
        pos = sep_end
    if _rejected(names, et_al, comma, narrative, corporate.families):
        return None
    return _Authors(tuple(names), first, tuple(ends), et_al_text)


def _year_value(token: str, previous: str | None) -> str | None:
    """Normalise a year token; a bare suffix letter borrows the previous year's digits."""
    if token[0].isdigit():
        return token
    letter = token[-2:] if token[-2:-1] == "-" else ""  # APA's "in press-a", "n.d.-b"
    if token[:1] in "sSuU" or "prep" in token.lower():
        return unpublished_year(token)
    if token[0] in "iIfF":
        return "in press" + letter if token[0] in "iI" else "forthcoming"
    if token.startswith("n"):
        return "n.d." + letter
    if previous and previous[:1].isdigit() and previous[-1:].isalpha():
        return previous[:4] + token
    return None


def _locator(match: re.Match[str]) -> str | None:
    loc = match.group("loc") or match.group("loc2")
    return loc.strip() if loc else None


def _clean_prefix(prefix: str | None) -> str | None:
    return prefix.strip(_PREFIX_TRIM) if prefix else None


def _scan_parenthetical(
    text: str, lo: int, hi: int, corporate: _Corporate, units: list[_Unit]
) -> None:
    """Each year token in a parenthesis closes one citation (see the module docstring)."""
    for paren in _PAREN.finditer(text, lo, hi):
        c_start, c_end = paren.span(1) if paren.group(1) is not None else paren.span(2)
        if _scan_simple(text, c_start, c_end, units, corporate.families):
            continue
        if _ANCHOR.fullmatch(text, paren.start(), paren.end()):
            continue  # "(2009)": only years, read by the narrative scanner
        unit = _scan_span(text, c_start, c_end, corporate)
        if unit:
            units.append(unit)
        elif corporate.keys and paren.group(1) is not None:
            _yearless_corporate(text, c_start, c_end, corporate, units)
    for outer in _OUTER.finditer(text, lo, hi):
        c_start, c_end = outer.span(1)
        inners = list(_PAREN.finditer(text, c_start, c_end))
        if not inners:
            continue  # a plain parenthesis, read above
        # (the original's year in brackets after the edition's, "(Burke, 2005 [1790], p. 4)",
        # is part of its citation)
        # (nor is a body's abbreviation before the year, "(Centers for Disease Control and
        # Prevention [CDC], 2020)")
        bounds = [
            inner.span()
            for inner in inners
            if not _reprint_bracket(text, inner)
            and not _ABBREVIATION_BEFORE_YEAR.match(text, inner.start())
        ]
        starts = [c_start] + [b for _, b in bounds]
        ends = [a for a, _ in bounds] + [c_end]
        for start, end in zip(starts, ends, strict=True):
            # The text around the inner groups (read on their own above), one unit each.
            unit = _scan_span(text, start, end, corporate) if end > start else []
            if unit:
                units.append(unit)


def _reprint_bracket(text: str, inner: re.Match[str]) -> bool:
    """ "[1790]" right after a year: the original's year, not a group of its own."""
    return bool(
        inner.group(2) is not None
        and _ONE_YEAR.fullmatch(inner.group(2))
        and re.search(r"\d[a-z]?\s?\Z", text[max(0, inner.start() - 6) : inner.start()])
    )


def _scan_span(text: str, c_start: int, c_end: int, corporate: _Corporate) -> _Unit:
    """The citations of one parenthesis (or of the text between its inner groups)."""
    unit: _Unit = []
    pos = c_start
    last: _Draft | None = None
    for ym in _YEAR_RE.finditer(text, c_start, c_end):
        y_start = ym.start()
        if y_start < pos:
            continue
        semicolon = text.rfind(";", pos, y_start)
        if semicolon >= 0:  # "(Table 1; Smith, 2001)": parts are separated by semicolons
            pos = semicolon + 1
        lead = _LEAD.match(text, pos, y_start)
        a_start = lead.end() if lead else pos
        a_end = a_start + len(text[a_start:y_start].rstrip(_TRIM))
        prefix = _clean_prefix(lead.group("prefix")) if lead else None
        year = _year_value(ym.group(), None)
        if a_end <= a_start:
            if last is None or prefix or year in NOT_YET_ACCEPTED:
                last = None  # ("Larance et al., 2014, submitted": a note on the work cited)
                pos = ym.end()
                continue
            draft = _Draft(
                y_start,
                ym.end(),
                last.authors,
                year,
                et_al_text=last.et_al_text,
                prefix=last.prefix,
            )
        else:
            comma = text.find(",", a_end, y_start) >= 0
            authors = _parse_authors(text, a_start, a_end, corporate, narrative=False, comma=comma)
            if authors is None:
                authors = _tail_authors(text, a_start, a_end, corporate, comma)
                prefix = None
            if authors is None or (
                not comma
                and authors.et_al_text is None
                and len(authors.names) == 1
                and not _bare_year_ok(text, ym, c_end)
            ):
                last = None
                if not _IN_WORDS().match(text, ym.end(), c_end):
                    pos = ym.end()  # else a number inside a name: "(The 1000 Genomes ..., 2012)"
                continue
            draft = _Draft(
                authors.start,
                ym.end(),
                authors.names,
                year,
                et_al_text=authors.et_al_text,
                prefix=prefix,
            )
        after = ym.end()
        original = _REPUBLISHED.match(text, after)
        if original is not None and original.group().endswith("]"):
            draft.end = after = original.end()  # "2005 [1790]": read together
        pos = _finish(text, draft, after, c_end, unit)
        last = unit[-1]
    return unit


# A word start in a parenthesis: after a space or punctuation.
_WORD_START = re.compile(r"(?<![^\s,;:(\[/])[^\s,;:\d]")
# (or another year of the same name: "(Brown 2009 and 2010)"; or another name and year:
# "(Kim 2013 and Jones 2011)")
_PART_END = re.compile(
    r"\s*(?:[;,]|\Z)|\s+(?:and|&)\s+(?:(?:1[5-9]|20)\d\d[a-z]?(?![\w.])"
    r"|(?=[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?\s+(?:19|20)\d\d[a-z]?(?![\w.])))"
    # what prose adds after a cited work: "(Brown 2009 in Jones 2012)", "(Lee 2011 for a
    # review)", "(Kim 2013 and references therein)", "(Park 2014 cited in Lee 2015)"
    r"|\s+(?:in\s+(?=[A-Z][\w'’-]+[\s,])|(?:as\s+)?(?:cited|quoted|reviewed)\s+(?:in|by)\s"
    r"|for\s+(?:an?\s+)?(?:recent\s+)?(?:reviews?|details|discussion|overview|summary|examples?)\b"
    r"|and\s+references\s+there(?:in|of)\b)"
)
_LOWER_NAME_START = _lazy(rf"{_PARTICLE}\s|[a-z]{{2,3}}{_UP}")
_PARTICLE_START = _lazy(rf"{_PARTICLE}\s")
_IN_WORDS = _lazy(rf"\s+{_UP}")


def _bare_year_ok(text: str, year: re.Match[str], limit: int) -> bool:
    """A lone name followed by a number without a comma ("(Smith 1998)") cites only with a
    plausible year that ends the part: not "(Zen 2011 software)", "(Agilent 1200 nanoLC)"."""
    token = year.group()
    if token[0].isdigit() and int(token[:4]) < _BARE_YEAR_MIN:
        return False
    tail = _TAIL.match(text, year.end(), limit)
    return _PART_END.match(text, tail.end() if tail else year.end(), limit) is not None


def _after_prose(text: str, start: int, name_start: int) -> bool:
    """Is ``text[start:name_start]`` prose that may lead into an author list? It must end in a
    comma, colon, semicolon or digit ("(18%, Costello et al., 2012)"), or in a lower-case word
    ("(values from Sharova et al., 2009)"), but not in an article, nor in "of", "for" or "and"
    after a capitalised word, which join the words of a name ("(Treaty of Lisbon, 2009)",
    "(Centre for Ecology and Hydrology, 2010)" name no author; "(Table 1 of Clardy et al.,
    2014)" does)."""
    before = text[start:name_start].rstrip()
    if not before:
        return True
    if before[-1] in ",:;" or before[-1].isdigit():
        return True
    words = before.rsplit(None, 2)
    word = words[-1].lstrip("(['‘\"")
    if not (word.isalpha() and word.islower()) or word in {"the", "a", "an"}:
        return False
    return word not in _JOINERS or len(words) < 2 or not words[-2][:1].isupper()


def _tail_authors(
    text: str, start: int, end: int, corporate: _Corporate, comma: bool
) -> _Authors | None:
    """The last name-like run of ``text[start:end]`` after other words: "(values from Sharova et
    al., 2009)", "(blue lines, Vader et al., 2011)", "(Figure 5D, de Araujo et al., 2008)". The
    longest run that reads as persons (or a listed organisation) wins; a lone name needs a comma
    before the year ("(described in Morris 1991)" is left alone) unless a listed first author
    bears it."""
    for word in _WORD_START.finditer(text, max(start, end - 250), end):
        name_start = word.start()
        if name_start == start or not (
            text[name_start].isupper() or _LOWER_NAME_START().match(text, name_start)
        ):
            continue  # most words of prose: rejected before any parsing
        authors = _parse_authors(
            text, name_start, end, corporate, narrative=False, comma=comma, persons_only=True
        )
        if authors is None or len(authors.names) > 2:  # not "(… CREB, Haas and Pitot, …)"
            continue
        if not _after_prose(text, start, name_start):
            continue
        lone = not comma and authors.et_al_text is None and len(authors.names) == 1
        if lone and _fold_name(authors.names[0]) not in corporate.families:
            return None
        return authors
    return None


def _scan_simple(
    text: str, start: int, end: int, units: list[_Unit], listed: frozenset[str] = frozenset()
) -> bool:
    """Read a parenthesis made only of simple parts separated by semicolons; False if it is not."""
    parts: list[re.Match[str]] = []
    pos = start
    while True:
        part = _SIMPLE_PART_RE.match(text, pos, end)
        if part is None:
            return False
        parts.append(part)
        if part.end() == end:
            break
        semicolon = _SEMICOLON.match(text, part.end(), end)
        if semicolon is None:
            return False
        pos = semicolon.end()
    unit: _Unit = []
    for part in parts:
        sur, sur2 = part.group("sur", "sur2")
        names = (sur,) if sur2 is None else (sur, sur2)
        et_al_text = part.group("etal") or part.group("etal2")  # "Maamar.et al., 2007"
        if part.group("etal3"):
            if _fold_name(sur) not in listed:
                return False  # (the general reader decides)
            et_al_text = part.group("etal3")
        et_al = et_al_text is not None
        comma = "," in part.group("sep")
        if _rejected(names, et_al, comma, narrative=False, listed=listed):
            return False
        if not (et_al or comma or sur2) and int(part.group("year")[:4]) < _BARE_YEAR_MIN:
            return False  # "(Abcam 1791)", "(RPMI 1640)": products, not citations
        unit.append(
            _Draft(
                part.start("sur"),
                part.end(),
                names,
                part.group("year"),
                et_al_text=et_al_text,
            )
        )
    units.append(unit)
    return True


def _yearless_corporate(
    text: str, c_start: int, c_end: int, corporate: _Corporate, units: list[_Unit]
) -> None:
    """An organisation from the list cited without a year: "(Embassy of ... Kazakhstan)".

    Only an exact (folded) name of a listed organisation, and never an acronym alone: "(IUCN)",
    "(FAO)" after the name they abbreviate define the acronym, they do not cite.
    """
    if c_end - c_start > 300 or _YEAR_RE.search(text, c_start, c_end):
        return
    lead = _LEAD.match(text, c_start, c_end)
    a_start = lead.end() if lead else c_start
    a_end = a_start + len(text[a_start:c_end].rstrip(_TRIM + ".;"))
    if a_end - a_start < 2 or not text[a_start].isupper():
        return
    name = text[a_start:a_end]
    if not name.isupper() and corporate.exact(name):
        prefix = _clean_prefix(lead.group("prefix")) if lead else None
        units.append([_Draft(a_start, a_end, (name,), None, prefix=prefix)])


def _finish(text: str, draft: _Draft, year_end: int, limit: int, unit: _Unit) -> int:
    """Append ``draft`` (extended by its suffix letters, date, locator) to ``unit``; return end."""
    tail = _TAIL.match(text, year_end, limit)
    if tail is None:  # pragma: no cover - every part of the pattern is optional
        unit.append(draft)
        return year_end
    locator = _locator(tail)
    sfx_start, sfx_end = tail.span("sfx")
    unit.append(draft)
    if sfx_end > sfx_start:
        previous = draft.year
        for letter in _SUFFIX_RE().finditer(text, sfx_start, sfx_end):
            year = _year_value(letter.group(), previous)
            if year is None:
                continue
            unit.append(
                _Draft(
                    letter.start(),
                    letter.end(),
                    draft.authors,
                    year,
                    narrative=draft.narrative,
                    et_al_text=draft.et_al_text,
                    prefix=draft.prefix,
                )
            )
    unit[-1].end = max(unit[-1].end, tail.end())
    unit[-1].locator = locator
    return tail.end()


def _scan_narrative(
    text: str,
    lo: int,
    hi: int,
    corporate: _Corporate,
    emphasis: Intervals,
    units: list[_Unit],
) -> None:
    """``Name (year)``: find the anchors, then read the author list backwards from each."""
    for anchor in _ANCHOR.finditer(text, lo, hi):
        a_start = anchor.start()
        w_start = max(lo, a_start - _NARRATIVE_WINDOW)
        defined = None
        if text[a_start - 2 : a_start].rstrip().endswith("]") and corporate.keys:
            defined = _ABBREVIATION_BEFORE_ANCHOR.search(text, w_start, a_start)
            if defined is not None:  # "The World Health Organization [WHO] (2020)"
                a_start = defined.start()
        names = _NARRATIVE_R.match(text[w_start:a_start][::-1])
        if names is None:
            _lower_case_narrative(text, w_start, anchor, corporate, units)
            continue
        n_start = _compound_start(text, w_start, a_start - names.end("authors"), corporate.families)
        n_end = a_start - names.start("authors")
        etal_end = a_start - names.start("etal") if names.group("etal") is not None else n_end
        # a listed body's whole name, however its words read ("See Department of Health
        # (2018a)": neither "of Health" nor "See"), needs none of the checks of a lone name
        body = _listed_body(text, w_start, n_end, corporate) if etal_end == n_end else None
        authors = body or _parse_authors(text, n_start, etal_end, corporate, narrative=True)
        if authors is None:
            continue
        if (
            names.group("glued") is not None
            and _fold_name(authors.names[0]) not in corporate.families
        ):
            continue  # "Shimizuet al. (2010)" only where "Shimizu" is listed
        lone = body is None and len(authors.names) == 1 and authors.et_al_text is None
        if lone and " " in authors.names[0]:
            authors = _without_lead_words(text, authors)  # "See World Health Organization"
        if lone and (names.group("comma") is not None or _of_a_title(text, lo, n_start)):
            continue  # "Smith, (2009)"; "the Declaration of Helsinki (2000)"
        if lone and _after_honorific(text, lo, authors, corporate.families):
            continue  # "President Obama (2009)", "Hurricane Katrina (2005)"
        if lone and _ends_place_name(text, lo, authors, corporate.families):
            continue  # "New Zealand (2012)", "the United States (2015)", "São Paulo (2010)"
        if lone and _is_stop(authors.names[0], _NOUNS) and _THE_BEFORE.search(text, lo, n_start):
            continue  # "the Law (2005)", though Law is listed
        if (
            lone
            and is_organisation_word(authors.names[0])
            and _fold_name(authors.names[0]) not in corporate.families
        ):
            authors = _whole_body(text, lo, authors)  # "World Bank (2019)", not "Bank"
        if emphasis.starts and any(emphasis.ends_inside(end, anchor.end()) for end in authors.ends):
            continue  # "*Foreign Policy* (2009)": a title in italics; "**Nye (2013)**" is bold
        if corporate.keys:
            authors = _widen_corporate(text, authors, n_end, corporate)
            if defined is not None and authors.names[0] not in corporate.by_key.values():
                continue  # only an organisation's name defines its abbreviation
        if corporate.compounds:
            authors = _widen_family(text, authors, corporate)
        if corporate.families:
            authors = _without_prose_particle(authors, corporate)
        et_al_text = None
        if names.group("etal") is not None:
            et_al_text = text[a_start - names.end("etal") : a_start - names.start("etal")]
        unit: _Unit = []
        y_start, y_end = anchor.span("years")
        one = _ONE_YEAR.fullmatch(text, y_start, y_end)
        if one is not None:  # one year, the common case (or two: "(1900/1953)", "(2005 [1790])")
            unit.append(
                _Draft(
                    authors.start,
                    y_end,
                    authors.names,
                    one.group(1),
                    narrative=True,
                    et_al_text=et_al_text,
                )
            )
        else:
            _narrative_years(text, y_start, y_end, unit, authors.names, et_al_text, authors.start)
        if not unit:
            continue
        unit[-1].locator = _locator(anchor)
        if len(unit) == 1 and not anchor.group("more"):
            unit[0].end = anchor.end()
        else:
            unit[-1].end = max(anchor.end("date"), anchor.end("loc"), anchor.end("loc2"), y_end)
        _located_years(text, anchor, unit)
        _more_years(text, anchor.end(), hi, unit)
        units.append(unit)


_LOWER_NAME_BEFORE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{1,30}\s*\Z")


def _lower_case_narrative(
    text: str, lo: int, anchor: re.Match[str], corporate: _Corporate, units: list[_Unit]
) -> None:
    """ "As bell hooks (1994) argues": a listed family its author prints in lower case, which
    the name grammar (capitalised words) does not read."""
    if not corporate.families:
        return
    name = _LOWER_NAME_BEFORE.search(text, lo, anchor.start())
    if name is None or _fold_name(name.group().strip()) not in corporate.families:
        return
    unit: _Unit = []
    y_start, y_end = anchor.span("years")
    _narrative_years(text, y_start, y_end, unit, (name.group().strip(),), None, name.start())
    if unit:
        unit[-1].locator = _locator(anchor)
        unit[-1].end = anchor.end() if len(unit) == 1 else max(y_end, unit[-1].end)
        units.append(unit)


def _narrative_years(
    text: str,
    start: int,
    end: int,
    unit: _Unit,
    names: tuple[str, ...],
    et_al_text: str | None,
    lead: int | None = None,
) -> None:
    """Append to ``unit`` a narrative draft for each year or suffix letter in ``text[start:end]``
    ("2003, 2012", "2012a, b"); the first draft of an empty unit begins at ``lead``, where the
    names begin."""
    previous = unit[-1].year if unit else None
    for piece in _YEAR_PIECE().finditer(text, start, end):
        year = _year_value(piece.group(), previous)
        if year is None:
            continue
        begin = lead if lead is not None and not unit else piece.start()
        unit.append(_Draft(begin, piece.end(), names, year, narrative=True, et_al_text=et_al_text))
        previous = year


def _located_years(text: str, anchor: re.Match[str], unit: _Unit) -> None:
    """Drafts for the years after a located one in the same brackets ("(2003a: 12; 2005, p.
    4)"), each with its own locator."""
    start, end = anchor.span("more")
    if start < 0 or start == end:
        return
    first = unit[0]
    while start < end:
        chunk = _MORE_LOCATED_RE.match(text, start, end)
        if chunk is None:
            return
        year = _year_value(chunk.group("year"), unit[-1].year)
        if year is not None:
            unit.append(
                _Draft(
                    chunk.start("year"),
                    chunk.end(),
                    first.authors,
                    year,
                    locator=_locator(chunk),
                    narrative=True,
                    et_al_text=first.et_al_text,
                )
            )
        start = chunk.end()


# more years of the same authors in brackets of their own: "Badea et al. (2003), (2012)"
_MORE_YEARS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?=[(\[])")


def _more_years(text: str, end: int, hi: int, unit: _Unit) -> None:
    """Extend a narrative unit with the years its authors get in the brackets after it."""
    first = unit[0]
    for _ in range(8):
        joint = _MORE_YEARS.match(text, end, hi)
        anchor = _ANCHOR.match(text, joint.end(), hi) if joint is not None else None
        if anchor is None:
            return
        start, stop = anchor.span("years")
        _narrative_years(text, start, stop, unit, first.authors, first.et_al_text)
        unit[-1].end = anchor.end()
        unit[-1].locator = _locator(anchor)
        end = anchor.end()


def _scan_bare(
    text: str,
    lo: int,
    hi: int,
    corporate: _Corporate,
    emphasis: Intervals,
    units: list[_Unit],
) -> None:
    """Author-date citations printed in prose without brackets, only in the two shapes that
    cannot be anything else: "described in Turro et al., 2006." (also "et al. 2006") and "Haas
    and Pitot, 1999". A lone "Paris, 2009" is left alone. Inside a parenthesis the parenthetical
    reading, found first at the same offset, wins."""
    taken = Intervals((unit[0].start, unit[-1].end) for unit in units if unit)
    for anchor in _BARE.finditer(text, lo, hi):
        group = "year" if anchor.group("etal") is not None else "year2"
        y_start, y_end = anchor.span(group)
        if taken.overlaps(y_start, y_end):
            continue  # read already, inside a parenthesis or a narrative mention
        w_start = max(lo, y_start - _NARRATIVE_WINDOW)
        names = _NARRATIVE_R.match(text[w_start:y_start][::-1])
        if names is None or (names.group("etal") is None) != (anchor.group("etal") is None):
            continue
        n_start = _compound_start(text, w_start, y_start - names.end("authors"), corporate.families)
        end = y_start - (names.start("etal") if anchor.group("etal") else names.start("authors"))
        authors = _parse_authors(text, n_start, end, corporate, narrative=True, comma=True)
        if authors is not None and len(authors.names) > 2:  # "… and CREB, Haas and Pitot, 1999"
            n_start = authors.ends[-2] - len(authors.names[-2])
            authors = _parse_authors(text, n_start, end, corporate, narrative=True, comma=True)
        if authors is None or (authors.et_al_text is None and len(authors.names) != 2):
            continue
        if emphasis.starts and any(emphasis.ends_inside(e, anchor.end()) for e in authors.ends):
            continue
        draft = _Draft(
            authors.start,
            y_end,
            authors.names,
            text[y_start:y_end],
            narrative=True,
            et_al_text=authors.et_al_text,
        )
        unit: _Unit = []
        _finish(text, draft, y_end, min(hi, y_end + 80), unit)
        units.append(unit)


# Lower-case words that join the words of an organisation's or a document's name.
# ("According to Smith", "Based on Smith" are prose, so "to" and "on" are not among them.)
_JOINERS = frozenset("of for and".split())
# The head of a compound surname whose tail the backwards reading found: "Goicoechea " before
# "de Jorge", "Reis e " before "Sousa", "van der Goes " before "van Naters". (Kept out of the
# mirrored grammar, which repeats every name pattern and is costly to compile.)
_COMPOUND_HEAD = re.compile(rf"(?:{_PARTICLE}\s+){{0,3}}(?P<word>{_CAPWORD})\s+(?:[ey]\s+)?\Z")


def _compound_start(text: str, lo: int, name_start: int, families: frozenset[str]) -> int:
    """Where the first name of a backwards reading really starts: before the head of a compound
    surname ("Goicoechea de Jorge et al. (2013)"), unless the head is a function word ("In de
    Souza (2001)") or the list names the tail alone and not the compound ("Following van der
    Berg (2014)": the list has "van der Berg")."""
    head = _COMPOUND_HEAD.search(text, max(lo, name_start - 80), name_start)
    if head is None:
        return name_start
    joined = text[head.end("word") : name_start]
    if "e" not in joined and "y" not in joined and not _PARTICLE_START().match(text, name_start):
        return name_start  # "Smith Jones": two capitalised words are not one compound
    if _is_stop(head.group("word"), _STOP_NARRATIVE):
        return name_start
    if _opens_with_family(text, name_start, families) and not _opens_with_family(
        text, head.start(), families
    ):
        return name_start
    return head.start()


def _opens_with_family(text: str, at: int, families: frozenset[str]) -> bool:
    """Whether the words at ``at`` open with one of the list's families of several words."""
    run = _fold_name(text[at : at + 80])
    return any(
        " " in family and (run == family or run.startswith((f"{family} ", f"{family},")))
        for family in families
    )


_OF_A_TITLE = re.compile(rf"{_UP}{_LET}*\s+of\s+\Z")


def _of_a_title(text: str, lo: int, name_start: int) -> bool:
    """A name after "Capitalised of" ends a title, not an author: "Declaration of Helsinki
    (2000)", "University of Chicago (2010)" (but "the work of Smith (2001)" cites)."""
    return _OF_A_TITLE.search(text, max(lo, name_start - 40), name_start) is not None


_BODY_BEFORE = re.compile(rf"(?:{_UP}[\w&'’-]*\s+){{1,5}}\Z")


def _whole_body(text: str, lo: int, authors: _Authors) -> _Authors:
    """A body the list does not have, named whole: "World Bank (2019)", "European Union
    (2019)" (not "Bank", "Union"), less the article before it."""
    words = _BODY_BEFORE.search(text, max(lo, authors.start - 80), authors.start)
    if words is None:
        return authors
    whole = _Authors(
        (text[words.start() : authors.ends[0]],), words.start(), authors.ends, authors.et_al_text
    )
    return _without_lead_words(text, whole)  # "The World Bank", "As Bank": prose's words


def _after_honorific(text: str, lo: int, authors: _Authors, listed: frozenset[str]) -> bool:
    """A name the list does not have after a ruler's or an office's title, or a storm's."""
    if _fold_name(authors.names[0]) in listed:
        return False
    before = _WORD_BEFORE.search(text, max(lo, authors.start - 20), authors.start)
    return before is not None and fold(before.group("word")) in _HONORIFICS


_WORDS_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[\w'’-]+\s+){1,3}\Z")


def _ends_place_name(text: str, lo: int, authors: _Authors, listed: frozenset[str]) -> bool:
    """A name the list does not have that ends a place's name of several words."""
    if _fold_name(authors.names[0]) in listed:
        return False
    before = _WORDS_BEFORE.search(text, max(lo, authors.start - 30), authors.start)
    if before is None:
        return False
    words = before.group().split()
    return any(
        words[at][:1].isupper() and is_place_name(" ".join((*words[at:], authors.names[0])))
        for at in range(len(words))
    )


_JOINED = re.compile(r"\s+[yei]\s+")


def _split_joined(name: str, families: frozenset[str]) -> tuple[str, ...]:
    """ "(García y López, 2010)", "Silva e Souza (2014)": two authors joined by Spanish "y",
    Portuguese "e" or Catalan "i", which the name grammar reads as one compound family ("Ramón
    y Cajal"); two where the list's first author is the first of them and no such compound."""
    parts = _JOINED.split(name)
    if len(parts) != 2 or _fold_name(name) in families or _fold_name(parts[0]) not in families:
        return (name,)
    return (parts[0], parts[1])


def _without_prose_particle(authors: _Authors, corporate: _Corporate) -> _Authors:
    """ "les travaux de Toubert (1988)", "il libro di Manselli (1983)": a lower-case particle
    before a name the list gives without it is the prose's preposition."""
    first = authors.names[0]
    words = first.split()
    lead = 0
    while lead < len(words) - 1 and words[lead].islower() and is_particle(words[lead]):
        lead += 1
    if not lead or _fold_name(first) in corporate.families:
        return authors
    rest = first.split(None, lead)[lead]  # (as printed)
    if _fold_name(rest) not in corporate.families:
        return authors
    return _Authors(
        (rest, *authors.names[1:]),
        authors.start + len(first) - len(rest),
        authors.ends,
        authors.et_al_text,
    )


def _widen_family(text: str, authors: _Authors, corporate: _Corporate) -> _Authors:
    """Take the whole family in "Le Roy Ladurie (1975)", "García Márquez (1967)", where the
    list names it so: not "Ladurie", "Márquez"; and "Ladson Billings (1995)" where the list
    has "Ladson-Billings", as printed (the matcher weighs the hyphen)."""
    first = authors.names[0]
    for family in corporate.compounds.get(_fold_name(first), ()):
        head = family[: -len(first)] if fold(family).endswith(fold(first)) else None
        start = authors.start - len(head) if head else -1
        if (
            head
            and start >= 0
            and _unhyphened(text[start : authors.start]) == _unhyphened(head)
            and (start == 0 or not text[start - 1].isalnum())
        ):
            name = text[start : authors.start] + first
            return _Authors((name, *authors.names[1:]), start, authors.ends, authors.et_al_text)
    return authors


def _unhyphened(value: str) -> str:
    return fold(value).replace("-", " ")


_LEAD_WORDS = _STOP | frozenset("see also cf according unlike like per via".split())
_LEAD_WORD = re.compile(r"([^\W\d_]+)\.?\s+")


def _without_lead_words(text: str, authors: _Authors) -> _Authors:
    """A name of several words without what opens its sentence or paragraph before it ("See",
    "As", a heading on the line above): "See World Health Organization" -> "World Health
    Organization"."""
    start, end = authors.start, authors.ends[0]
    start = max(start, text.rfind("\n", start, end) + 1)
    while (word := _LEAD_WORD.match(text, start, end)) and fold(word.group(1)) in _LEAD_WORDS:
        start = word.end()
    if start == authors.start or start >= end:
        return authors
    return _Authors((text[start:end],), start, authors.ends, authors.et_al_text)


def _listed_body(text: str, lo: int, name_end: int, corporate: _Corporate) -> _Authors | None:
    """The longest listed organisation's name that ends at ``name_end``, as printed."""
    best: _Authors | None = None
    for name in corporate.by_key.values():
        start = name_end - len(name)
        if (
            lo <= start
            and (best is None or start < best.start)
            and not text[start - 1 : start].isalnum()
            and fold(text[start:name_end]) == fold(name)
        ):
            best = _Authors((text[start:name_end],), start, (name_end,), None)
    return best


def _widen_corporate(
    text: str, authors: _Authors, name_end: int, corporate: _Corporate
) -> _Authors:
    """Take the whole organisation in "World Health Organization (2020)", not "Organization"."""
    if len(authors.names) != 1:
        return authors
    body = _listed_body(text, 0, name_end, corporate)
    if body is None or body.start >= authors.start:
        return authors
    return _Authors(body.names, body.start, body.ends, authors.et_al_text)


# Numeric callouts ----------------------------------------------------------------------------
#
# Each printed form has one precompiled pattern; every number list is the same bounded grammar
# (items joined by "," or ";", an item a number or a range), so no pattern can backtrack more
# than a few steps per item. Numbers have no leading zero and at most four digits.

# Hyphen-minus, en and em dash, figure dash, minus, two hyphens (escaped for character classes).
_DASHES = r"\-–—‒−‐‑"
_SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_ASCII = str.maketrans(_SUP_DIGITS + "⁻", "0123456789-")  # one character each: same offsets
_NUM = r"[1-9]\d{0,3}(?!\d)"
_ITEM = rf"{_NUM}(?:\s*[{_DASHES}]\s*{_NUM})?"
_LIST = rf"{_ITEM}(?:\s*[,;˒⸴]\s*{_ITEM}){{0,80}}"
_RANGE_IN = _lazy(rf"\d\s*[{_DASHES}]")
_ITEM_RE = _lazy(rf"(?P<first>{_NUM})(?:\s*[{_DASHES}]\s*(?P<last>{_NUM}))?")
_LIST_RE = _lazy(_LIST)
# in square brackets the last two may be joined by "and": "[1 and 6]", "[2, 4, and 7]"
_BLIST = rf"{_ITEM}(?:\s*(?:[,;˒⸴]|,?\s+(?:and|&))\s*{_ITEM}){{0,80}}"
_BLIST_RE = _lazy(_BLIST)
# A locator after the numbers: "[1, p. 5]", "[3, Ch. 2]", "[23, pl. LII: 9]", "[1: fig. 4]".
_NLOC_WORDS = (
    r"pp?|pages?|ch|chap|chapter|sec|sect|section|§|figs?|figure|tab|table|eqs?|thm|theorem"
    r"|lemma|para|vol|appendix|pl|plates?|fn|notes?|art|col|lines?|ll?|props?|proposition|def"
    r"|th|thms|lem|lemmas|cor|corollary|defn|definition|alg|algorithm|app|appx|rem|remark|ex"
    r"|example|exercise|prob|problem|claim|conj|conjecture|box|suppl?|supplement"
    # German, Russian (GOST), French, Spanish and Italian: "[5, S. 17]", "[1, с. 45]",
    # "[4, т. 2, с. 8]", "[2, Bd. 3]", "[7, pág. 9]"
    r"|[sсtтч]\.|ss|bd|kap|abb|anm|сс|гл|рис|табл|стр|pág|págs|cap|fol"
)
_NLOC = (
    r"(?:\s*:\s*(?P<loc>[^\[\]\n]{1,80})"
    rf"|(?:\s*,\s*|\s+)(?P<loc2>(?i:{_NLOC_WORDS})(?![^\W\d_])\.?\s*[^\[\]\n\s][^\[\]\n]{{0,80}})"
    rf"|\s*\((?P<loc3>(?i:{_NLOC_WORDS})(?![^\W\d_])\.?\s*[^()\[\]\n\s][^()\[\]\n]{{0,60}})\))"
)
# a page after numbers in parentheses, "(4, p. 9)", "(2, pp. 10–12)": a callout in a numbered
# list's paper (a period after "p" and a number after it, so "(2, p < 0.05)" stays prose)
_PAREN_LOC = (
    rf"\s*,\s*(?P<ploc>(?i:pp?\.|pages?|ch(?:ap)?\.|chapter)\s*\d[\d{_DASHES}, ]{{0,20}}(?<![, ]))"
)
# what follows a ";" in a locator when it is the next work in the brackets: "[3, p. 4; 4, p. 7]",
# "[1, Fig. 3; 2]"
_NEXT_ITEM = _lazy(
    rf"\s*(?P<list>{_ITEM})\s*(?P<own>(?:,\s*|\s+)(?i:{_NLOC_WORDS})(?![^\W\d_])\.?\s*\S.*|:\s*\S.*)?"
)
_PAGES = _lazy(r"(?i:pp?|pages?)\b")
_NPREFIX = r"(?i:e\.\s?g\.|see(?:\s+also)?|cf\.?|i\.\s?e\.|for\s+example|reviewed\s+in)"
# "[1](https://x.org)" is a Markdown link in a .txt file; "[19](p. 107)" is a callout.
_MD_LINK = r"\((?:\s*<|[^\s()]*[/.#:?=][^\s()]*\s*[)\"']|\s*\))"
# "[7]–[14]" (a range written as two bracketed ends) or "[1–3, 5]"; never "[1](url)".
_BRACKET = _lazy(
    rf"\[\s*(?P<a>{_NUM})\s*\] ?[{_DASHES}] ?\[\s*(?P<b>{_NUM})\s*\](?!{_MD_LINK})"
    rf"|\[\s*(?:(?P<pre>{_NPREFIX})\s*,?\s*)?(?P<list>{_BLIST}){_NLOC}?\s*\](?!{_MD_LINK})"
)
# Words after which "[140, 160]" is an interval of values, not references.
_INTERVAL_BEFORE = _lazy(
    r"(?<![^\W\d_])(?i:intervals?|ranges?|windows?|domains?|bounds|limits|between|within"
    r"|spans?|bins?|periods?)\s*(?:of\s*|is\s*|are\s*|=\s*)?\Z"
)
# (and a range between two of them: "(8)–(10)", as "[7]–[14]")
_PAREN_NUMS = _lazy(
    rf"\(\s*(?P<a>{_NUM})\s*\) ?[{_DASHES}] ?\(\s*(?P<b>{_NUM})\s*\)"
    rf"|\(\s*(?P<list>{_LIST})(?:{_PAREN_LOC})?\s*\)"
)
_SNUM = f"[{_SUP_DIGITS[1:]}][{_SUP_DIGITS}]{{0,3}}(?![{_SUP_DIGITS}])"
_SITEM = rf"{_SNUM}(?:[⁻{_DASHES}]{_SNUM})?"
_SUPERSCRIPT = _lazy(rf"(?<![{_SUP_DIGITS}]){_SITEM}(?:[,˒⸴] ?{_SITEM}){{0,80}}")
_CARET = _lazy(rf"\^ ?\[?(?P<list>{_LIST})\]? ?\^")
_HTML_SUP = _lazy(rf"<(?i:sup)>\s*\[?\s*(?P<list>{_LIST})\s*\]?\s*</(?i:sup)>")
# Words after which "(3)" numbers an equation, a figure, a step or an item, not a reference.
_NOT_BEFORE_PAREN = frozenset(
    """
    eq eqs equation equations formula formulae formulas fig figs figure figures table tables tab
    scheme schemes step steps stage stages phase phases model models compound compounds item
    items line lines row rows column columns panel panels section sections chapter chapters
    appendix case cases condition conditions criterion criteria hypothesis hypotheses rule rules
    experiment experiments group groups sample samples example examples problem problems
    question questions no nos number numbers type version versions level levels grade grades
    class category point points part parts inequality expression relation relations theorem
    lemma proposition definition assumption constraint constraints system ineq prop def
    """.split()
)
_MAX_RANGE = 300  # a wider "range" is a typo or not a callout: no findings per number for it
_MAX_NUMBERS = 400
_EXPONENT_BEFORE = "⁺⁻⁼⁽⁾ⁿⁱ^*/"


@dataclass(frozen=True, slots=True)
class NumericHints:
    """What the reference list tells the numeric scanner; the pipeline computes it.

    ``list_size``: entries in the manuscript's own list (None when unknown). It rejects
    parenthesised numbers beyond the list ("(12)" in a 10-entry paper is an equation or an item)
    and four-digit numbers beyond it ("[2015]" is a year); "[999]" stays a callout so that
    missing-reference can flag it. ``numbered``: the list is numbered, the only case in which
    "(1)" may be a callout (parenthesised numbers are too common in prose otherwise).
    """

    list_size: int | None = None
    numbered: bool = False

    @classmethod
    def of(cls, references: Sequence[Reference]) -> NumericHints:
        own = [r for r in references if r.origin == "manuscript"]
        if not own:
            return cls()
        labels = [int(r.label) for r in own if r.label and r.label.isdigit()]
        return cls(max([len(own), *labels]), len(labels) * 2 >= len(own))


@dataclass(frozen=True, slots=True)
class NumericItem:
    """One number or range of a numeric callout; offsets are relative to the callout's text.

    ``[start, first_end)`` is the first number and ``[last_start, end)`` the last (the same
    number for a single one), so a backwards range can be fixed by swapping the two.
    """

    first: int
    last: int
    start: int
    first_end: int
    last_start: int
    end: int

    @property
    def backwards(self) -> bool:
        return self.last < self.first


def numeric_items(text: str) -> tuple[NumericItem, ...]:
    """The numbers and ranges of a numeric callout's text, as printed ("[5–3]" stays 5..3)."""
    plain = text.translate(_TO_ASCII)
    whole = _BRACKET().fullmatch(plain) or _PAREN_NUMS().fullmatch(plain)
    if whole is not None and whole.group("a") is not None:
        a, b = whole.span("a"), whole.span("b")
        return (NumericItem(int(whole.group("a")), int(whole.group("b")), a[0], a[1], *b),)
    found = _BLIST_RE().search(plain)
    if found is None:
        return ()
    items = []
    for item in _ITEM_RE().finditer(plain, *found.span()):
        first = int(item.group("first"))
        if item.group("last") is None:
            items.append(NumericItem(first, first, item.start(), item.end(), *item.span()))
        else:
            items.append(
                NumericItem(
                    first,
                    int(item.group("last")),
                    item.start(),
                    item.end("first"),
                    item.start("last"),
                    item.end(),
                )
            )
    return tuple(items)


def _list_numbers(text: str, start: int, end: int) -> tuple[int, ...] | None:
    """Numbers of a list in printed order, ranges expanded (a backwards one ascending),
    repeats dropped; None when a range is too wide to be a callout."""
    numbers: dict[int, None] = {}
    for item in _ITEM_RE().finditer(text, start, end):
        first = int(item.group("first"))
        last = item.group("last")
        if last is None:
            numbers[first] = None
            continue
        low, high = sorted((first, int(last)))
        if high - low > _MAX_RANGE:
            return None
        numbers.update(dict.fromkeys(range(low, high + 1)))
        if len(numbers) > _MAX_NUMBERS:
            return None
    return tuple(numbers) or None


def _range_numbers(first: int, last: int) -> tuple[int, ...] | None:
    low, high = sorted((first, last))
    return tuple(range(low, high + 1)) if high - low <= _MAX_RANGE else None


def _plausible(numbers: tuple[int, ...], size: int | None) -> bool:
    """Four-digit numbers beyond the list are years ("[2015]"), not callouts."""
    return all(n < 1000 or (size is not None and n <= size) for n in numbers)


def _at_line_start(text: str, start: int) -> bool:
    position = start
    limit = max(0, start - 40)
    while position > limit and text[position - 1] in " \t":
        position -= 1
    return position == 0 or text[position - 1] == "\n"


def _is_list_label(text: str, start: int, end: int) -> bool:
    """A line that opens with "[1] Text" or "(1) Text" is a list item (notes, enumerations)."""
    return end < len(text) and text[end] in " \t" and _at_line_start(text, start)


def _exponent_like(text: str, start: int, end: int) -> bool:
    """A superscript right after a digit, a unit or a one- or two-letter symbol (``10⁶``,
    ``m²``, ``R²``), or right before a letter (``¹³C``), is an exponent or an isotope."""
    if end < len(text) and text[end].isalnum():
        return True
    if start == 0:
        return False
    previous = text[start - 1]
    if previous.isdigit() or previous in _EXPONENT_BEFORE:
        return True
    if previous.isalpha():
        letters = 0
        while letters < 3 and start - letters > 0 and text[start - letters - 1].isalpha():
            letters += 1
        return letters <= 2
    return False


def _locator_items(locator: str, size: int | None) -> tuple[str, tuple[int, ...]]:
    """A locator that runs on into the next works cited, ``"pp. 12–15; 2"``, ``"p. 4; 4, p. 7"``:
    its own part and the further numbers. A bare range after pages stays pages ("pp. 3–5;
    9–12"), and so do a bare number beyond the list and anything not read as a work whole; a
    number with a locator of its own is a work even beyond the list (a missing reference)."""
    first, *rest = locator.split(";")
    numbers: dict[int, None] = {}
    for piece in rest:
        item = _NEXT_ITEM().fullmatch(piece)
        if item is None:
            return locator, ()
        listed = item.group("list")
        if item.group("own") is None and not listed.isdigit() and _PAGES().match(first.strip()):
            return locator, ()
        got = _list_numbers(piece, *item.span("list"))
        if got is None or (size is not None and max(got) > size and item.group("own") is None):
            return locator, ()
        numbers.update(dict.fromkeys(got))
    return first.strip(), tuple(numbers)


def _not_a_bracket_callout(
    text: str, lo: int, m: re.Match[str], numbers: tuple[int, ...], size: int | None
) -> bool:
    """A list label ("[1] Text" opening a line) or an interval of values ("[5, 80]" reaching
    well beyond the list, "time interval [140, 160]") rather than a callout."""
    start = m.start()
    locator = m.group("loc") or m.group("loc2") or m.group("loc3")
    if len(numbers) == 1 and locator is None and _is_list_label(text, start, m.end()):
        return True
    if len(numbers) != 2 or locator is not None or _RANGE_IN().search(text, *m.span("list")):
        return False
    low, high = numbers
    if size is not None and low < high and high > size + 10:
        return True  # "[5, 80]" in a 50-entry paper: values; "[2, 7]" in a 5-entry one: an error
    return _INTERVAL_BEFORE().search(text, max(lo, start - 30), start) is not None


def _word_before(text: str, lo: int, start: int) -> str:
    """The word just before ``start`` (within ``lo``), lower-cased, without a final period."""
    words = text[lo:start].rstrip().rstrip(".").rsplit(None, 1)
    return words[-1].lower() if words else ""


def _numeric_draft(
    start: int, end: int, numbers: tuple[int, ...] | None, locator: str | None = None
) -> _Unit:
    return [_Draft(start, end, (), None, locator=locator, numbers=numbers or ())]


def _has_any(text: str, chars: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds one of ``chars``: a pattern that needs one is not run (nor
    compiled) on a text without it."""
    return any(text.find(ch, lo, hi) >= 0 for ch in chars)


def _no_matches(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    return iter(())


# a numbered list's entries named in prose, as Nature and PNAS write them: "ref. 3", "refs.
# 4–6", "Refs 2 and 7", "reference 12"
_REF_WORD = re.compile(
    r"(?<![\w-])(?:[Rr]efs?\.?|[Rr]eferences?)\s+(?P<list>\d{1,4}(?:\s*(?:[-–—,]|and|&)\s*\d{1,4})*)"
    r"(?!\w|[.,]\d)"
)


# a callout whose superscript a plain-text copy lost: digits glued to the punctuation after a
# word ("common.1 Obesity", "risk,2,3 and", "this.9-11 Smith"), then a space or the line's end
_GLUED = _lazy(
    rf"(?P<word>[^\W\d_]+|%)[)\]’”\"']?[.,;:](?P<list>{_NUM}(?:[,{_DASHES}]{_NUM}){{0,20}})"
    r"(?=[ \t]|\n|\Z)"
)
# abbreviations a number follows by right: "Fig.1", "No.5", "pp.100", "vol.3", "Eq.2", "ver.2"
_NOT_BEFORE_GLUED = frozenset(
    """
    fig figs figure no nos nr pp p pg vol vols eq eqs ch chap sec sect tab art para ver v vs
    n table step phase stage part type grade class level lot exp app suppl cf ca approx
    """.split()
)


# ... and glued to a word, in a text that shows lost superscripts after punctuation too:
# "in low-income countries2,3 and", "first-line therapy7 although" (a word in lower case of
# three letters or more, so "COVID19", "CD4", "SGLT2", "HbA1c", "p53" stay words)
_GLUED_WORD = _lazy(
    rf"(?<![\w-])(?P<word>[a-z]{{3,}})(?P<list>{_NUM}(?:[,{_DASHES}]{_NUM}){{0,20}})"
    r"(?=[ \t]|\n|\Z|[.,;:](?:\s|\Z))"
)
# words a number follows by right when written together: "week12", "day3", "exon2", "log2"
_NOT_BEFORE_GLUED_WORD = _NOT_BEFORE_GLUED | frozenset(
    """
    day days week weeks month months year years hour hours min visit cycle dose arm group
    exon intron chr chrom chromosome version wave round trial patient case sample site region
    domain loop helix strand subunit isoform log lane well plate batch run slide section panel
    model scenario condition experiment cohort line item question task block session lead gen
    generation floor room ward bed zone area unit node layer figure table cell clone strain
    mouse rat subject participant donor covid sars mers cov hiv mir python ipv utf
    """.split()
)


def _cite_the_list_in_order(units: Sequence[_Unit], size: int) -> bool:
    """Whether numbers glued to words are a list's lost superscripts by themselves (Nature's
    "cells divide1,2. Others disagree3–5"): they name half the list or more, and first name its
    entries in order, as a list numbered by first citation is, which chance does not."""
    firsts: dict[int, None] = {}
    for unit in units:
        firsts.update(dict.fromkeys(n for draft in unit for n in draft.numbers))
    order = list(firsts)
    if len(order) < max(3, size / 2) or order[0] > 3:
        return False
    rising = sum(1 for a, b in itertools.pairwise(order) if b > a)
    return rising >= 0.8 * (len(order) - 1)


def _scan_numeric_callouts(
    text: str, lo: int, hi: int, hints: NumericHints, units: list[_Unit]
) -> None:
    """Numeric callouts in ``text[lo:hi]``, one unit each (see the forms in the module doc)."""
    size = hints.list_size
    brackets = _BRACKET().finditer if _has_any(text, "[", lo, hi) else _no_matches
    for m in brackets(text, lo, hi):
        locator = None
        if m.group("a") is not None:
            numbers = _range_numbers(int(m.group("a")), int(m.group("b")))
        else:
            listed = m.group("list")
            numbers = (int(listed),) if listed.isdigit() else _list_numbers(text, *m.span("list"))
            locator = (m.group("loc") or m.group("loc2") or m.group("loc3") or "").strip() or None
            if numbers is None or _not_a_bracket_callout(text, lo, m, numbers, size):
                continue
            if locator is not None and ";" in locator:
                locator, more = _locator_items(locator, size)
                numbers = tuple(dict.fromkeys(numbers + more))
        if numbers is not None and _plausible(numbers, size):
            unit = _numeric_draft(m.start(), m.end(), numbers, locator)
            unit[0].prefix = m.group("pre")
            units.append(unit)
    if hints.numbered and size:
        for m in _PAREN_NUMS().finditer(text, lo, hi):
            start = m.start()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ")]_"):
                continue  # f(1), x_(2)
            if m.group("a") is not None:
                numbers = _range_numbers(int(m.group("a")), int(m.group("b")))
            else:
                numbers = _list_numbers(text, *m.span("list"))
            if numbers is None or max(numbers) > size:
                continue
            if _is_list_label(text, start, m.end()):
                continue
            if _word_before(text, max(lo, start - 30), start) in _NOT_BEFORE_PAREN:
                continue
            units.append(_numeric_draft(start, m.end(), numbers, m.group("ploc")))
        for m in _REF_WORD.finditer(text, lo, hi):
            # "as shown in ref. 3", "refs. 4–6": the list's numbers named in prose
            numbers = _list_numbers(text, *m.span("list"))
            if numbers is not None and max(numbers) <= size:
                units.append(_numeric_draft(m.start(), m.end(), numbers))
        glued = False
        for m in _GLUED().finditer(text, lo, hi):
            # superscripts lost in a plain-text copy: "is common.1 Obesity", "et al.12 showed"
            numbers = _list_numbers(text, *m.span("list"))
            word = m.group("word")
            if numbers is None or max(numbers) > size or _ROMAN.fullmatch(word):
                continue
            if word.lower() in _NOT_BEFORE_GLUED or (len(word) == 1 and word != "%"):
                continue
            units.append(_numeric_draft(m.start("list"), m.end(), numbers))
            glued = True
        after_words: list[_Unit] = []
        for m in _GLUED_WORD().finditer(text, lo, hi):
            # "rising in low-income countries2,3 and": lost after a word, once lost after
            # punctuation is seen, or where they alone cite the list in order
            numbers = _list_numbers(text, *m.span("list"))
            if numbers is None or max(numbers) > size:
                continue
            if m.group("word") in _NOT_BEFORE_GLUED_WORD:
                continue
            after_words.append(_numeric_draft(m.start("list"), m.end("list"), numbers))
        if glued or _cite_the_list_in_order(after_words, size):
            units.extend(after_words)
    superscripts = (
        _SUPERSCRIPT().finditer if _has_any(text, _SUP_DIGITS[1:], lo, hi) else _no_matches
    )
    for m in superscripts(text, lo, hi):
        start, end = m.span()
        if _exponent_like(text, start, end) or _at_line_start(text, start):
            continue
        plain = m.group().translate(_TO_ASCII)
        numbers = _list_numbers(plain, 0, len(plain))
        if numbers is not None and _plausible(numbers, size):
            units.append(_numeric_draft(start, end, numbers))
    for lazy, mark in ((_CARET, "^"), (_HTML_SUP, "<")):
        if not _has_any(text, mark, lo, hi):
            continue
        pattern = lazy()
        for m in pattern.finditer(text, lo, hi):
            start, end = m.span()
            if _exponent_like(text, start, end) or _at_line_start(text, start):
                continue
            numbers = _list_numbers(text, *m.span("list"))
            if numbers is not None and _plausible(numbers, size):
                units.append(_numeric_draft(start, end, numbers))


def _clip_ranges(length: int, ranges: Ranges | None) -> list[tuple[int, int]]:
    if ranges is None:
        return [(0, length)] if length else []
    out = []
    for start, end in ranges:
        lo, hi = max(0, start), min(length, end)
        if hi > lo:
            out.append((lo, hi))
    return sorted(out)


def _url_spans(text: str, lo: int, hi: int) -> Iterable[tuple[int, int]]:
    """Rough URL extents, only to keep citations out of them (``find_urls`` is exact)."""
    for m in _URL_BODY.finditer(text, lo, hi):
        start = m.start()
        if m.group().startswith("://"):
            scheme = _SCHEME.search(text, max(lo, start - 16), start)
            if scheme is None:
                continue
            start = scheme.start()
        end = m.end()
        close = text.find(")", m.start(), end)
        if close >= 0 and text.find("(", m.start(), close) < 0:
            end = close  # "(www.x.org)[4]": the URL ends before an unopened ")"
        yield start, end


@dataclass(frozen=True, slots=True)
class _Scan:
    """What every scanner reads besides the range it scans."""

    text: str
    corporate: _Corporate
    emphasis: Intervals
    numeric: NumericHints | None


_Scanner = Callable[[_Scan, int, int, list[_Unit]], None]


def _scan_author_date(scan: _Scan, lo: int, hi: int, units: list[_Unit]) -> None:
    _scan_parenthetical(scan.text, lo, hi, scan.corporate, units)
    _scan_narrative(scan.text, lo, hi, scan.corporate, scan.emphasis, units)
    for group in cjk_citations(scan.text, lo, hi, scan.corporate.families):
        units.append(
            [
                _Draft(
                    c.start,
                    c.end,
                    c.authors,
                    c.year,
                    locator=c.locator,
                    narrative=c.narrative,
                    et_al_text="等" if c.et_al else None,
                )
                for c in group
            ]
        )
    _scan_bare(scan.text, lo, hi, scan.corporate, scan.emphasis, units)


def _scan_numeric(scan: _Scan, lo: int, hi: int, units: list[_Unit]) -> None:
    if scan.numeric is not None:
        _scan_numeric_callouts(scan.text, lo, hi, scan.numeric, units)


# One scanner per citation kind; numeric runs only when the caller passes NumericHints.
_SCANNERS: tuple[tuple[str, _Scanner], ...] = (
    ("author-date", _scan_author_date),
    ("numeric", _scan_numeric),
)


def extract_citations(
    doc: Document,
    ranges: tuple[tuple[int, int], ...] | None = None,
    corporate_names: tuple[str, ...] = (),
    numeric: NumericHints | None = None,
    families: tuple[str, ...] = (),
) -> tuple[Citation, ...]:
    """All citations in the body ranges (default: the whole text), sorted by offset, ids c1..cN.

    ``corporate_names`` are organisation authors from the reference list: a parenthetical that
    names one of them without a year ("(Embassy of ... Kazakhstan)") is a citation with year None.
    ``families``: the list's first authors' family names, names even where the word may be a
    date ("(Winter 2009)", "(May 1976)").
    Numeric callouts are scanned only when ``numeric`` hints are given (the pipeline always
    gives them; ``detect_style`` and ``select_style`` then keep the document's own style).
    """
    text = _scan_copy(doc.text)
    clipped = _clip_ranges(len(text), ranges)
    corporate = _Corporate(corporate_names, families)
    emphasis = Intervals((r.start, r.end) for r in doc.regions if r.kind == "emphasis")
    excluded_spans = [(r.start, r.end) for r in doc.regions if r.kind in _EXCLUDED_KINDS]
    for lo, hi in clipped:
        excluded_spans.extend(_url_spans(text, lo, hi))
    excluded = Intervals(excluded_spans)
    scan = _Scan(text, corporate, emphasis, numeric)

    tagged: list[tuple[int, str, _Unit]] = []
    for kind, scanner in _SCANNERS:
        units: list[_Unit] = []
        for lo, hi in clipped:
            scanner(scan, lo, hi, units)
        for unit in units:
            kept = [
                d
                for d in unit
                if not excluded.overlaps(d.start, d.end) and not _unlisted_note(scan.text, d)
            ]
            for draft in kept:
                if corporate.families and len(draft.authors) == 1:
                    draft.authors = _split_joined(draft.authors[0], corporate.families)
            if kept:
                tagged.append((kept[0].start, kind, kept))
    tagged.sort(key=lambda t: t[0])
    return _build(doc, tagged)


# what APA and the sciences cite without listing it: "(Smith, 2019, unpublished data)", "(Lee
# 2020, pers. comm.)", "(Park, 2018, personal communication)"
_UNLISTED_NOTE = re.compile(
    r"\s*,?\s*(?:unpublished\s+(?:data|observations?|results|work|material)"
    r"|personal\s+(?:communications?|observations?)|pers\.\s*(?:comm|obs)\.?|in\s+litt\.)"
    r"\s*[;)\]]",
    re.IGNORECASE,
)


def _unlisted_note(text: str, draft: _Draft) -> bool:
    """An author and year followed by a note that the work is unpublished or personal."""
    return bool(draft.year) and _UNLISTED_NOTE.match(text, draft.end) is not None


# A combining accent after a letter ("Marti\u0301nez", text saved on macOS; LaTeX's "ı́") is no
# word character, so the name patterns would stop inside the name. The scan reads a copy of the
# same length in which each such mark is this letter (a modifier letter, neither upper nor lower
# case); the names found are then read back from the source, marks and all.
_MARK_LETTER = "\u02b9"
# So is an invisible character a word processor leaves in a name: a soft hyphen
# ("Schmid\u00adhuber") or a zero-width space or joiner ("Lee\u200b"); those are dropped from the
# names read back.
_MARKS = "\u0300-\u036f\u00ad\u200b-\u200d\u2060"  # (a character class's inside)
_MARK_AFTER_LETTER = re.compile(rf"(?<=[^\W\d_])[{_MARKS}]+|(?<=\u0131)[\u0300-\u036f]+")
_INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060"))


# the original's year in brackets before the edition's: "Elias ([1939] 1997)", "(Elias [1939]
# 1997, S. 3)", "(Marx, [1867] 1990)"; and "circa" before a year: "(Locke, c. 1690)"
_ORIGINAL_FIRST = re.compile(
    r"(?:(?<=\()|(?<=[^\W\d]\s)|(?<=[^\W\d],\s))"
    r"(?:\[(?:1[5-9]|20)\d\d\]\s+|(?:c|ca|circa)\.?\s?)(?=(?:1[0-9]|20)\d\d(?!\d))"
)


# ABNT (Brazil) separates a work's authors, in capitals, by semicolons: "(SOUZA; COSTA, 2014)",
# "(ALMEIDA; LIMA; ROCHA, 2019)"; a name in capitals, a semicolon, then more such names and a year
_ABNT_NAMES = re.compile(
    r"(?<=[(;]|\s)(?P<names>(?:[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]+)?;\s*)+)"
    r"(?=[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]+)?(?:\s+et\s+al\.)?,\s*(?:1[5-9]|20)\d\d)"
)


def _abnt_authors(text: str) -> str:
    """The scan's copy with those semicolons read as commas (same length), so that the names
    are one citation's authors and not citations without a year."""
    if ";" not in text:
        return text
    return _ABNT_NAMES.sub(lambda m: m.group().replace(";", ","), text)


def _without_original_years(text: str) -> str:
    """The scan's copy with such a bracketed year or "circa" blanked (same length): the
    citation is to the edition the list prints (or the year it gives), and its text keeps what
    was printed."""
    return _ORIGINAL_FIRST.sub(lambda m: " " * len(m.group()), text)


_HALFWIDTH = str.maketrans("（）", "()")


def _scan_copy(text: str) -> str:
    """The text the scanners read: the same length as the document's, so that every span maps
    back to it, with combining marks as letters, an original's bracketed year blanked, ABNT's
    semicolons between authors as commas, and full-width brackets ("（LeCun et al., 2015）" in
    Chinese prose) as brackets."""
    text = _abnt_authors(_without_original_years(_marks_as_letters(text)))
    return text.translate(_HALFWIDTH) if "（" in text else text


def _marks_as_letters(text: str) -> str:
    if text.isascii() or not _MARK_AFTER_LETTER.search(text):
        return text
    return _MARK_AFTER_LETTER.sub(lambda m: _MARK_LETTER * len(m.group()), text)


def _source_names(names: tuple[str, ...], source: str, start: int, end: int) -> tuple[str, ...]:
    """``names`` as ``source[start:end]`` prints them, combining marks where the scan read
    letters (names without one are returned as they are: this runs for every citation)."""
    if not any(_MARK_LETTER in name for name in names):
        return names
    printed = source[start:end]
    return tuple(_source_name(name, printed) if _MARK_LETTER in name else name for name in names)


def _source_name(name: str, source: str) -> str:
    pattern = "".join(f"[{_MARKS}]" if char == _MARK_LETTER else re.escape(char) for char in name)
    found = re.search(pattern, source)
    return found.group().translate(_INVISIBLE) if found else name.replace(_MARK_LETTER, "")


# Initials printed before a citation's first surname ("(J. A. Smith, 2010)", "R. Smith (2010)")
# or after it ("Smith J. A. (2010)", "(Smith, J. A., 2010)")
_INITIALS_BEFORE = re.compile(rf"(?<![\w.\-‐])(?P<ini>{_INITS_BEFORE})\Z")
_INITIALS_AFTER = re.compile(
    rf"(?P<ini>{_INITS_AFTER}|\s*,\s*(?:{_UP}\.[\s‐-]*){{1,3}}(?=,))(?!{_LET})"
)


def _initials(source: str, d: _Draft) -> str | None:
    """The first author's initials as printed around ``source[d.start:]``, normalised to
    "J. A."; None where none are printed."""
    before = _INITIALS_BEFORE.search(source, max(0, d.start - 12), d.start)
    if before is None:
        surname_end = d.start + len(d.authors[0])
        if source.startswith(d.authors[0], d.start):
            before = _INITIALS_AFTER.match(source, surname_end, d.end)
    if before is None:
        return None
    return " ".join(f"{letter}." for letter in re.findall(_UP, before.group("ini")))


def _republished(source: str, d: _Draft) -> None:
    """APA's "(Freud, 1900/1953)", "Freud (1900/1953)": the original year, then the year of the
    edition the list prints; the citation keeps both ("1900/1953"). Harvard's "Burke (2005
    [1790])" prints the edition's year first, the original's in brackets."""
    later = _REPUBLISHED.match(source, d.end)
    if later is not None:
        d.end = later.end()
        where = _LOCTAIL_RE.match(source, d.end) if d.locator is None else None
        if where is not None:  # "(Freud, 1900/1953, p. 5)"
            d.end, d.locator = where.end(), _locator(where)
    else:
        at = max(source.find(f"{d.year}{mark}", d.start, d.end) for mark in ("/", " [", "["))
        later = _REPUBLISHED.match(source, at + len(d.year or "")) if at >= 0 else None
    if later is not None:
        bracket = later.group().endswith("]")
        d.year = f"{d.year} [{later.group(1)}]" if bracket else f"{d.year}/{later.group(1)}"


def _build(doc: Document, tagged: Sequence[tuple[int, str, _Unit]]) -> tuple[Citation, ...]:
    """Number groups and ids in offset order; positional arguments because this runs per citation."""
    citations: list[Citation] = []
    append = citations.append
    source = doc.source
    span = doc.span
    last_end = -1
    group = 0
    for _, kind, unit in tagged:
        if unit[0].start < last_end:
            continue  # overlaps an earlier unit: keep the first
        group += 1
        for d in unit:
            if kind == "author-date" and d.year is not None and d.year.isdigit():
                _republished(source, d)
            append(
                Citation(
                    f"c{len(citations) + 1}",
                    kind,
                    source[d.start : d.end],
                    span(d.start, d.end),
                    _source_names(d.authors, source, d.start, d.end),
                    d.year,
                    d.numbers,
                    d.keys,
                    d.locator,
                    group,
                    d.narrative,
                    d.et_al_text is not None,
                    d.et_al_text,
                    d.prefix,
                    None,
                    _initials(source, d) if kind == "author-date" and d.authors else None,
                )
            )
            last_end = max(last_end, d.end)
    return tuple(citations)


# "notes": a bibliography cited only in notes (Chicago's notes and bibliography; refcheck.notecites);
# "author-page": MLA's "(Eisenstein 45)" (refcheck.pagecites)
STYLES = ("author-date", "numeric", "both", "author-page", "notes", "none")


def _named_callouts(citations: Sequence[Citation]) -> set[str]:
    """Author-date citations printed right before a numeric callout ("Cisse (2006) [20]"):
    the number is the citation, the name and year only describe it."""
    named: set[str] = set()
    for current, following in pairwise(citations):
        if (
            current.kind != "numeric"
            and following.kind == "numeric"
            and 0 <= following.span.start - current.span.end <= 3
        ):
            named.add(current.id)
    return named


def _is_numeric_evidence(citation: Citation, labels: dict[str, int]) -> bool:
    return bool(citation.numbers) and all(str(n) in labels for n in citation.numbers)


def detect_style(citations: Sequence[Citation], references: Sequence[Reference]) -> str:
    """The document's citation style, from the document alone: one of ``STYLES``.

    Evidence is counted, not guessed: author-date citations whose first surname is a listed first
    author (all of them when there is no list), and numeric callouts whose every number resolves
    (to a printed label, or to a position of an unnumbered list). A numbered list makes one
    resolving callout enough; with an unnumbered list numeric callouts must be at least three
    and outnumber the matching author-date citations. Author-date citations count beside
    numeric ones ("both") only when they are at least three and a fifth of the numeric ones:
    a stray "Smith (2001)" in a numeric paper is prose, and an author-date paper's "[1]" a note.
    A name and year printed right before a callout ("Cisse (2006) [20]") count for neither.
    """
    own = [r for r in references if r.origin == "manuscript"]
    numbered = bool(own) and sum(1 for r in own if r.label) * 2 >= len(own)
    labels = numeric_labels(references)
    listed = {name_key(r.authors[0].family) for r in references if r.authors}
    named = _named_callouts(citations)
    matching = numeric = resolving = other = 0
    for citation in citations:
        if citation.id in named:
            continue
        if citation.kind == "numeric":
            numeric += 1
            resolving += not references or _is_numeric_evidence(citation, labels)
        elif citation.authors and (not listed or name_key(citation.authors[0]) in listed):
            matching += 1
        else:
            other += 1
    has_numeric = resolving > 0 and (
        numbered or (resolving >= 3 and resolving >= matching) or matching + other == 0
    )
    has_author_date = matching > 0 and (
        not has_numeric or (matching >= 3 and matching * 5 >= resolving)
    )
    if has_numeric:
        return "both" if has_author_date else "numeric"
    if has_author_date or matching + other:
        return "author-date"
    if numbered:
        return "numeric"
    return "author-date" if own else "none"


def select_style(
    citations: Sequence[Citation], style: str, source: str = ""
) -> tuple[Citation, ...]:
    """Keep the citations of the document's style, renumbering ids and groups in order.

    Parenthesised callouts "(1)" are dropped when bracketed or superscript callouts are the
    document's habit (three or more, or as many): then "(1)" numbers items or equations, unless
    (given the ``source``) it cites entries nothing else cites, right after a word of prose
    ("Trees cool (4, 5)": the author slipped). With both styles, a name and year printed right
    before a numeric callout only describe it.
    """
    if style == "both":
        named = _named_callouts(citations)
        kept = [c for c in citations if c.id not in named]
    elif style == "numeric":
        kept = [c for c in citations if c.kind == "numeric"]
    else:
        kept = [c for c in citations if c.kind != "numeric"]
    paren = sum(1 for c in kept if c.kind == "numeric" and c.text.startswith("("))
    others = sum(1 for c in kept if c.kind == "numeric") - paren
    if paren and (others >= 3 or others >= paren):
        alone = _parenthesised_alone(kept, source) if source else set()
        kept = [
            c for c in kept if c.kind != "numeric" or not c.text.startswith("(") or c.id in alone
        ]
    if len(kept) == len(citations):
        return tuple(citations)
    groups: dict[int, int] = {}
    return tuple(
        replace(c, id=f"c{number}", group=groups.setdefault(c.group, len(groups) + 1))
        for number, c in enumerate(kept, start=1)
    )


def _parenthesised_alone(citations: Sequence[Citation], source: str) -> set[str]:
    """Ids of the parenthesised callouts, "(4, 5)", that cite only entries no other callout
    cites, follow a word of prose ("cool (4, 5)", not a quantity's symbol, "NI (36)") and are
    no item of an enumeration ("(1) … (2) …"): an author's slip from the document's habit,
    "[3]", that still cites (dropped, they left their entries uncited)."""
    numeric = [c for c in citations if c.kind == "numeric"]
    paren = [c for c in numeric if c.text.startswith("(")]
    covered = {n for c in numeric if not c.text.startswith("(") for n in c.numbers}
    singles = [(c.span.start, c.numbers[0]) for c in paren if len(c.numbers) == 1]

    def enumerated(citation: Citation) -> bool:
        if len(citation.numbers) != 1:
            return False
        start, number = citation.span.start, citation.numbers[0]
        return any(
            abs(other - start) <= _ENUMERATION_REACH and abs(n - number) == 1
            for other, n in singles
        )

    def after_prose(citation: Citation) -> bool:
        start = citation.span.start
        return _PROSE_WORD_BEFORE.search(source, max(0, start - 40), start) is not None

    return {
        c.id
        for c in paren
        if c.numbers
        and not covered.intersection(c.numbers)
        and not enumerated(c)
        and after_prose(c)
    }


# a word of prose (lower case, three letters or more) right before a parenthesised callout
_PROSE_WORD_BEFORE = re.compile(r"(?<![\w-])[a-z]{3,}[,;]?\s\Z")


_ENUMERATION_REACH = 400  # characters between "(1)" and "(2)" of one enumeration


def extract_body_urls(
    doc: Document, ranges: tuple[tuple[int, int], ...] | None = None
) -> tuple[BodyUrl, ...]:
    """URLs written in the body (``<https://...>``, bare http(s)://, www.), sorted by offset.

    Reads ``doc.source``: a Markdown link's URL may be blanked in ``doc.text`` but is still a URL
    the manuscript points to. URLs inside code regions are examples, not links, and are skipped.
    """
    from refcheck.identifiers import find_urls

    code = Intervals((r.start, r.end) for r in doc.regions if r.kind == "code")
    found: dict[tuple[int, int], BodyUrl] = {}
    for lo, hi in _clip_ranges(len(doc.source), ranges):
        for url, start, end in find_urls(doc.source[lo:hi]):
            a, b = start + lo, end + lo
            if b <= a or code.overlaps(a, b):
                continue
            found.setdefault((a, b), BodyUrl(url, doc.span(a, b)))
    return tuple(found[key] for key in sorted(found))
