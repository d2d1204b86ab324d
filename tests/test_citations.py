from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_text
from refcheck.citations import extract_body_urls, extract_citations
from refcheck.model import Citation, Document, Region

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EMBASSY = "Embassy of the Russian Federation to the Republic of Kazakhstan"


def _doc(source: str, regions: tuple[Region, ...] = (), text: str = "") -> Document:
    return Document("t.txt", "text", source, text=text, regions=regions)


def _extract(
    source: str,
    ranges: tuple[tuple[int, int], ...] | None = None,
    corporate_names: tuple[str, ...] = (),
) -> tuple[Citation, ...]:
    doc = _doc(source)
    citations = extract_citations(doc, ranges, corporate_names)
    for citation in citations:
        assert doc.source[citation.span.start : citation.span.end] == citation.text
    return citations


# (span text, authors, year, locator, narrative, et_al_text, prefix) for each citation, in order.
Row = tuple[str, tuple[str, ...], str | None, str | None, bool, str | None, str | None]


def _etal(name: str, year: str, text: str | None = None) -> Row:
    """A parenthetical "Name et al., year" row."""
    return (text or f"{name} et al., {year}", (name,), year, None, False, "et al.", None)


FORMS: list[tuple[str, list[Row]]] = [
    # APA's original year, then the year of the edition cited
    (
        "(Freud, 1900/1953; Okafor, 2001)",
        [
            ("Freud, 1900/1953", ("Freud",), "1900/1953", None, False, None, None),
            ("Okafor, 2001", ("Okafor",), "2001", None, False, None, None),
        ],
    ),
    (
        "(Freud, 1900/1953, p. 5)",
        [("Freud, 1900/1953, p. 5", ("Freud",), "1900/1953", "p. 5", False, None, None)],
    ),
    (
        "as Burckhardt (1860/1990) argued",
        [("Burckhardt (1860/1990)", ("Burckhardt",), "1860/1990", None, True, None, None)],
    ),
    # Harvard's edition year, then the original's in brackets
    (
        "as Burke (2005 [1790]) argued",
        [("Burke (2005 [1790])", ("Burke",), "2005 [1790]", None, True, None, None)],
    ),
    (
        "(Burke, 2005 [1790], p. 4; Okafor, 2001)",
        [
            ("Burke, 2005 [1790], p. 4", ("Burke",), "2005 [1790]", "p. 4", False, None, None),
            ("Okafor, 2001", ("Okafor",), "2001", None, False, None, None),
        ],
    ),
    ("as shown (Nye, 2013).", [("Nye, 2013", ("Nye",), "2013", None, False, None, None)]),
    (
        "(Ćwiek-Karpowicz, 2012; Sergunin, 2014)",
        [
            ("Ćwiek-Karpowicz, 2012", ("Ćwiek-Karpowicz",), "2012", None, False, None, None),
            ("Sergunin, 2014", ("Sergunin",), "2014", None, False, None, None),
        ],
    ),
    (
        "(Lukyanov, 2009; Nye, 2013; Troitski, 2011)",
        [
            ("Lukyanov, 2009", ("Lukyanov",), "2009", None, False, None, None),
            ("Nye, 2013", ("Nye",), "2013", None, False, None, None),
            ("Troitski, 2011", ("Troitski",), "2011", None, False, None, None),
        ],
    ),
    (
        "(Tsygankov, 2013a and 2013b)",
        [
            ("Tsygankov, 2013a", ("Tsygankov",), "2013a", None, False, None, None),
            ("2013b", ("Tsygankov",), "2013b", None, False, None, None),
        ],
    ),
    (
        "(Smith, 2001, 2005)",
        [
            ("Smith, 2001", ("Smith",), "2001", None, False, None, None),
            ("2005", ("Smith",), "2005", None, False, None, None),
        ],
    ),
    (
        "(Smith 2001a, b)",
        [
            ("Smith 2001a", ("Smith",), "2001a", None, False, None, None),
            ("b", ("Smith",), "2001b", None, False, None, None),
        ],
    ),
    (
        "(Smith, 2001; 2005)",
        [
            ("Smith, 2001", ("Smith",), "2001", None, False, None, None),
            ("2005", ("Smith",), "2005", None, False, None, None),
        ],
    ),
    (
        "Hsu and Turk (1999 and 2010)",
        [
            ("Hsu and Turk (1999", ("Hsu", "Turk"), "1999", None, True, None, None),
            ("2010", ("Hsu", "Turk"), "2010", None, True, None, None),
        ],
    ),
    (
        "Smith (2001; 2005)",
        [
            ("Smith (2001", ("Smith",), "2001", None, True, None, None),
            ("2005", ("Smith",), "2005", None, True, None, None),
        ],
    ),
    ("Nye (2010: 217), provides", [("Nye (2010: 217)", ("Nye",), "2010", "217", True, None, None)]),
    ("(Smith, 2001, p. 5)", [("Smith, 2001, p. 5", ("Smith",), "2001", "p. 5", False, None, None)]),
    (
        "(Smith 2001, pp. 5–7)",
        [("Smith 2001, pp. 5–7", ("Smith",), "2001", "pp. 5–7", False, None, None)],
    ),
    (
        "(Smith, 2001: 12-14)",
        [("Smith, 2001: 12-14", ("Smith",), "2001", "12-14", False, None, None)],
    ),
    (
        "(Smith, 2001, chap. 3)",
        [("Smith, 2001, chap. 3", ("Smith",), "2001", "chap. 3", False, None, None)],
    ),
    ("Smith (2001, p. 5)", [("Smith (2001, p. 5)", ("Smith",), "2001", "p. 5", True, None, None)]),
    (
        "According to Omelicheva (2018) and Lo (2015), Russia",
        [
            ("Omelicheva (2018)", ("Omelicheva",), "2018", None, True, None, None),
            ("Lo (2015)", ("Lo",), "2015", None, True, None, None),
        ],
    ),
    (
        "By the figurative expression of J. Mattern (2005), the",
        [("Mattern (2005)", ("Mattern",), "2005", None, True, None, None)],
    ),
    (
        "we want to emphasize Van Herpen's (2015) work",
        [("Van Herpen's (2015)", ("Van Herpen",), "2015", None, True, None, None)],
    ),
    (
        "as van der Berg (2001) said",
        [("van der Berg (2001)", ("van der Berg",), "2001", None, True, None, None)],
    ),
    (
        "like Gusarova's (2017),",
        [("Gusarova's (2017)", ("Gusarova",), "2017", None, True, None, None)],
    ),
    ("Jones' (2001) view", [("Jones' (2001)", ("Jones",), "2001", None, True, None, None)]),
    (
        "as noted by Valenza and Boers (2018), their",
        [
            (
                "Valenza and Boers (2018)",
                ("Valenza", "Boers"),
                "2018",
                None,
                True,
                None,
                None,
            )
        ],
    ),
    (
        "Morozov (2015), Zahran G. and Ramos L (2010).",
        [
            ("Morozov (2015)", ("Morozov",), "2015", None, True, None, None),
            (
                "Zahran G. and Ramos L (2010)",
                ("Zahran", "Ramos"),
                "2010",
                None,
                True,
                None,
                None,
            ),
        ],
    ),
    (
        "Smith & Jones (2001)",
        [("Smith & Jones (2001)", ("Smith", "Jones"), "2001", None, True, None, None)],
    ),
    (
        "(Smith & Jones, 2001)",
        [("Smith & Jones, 2001", ("Smith", "Jones"), "2001", None, False, None, None)],
    ),
    (
        "(Smith, Jones, & Lee, 2001)",
        [
            (
                "Smith, Jones, & Lee, 2001",
                ("Smith", "Jones", "Lee"),
                "2001",
                None,
                False,
                None,
                None,
            )
        ],
    ),
    (
        "Smith, Jones, and Lee (2001)",
        [
            (
                "Smith, Jones, and Lee (2001)",
                ("Smith", "Jones", "Lee"),
                "2001",
                None,
                True,
                None,
                None,
            )
        ],
    ),
    (
        "(Ripsman et al, 2009)",
        [("Ripsman et al, 2009", ("Ripsman",), "2009", None, False, "et al", None)],
    ),
    (
        "(Ripsman et all, 2009)",
        [("Ripsman et all, 2009", ("Ripsman",), "2009", None, False, "et all", None)],
    ),
    (
        "(Smith et. al., 2001)",
        [("Smith et. al., 2001", ("Smith",), "2001", None, False, "et. al.", None)],
    ),
    (
        "Smith et al. (2001) found",
        [("Smith et al. (2001)", ("Smith",), "2001", None, True, "et al.", None)],
    ),
    (
        "Smith et al.'s (2001) data",
        [("Smith et al.'s (2001)", ("Smith",), "2001", None, True, "et al.", None)],
    ),
    ("(see Smith, 2001)", [("Smith, 2001", ("Smith",), "2001", None, False, None, "see")]),
    ("(See Smith, 2001)", [("Smith, 2001", ("Smith",), "2001", None, False, None, "See")]),
    (
        "(see also Smith, 2001)",
        [("Smith, 2001", ("Smith",), "2001", None, False, None, "see also")],
    ),
    ("(cf. Smith, 2001)", [("Smith, 2001", ("Smith",), "2001", None, False, None, "cf.")]),
    (
        "(see, e.g., Smith, 2001)",
        [("Smith, 2001", ("Smith",), "2001", None, False, None, "see, e.g.")],
    ),
    (
        "(e.g., Smith, 2001; Jones, 2002)",
        [
            ("Smith, 2001", ("Smith",), "2001", None, False, None, "e.g."),
            ("Jones, 2002", ("Jones",), "2002", None, False, None, None),
        ],
    ),
    (
        "(as argued by Smith, 2001)",
        [("Smith, 2001", ("Smith",), "2001", None, False, None, "as argued by")],
    ),
    (
        "(World Health Organization, 2020)",
        [
            (
                "World Health Organization, 2020",
                ("World Health Organization",),
                "2020",
                None,
                False,
                None,
                None,
            )
        ],
    ),
    (
        f"({EMBASSY}, 2016)",
        [(f"{EMBASSY}, 2016", (EMBASSY,), "2016", None, False, None, None)],
    ),
    (
        "(Nurgaliyeva, n.d.)",
        [("Nurgaliyeva, n.d.", ("Nurgaliyeva",), "n.d.", None, False, None, None)],
    ),
    ("Smith (n.d.) says", [("Smith (n.d.)", ("Smith",), "n.d.", None, True, None, None)]),
    (
        "(Kuzmin, 2008, May 4)",
        [("Kuzmin, 2008, May 4", ("Kuzmin",), "2008", None, False, None, None)],
    ),
    ("(Górecki, 2014)", [("Górecki, 2014", ("Górecki",), "2014", None, False, None, None)]),
    ("(Özertem, 2009)", [("Özertem, 2009", ("Özertem",), "2009", None, False, None, None)]),
    ("(O'Brien, 2001)", [("O'Brien, 2001", ("O'Brien",), "2001", None, False, None, None)]),
    ("(Иванов, 2010)", [("Иванов, 2010", ("Иванов",), "2010", None, False, None, None)]),
    (
        "(Иванов и Петров, 2010)",
        [("Иванов и Петров, 2010", ("Иванов", "Петров"), "2010", None, False, None, None)],
    ),
    (
        "(Иванов и др., 2010)",
        [("Иванов и др., 2010", ("Иванов",), "2010", None, False, "и др.", None)],
    ),
    (
        "(Smith et al., 2015a, 2015b; Jones and Lee, 2013)",
        [
            ("Smith et al., 2015a", ("Smith",), "2015a", None, False, "et al.", None),
            ("2015b", ("Smith",), "2015b", None, False, "et al.", None),
            ("Jones and Lee, 2013", ("Jones", "Lee"), "2013", None, False, None, None),
        ],
    ),
    (
        "(Singh et al., 2009a, 2009b)",
        [
            ("Singh et al., 2009a", ("Singh",), "2009a", None, False, "et al.", None),
            ("2009b", ("Singh",), "2009b", None, False, "et al.", None),
        ],
    ),
    (
        "Smith et al. (2009a, b)",
        [
            ("Smith et al. (2009a", ("Smith",), "2009a", None, True, "et al.", None),
            ("b", ("Smith",), "2009b", None, True, "et al.", None),
        ],
    ),
    (
        "(Smith 2001; Jones 2002a, b, c)",
        [
            ("Smith 2001", ("Smith",), "2001", None, False, None, None),
            ("Jones 2002a", ("Jones",), "2002a", None, False, None, None),
            ("b", ("Jones",), "2002b", None, False, None, None),
            ("c", ("Jones",), "2002c", None, False, None, None),
        ],
    ),
    (
        "(Smith, 2001, p. 5; Jones, 2002, pp. 7-9)",
        [
            ("Smith, 2001, p. 5", ("Smith",), "2001", "p. 5", False, None, None),
            ("Jones, 2002, pp. 7-9", ("Jones",), "2002", "pp. 7-9", False, None, None),
        ],
    ),
    (
        "(Smith, 2001, and Jones, 2002)",
        [
            ("Smith, 2001", ("Smith",), "2001", None, False, None, None),
            ("Jones, 2002", ("Jones",), "2002", None, False, None, None),
        ],
    ),
    ("(J. Smith, 2001)", [("Smith, 2001", ("Smith",), "2001", None, False, None, None)]),
    ("(Law, 2004)", [("Law, 2004", ("Law",), "2004", None, False, None, None)]),
    ("(Smith J. 2001)", [("Smith J. 2001", ("Smith",), "2001", None, False, None, None)]),
    (
        "(van der Berg, 2001)",
        [("van der Berg, 2001", ("van der Berg",), "2001", None, False, None, None)],
    ),
    ("(Smith,\n2001)", [("Smith,\n2001", ("Smith",), "2001", None, False, None, None)]),
    # prose's "and colleagues", "and co-workers" for et al.
    (
        "Okafor and colleagues (2001)",
        [("Okafor and colleagues (2001)", ("Okafor",), "2001", None, True, "and colleagues", None)],
    ),
    (
        "Okafor and co-workers (2001a)",
        [
            (
                "Okafor and co-workers (2001a)",
                ("Okafor",),
                "2001a",
                None,
                True,
                "and co-workers",
                None,
            )
        ],
    ),
    # Irish and Scottish particles, written apart: "Ó", "Ní", "Mac", "Mc"
    ("(Ó Briain, 2016)", [("Ó Briain, 2016", ("Ó Briain",), "2016", None, False, None, None)]),
    (
        "Ní Bhriain and Mac Giolla (2016)",
        [
            (
                "Ní Bhriain and Mac Giolla (2016)",
                ("Ní Bhriain", "Mac Giolla"),
                "2016",
                None,
                True,
                None,
                None,
            )
        ],
    ),
    (
        "Zahran G. and\nRamos L (2010)",
        [("Zahran G. and\nRamos L (2010)", ("Zahran", "Ramos"), "2010", None, True, None, None)],
    ),
    (
        "(Table 1; Smith, 2001; Figure 2, 2002)",
        [("Smith, 2001", ("Smith",), "2001", None, False, None, None)],
    ),
    (
        "(Smith, 2001; see also Jones, 2002)",
        [
            ("Smith, 2001", ("Smith",), "2001", None, False, None, None),
            ("Jones, 2002", ("Jones",), "2002", None, False, None, "see also"),
        ],
    ),
    # Words before the citation inside the parentheses: the last name-like run is the citation.
    ("(values from Sharova et al., 2009)", [_etal("Sharova", "2009")]),
    ("(from Feng et al., 2011)", [_etal("Feng", "2011")]),
    ("(blue lines, Vader et al., 2011)", [_etal("Vader", "2011")]),
    ("(Figure 5D, de Araujo et al., 2008)", [_etal("de Araujo", "2008")]),
    ("(18%, Costello et al., 2012)", [_etal("Costello", "2012")]),
    ("(Dryad: Allmann et al., 2012)", [_etal("Allmann", "2012")]),
    ("(this work and Lada et al., 2012)", [_etal("Lada", "2012")]),
    ("(Table 1 of Clardy et al., 2014)", [_etal("Clardy", "2014")]),
    # "and" joins only a list's last name: two site names before the citation are prose
    ("(Calnali-mid and Tlatemaco, Culumber et al., 2011)", [_etal("Culumber", "2011")]),
    ("(Bristol and Avon, Okafor et al., 2015)", [_etal("Okafor", "2015")]),
    (  # at most two names after prose: not "CREB, Haas and Pitot"
        "(by glucagon and CREB, Haas and Pitot, 1999)",
        [("Haas and Pitot, 1999", ("Haas", "Pitot"), "1999", None, False, None, None)],
    ),
    (
        "(parameters taken from Dayan and Abbott 2005)",
        [("Dayan and Abbott 2005", ("Dayan", "Abbott"), "2005", None, False, None, None)],
    ),
    (
        "(Epperson et al., 2013, WHO, 2011)",
        [_etal("Epperson", "2013"), ("WHO, 2011", ("WHO",), "2011", None, False, None, None)],
    ),
    # Surnames that are common words: with a comma, "et al." or a second name they are names.
    ("(He et al., 2010)", [_etal("He", "2010")]),
    ("(Winter et al., 2013)", [_etal("Winter", "2013")]),
    ("(May et al., 2004)", [_etal("May", "2004")]),
    ("(An et al., 2006)", [_etal("An", "2006")]),
    (
        "(Jun and Wickner, 2007)",
        [("Jun and Wickner, 2007", ("Jun", "Wickner"), "2007", None, False, None, None)],
    ),
    ("(Last, 2007)", [("Last, 2007", ("Last",), "2007", None, False, None, None)]),
    ("(Winter, 2009)", [("Winter, 2009", ("Winter",), "2009", None, False, None, None)]),
    ("(WHO, 2010)", [("WHO, 2010", ("WHO",), "2010", None, False, None, None)]),
    # "in press" and "forthcoming" stand for the year.
    (
        "(Brefort et al., in press)",
        [("Brefort et al., in press", ("Brefort",), "in press", None, False, "et al.", None)],
    ),
    (
        "(Culumber et al., forthcoming)",
        [
            (
                "Culumber et al., forthcoming",
                ("Culumber",),
                "forthcoming",
                None,
                False,
                "et al.",
                None,
            )
        ],
    ),
    (
        "Smith (in press) argues",
        [("Smith (in press)", ("Smith",), "in press", None, True, None, None)],
    ),
    # Other name forms.
    (
        "(R Development Core Team, 2011)",
        [
            (
                "R Development Core Team, 2011",
                ("R Development Core Team",),
                "2011",
                None,
                False,
                None,
                None,
            )
        ],
    ),
    ("(CCP4, 1994)", [("CCP4, 1994", ("CCP4",), "1994", None, False, None, None)]),
    (
        "(López–Otín and Bond, 2008)",
        [("López–Otín and Bond, 2008", ("López–Otín", "Bond"), "2008", None, False, None, None)],
    ),
    ("(daSilva et al., 2009)", [_etal("daSilva", "2009")]),
    ("(L'honoré et al., 2014)", [_etal("L'honoré", "2014")]),
    ("(des Georges et al., 2015)", [_etal("des Georges", "2015")]),
    (
        "(Pichlmair and Reis e Sousa, 2007)",
        [
            (
                "Pichlmair and Reis e Sousa, 2007",
                ("Pichlmair", "Reis e Sousa"),
                "2007",
                None,
                False,
                None,
                None,
            )
        ],
    ),
    (
        "(Sander van Doorn, 2014)",
        [("Sander van Doorn, 2014", ("Sander van Doorn",), "2014", None, False, None, None)],
    ),
    (
        "(The 1000 Genomes Project Consortium, 2012)",
        [
            (
                "The 1000 Genomes Project Consortium, 2012",
                ("The 1000 Genomes Project Consortium",),
                "2012",
                None,
                False,
                None,
                None,
            )
        ],
    ),
    (
        "(malERA Consultative Group on Modeling, 2011)",
        [
            (
                "malERA Consultative Group on Modeling, 2011",
                ("malERA Consultative Group on Modeling",),
                "2011",
                None,
                False,
                None,
                None,
            )
        ],
    ),
    ("(Wilczek and et al., 2009)", [_etal("Wilczek", "2009", text="Wilczek and et al., 2009")]),
    # Items after semicolons, continuations.
    (
        "(Palmer et al., 2001; Kreth et al., 2005; An et al., 2006)",
        [_etal("Palmer", "2001"), _etal("Kreth", "2005"), _etal("An", "2006")],
    ),
    (
        "(Kellum and Schedl, 1991; Burgess–Beusse et al., 2002)",
        [
            ("Kellum and Schedl, 1991", ("Kellum", "Schedl"), "1991", None, False, None, None),
            _etal("Burgess–Beusse", "2002"),
        ],
    ),
    (
        "(Last et al., 2008a, 2008b, 2008c)",
        [
            _etal("Last", "2008a"),
            ("2008b", ("Last",), "2008b", None, False, "et al.", None),
            ("2008c", ("Last",), "2008c", None, False, "et al.", None),
        ],
    ),
    # Square brackets, and text around an inner parenthesis.
    ("[Lopes et al., 2006]", [_etal("Lopes", "2006")]),
    (
        "[Moal et al., 2015a, b]",
        [_etal("Moal", "2015a"), ("b", ("Moal",), "2015b", None, False, "et al.", None)],
    ),
    (
        "[e.g., Hodgkin et al., 1989]",
        [("Hodgkin et al., 1989", ("Hodgkin",), "1989", None, False, "et al.", "e.g.")],
    ),
    (
        "(Q10(spike rate) ∼2, Pfau et al., 1989; Coro and Perez, 1990)",
        [
            _etal("Pfau", "1989"),
            ("Coro and Perez, 1990", ("Coro", "Perez"), "1990", None, False, None, None),
        ],
    ),
    # Narrative forms: a comma or square brackets before the year, common-word surnames.
    (
        "according to Brasaemle et al., (2004), to",
        [("Brasaemle et al., (2004)", ("Brasaemle",), "2004", None, True, "et al.", None)],
    ),
    (
        "as in Kraemer and Smith, (2006) here",
        [("Kraemer and Smith, (2006)", ("Kraemer", "Smith"), "2006", None, True, None, None)],
    ),
    (
        "(Gloeckner et al. [2007])",
        [("Gloeckner et al. [2007]", ("Gloeckner",), "2007", None, True, "et al.", None)],
    ),
    (
        "He et al. (2010) showed",
        [("He et al. (2010)", ("He",), "2010", None, True, "et al.", None)],
    ),
    (
        "Goicoechea de Jorge et al. (2013) showed",
        [
            (
                "Goicoechea de Jorge et al. (2013)",
                ("Goicoechea de Jorge",),
                "2013",
                None,
                True,
                "et al.",
                None,
            )
        ],
    ),
    # "et al." misspelt as journals print it (the malformed-citation rule reports the spelling)
    (
        "(Stocker at al., 2008; Schulmeister etl., 2011)",
        [
            ("Stocker at al., 2008", ("Stocker",), "2008", None, False, "at al.", None),
            ("Schulmeister etl., 2011", ("Schulmeister",), "2011", None, False, "etl.", None),
        ],
    ),
    # a stray full stop after a surname, as printed ("Maamar.et al.", "Shou., 2012")
    (
        "(Maamar.et al., 2007; Waite and Shou., 2012)",
        [
            ("Maamar.et al., 2007", ("Maamar",), "2007", None, False, "et al.", None),
            ("Waite and Shou., 2012", ("Waite", "Shou"), "2012", None, False, None, None),
        ],
    ),
    (
        "as Stocker at al. (2008) said",
        [("Stocker at al. (2008)", ("Stocker",), "2008", None, True, "at al.", None)],
    ),
    # A particle after the surname, as databases print "Huang da W" (Huang DW); not a particle
    # that begins the next name.
    (
        "(Huang da et al., 2009; Mendiburu de, 2014; Hahn and de Wit, 2002)",
        [
            ("Huang da et al., 2009", ("Huang da",), "2009", None, False, "et al.", None),
            ("Mendiburu de, 2014", ("Mendiburu de",), "2014", None, False, None, None),
            ("Hahn and de Wit, 2002", ("Hahn", "de Wit"), "2002", None, False, None, None),
        ],
    ),
    (
        "as Huang da et al. (2009) showed",
        [("Huang da et al. (2009)", ("Huang da",), "2009", None, True, "et al.", None)],
    ),
    # Compound surnames read backwards from a narrative year.
    (
        "Reis e Sousa (2007) said",
        [("Reis e Sousa (2007)", ("Reis e Sousa",), "2007", None, True, None, None)],
    ),
    (
        "Ramón y Cajal (1909) drew",
        [("Ramón y Cajal (1909)", ("Ramón y Cajal",), "1909", None, True, None, None)],
    ),
    (
        "as van der Goes van Naters and Carlson (2006)",
        [
            (
                "van der Goes van Naters and Carlson (2006)",
                ("van der Goes van Naters", "Carlson"),
                "2006",
                None,
                True,
                None,
                None,
            )
        ],
    ),
    ("In de Souza (2001) x", [("de Souza (2001)", ("de Souza",), "2001", None, True, None, None)]),
    ("as Smith Jones (2001)", [("Jones (2001)", ("Jones",), "2001", None, True, None, None)]),
    # Bare in prose: only "Name et al.[,] YEAR" and "Name and Name, YEAR".
    (
        "described in Turro et al., 2006. References",
        [("Turro et al., 2006", ("Turro",), "2006", None, True, "et al.", None)],
    ),
    (
        "as described by Lee et al. 2013, is",
        [("Lee et al. 2013", ("Lee",), "2013", None, True, "et al.", None)],
    ),
    (
        "induced by glucagon and CREB, Haas and Pitot, 1999. A",
        [("Haas and Pitot, 1999", ("Haas", "Pitot"), "1999", None, True, None, None)],
    ),
    # more years of the same authors, each in brackets of its own
    (
        "as described in Okafor et al. (2003), (2012). For",
        [
            ("Okafor et al. (2003)", ("Okafor",), "2003", None, True, "et al.", None),
            ("2012)", ("Okafor",), "2012", None, True, "et al.", None),
        ],
    ),
    (
        "as Okafor (2003) and (2012a, b) showed",
        [
            ("Okafor (2003)", ("Okafor",), "2003", None, True, None, None),
            ("2012a", ("Okafor",), "2012a", None, True, None, None),
            ("b)", ("Okafor",), "2012b", None, True, None, None),
        ],
    ),
    # guard: a bracket after the narrative citation that holds no years only
    (
        "as Okafor (2003), (Figure 2) showed",
        [("Okafor (2003)", ("Okafor",), "2003", None, True, None, None)],
    ),
]


@pytest.mark.parametrize(("source", "expected"), FORMS, ids=[f[0][:40] for f in FORMS])
def test_citation_forms(source: str, expected: list[Row]) -> None:
    citations = _extract(source, corporate_names=(EMBASSY,))
    got = [
        (c.text, c.authors, c.year, c.locator, c.narrative, c.et_al_text, c.prefix)
        for c in citations
    ]
    assert got == expected
    assert all(c.kind == "author-date" for c in citations)
    assert all(c.et_al == (c.et_al_text is not None) for c in citations)
    assert [c.id for c in citations] == [f"c{i}" for i in range(1, len(citations) + 1)]
    # One parenthesis or one narrative mention is one group; two rows hold two mentions.
    two_mentions = source.startswith(("According to Omelicheva", "Morozov (2015)"))
    assert [c.group for c in citations] == ([1, 2] if two_mentions else [1] * len(citations))


NOT_CITATIONS = [
    "in 2009 the base was closed",
    "after the events of September 11, when",
    "In the 1990s, Russia's own problems",
    "delivered 27 March, 2007, pushed for",
    "since 2015 the relations",
    "the timeframe from 2001 till the present date",
    "the Collective Security Treaty Organization (CSTO), which",
    "to stimulate security (SCO Summit Declaration).",
    "Manas in 2009 (see <http://en.ria.ru/russia/20130508/181039938-print/Putin.html>) serves",
    "<http://www.jstor.org/stable/42704675> (Date: March 18, 2020).",
    "(Date: March 18, 2020)",
    "Learning on *Neoclassical Realism, the State and Foreign Policy* (2009), edited by",
    "In (2016) the",
    "Since (2015) the",
    "The (2016) thing",
    "After (2009) it",
    "From (2009)",
    "(2016) on its own",
    "it rose by 12 (2009)",
    "see Table 2 (2019)",
    "see Figure 3 (2010)",
    "In 2009 (see above), it",
    "(in 2009)",
    "(since 2015, Russia)",
    "(September 11, 2001)",
    "(27 March, 2007)",
    "(the 1990s)",
    "(In 2009, the base)",
    "(March 2020)",
    "(By 2015, it had)",
    "(established in Moscow in 2000)",
    "(although the interim government at the time had requested such intervention)",
    "(Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Turkmenistan)",
    "(see http://example.org/2013/smith, 2001)",
    "http://example.org/Smith (2001)",
    "www.example.org/Smith_(2001)",
    "the sort of Russian 5th column (about 1990s)",
    "(Smith, 20130508)",
    "Smith (1990s)",
    "(p. 2001)",
    "(Embassy of the Russian Federation to the Republic of Kazakhstan)",  # no corporate names
    "under the Education Law (2004), schools",
    "(May 2020)",
    # Products and quantities, not works: a name and a number without a comma must end the part
    # and be a plausible year.
    "(Zen 2011 software; Zeiss, Jena Germany)",
    "(WPI Nanoliter 2000 Injector, World Precision Instruments)",
    "(Agilent 1200 nanoLC, Germany)",
    "(Abcam 1791)",
    "(RPMI 1640 medium)",
    "(PEG 1500, Roche, UK)",
    "(AnPgpdA, 1387 bp; oligonucleotides P49/50)",
    "(at 2000 rpm, Smith 1999 rotor)",
    "mouse anti-phospho ATM (Ser 1981) (ECM Biosciences)",  # amino-acid residues
    "(Tyr 1992 and Thr 2004)",
    # Dates and ranges.
    "(IPI Human, September 2011)",
    "(July–Sept 2014)",
    "(GMEP, 1955–1969)",
    "(uas-mcd8 (Schnorrer, 2009.5.11))",
    "(March, 2020)",
    # Titles and places.
    "in accordance with the Declaration of Helsinki (2000) of the",
    "(since the Treaty of Lisbon 2009)",
    "a visit to Paris, 2009 was",
    "(described in Morris 1991)",  # a lone name after prose needs a comma before the year
    "(the He et al. model)",
    # Events, treaties and office holders that history and policy papers date in brackets.
    "after the Paris Agreement (2015) and the Kyoto Protocol (1997),",
    "The Great Depression (1929) hit hard, as did the 2008 Financial Crisis (2008).",
    "the Millennium Ecosystem Assessment (2005) found",
    "The Millennium Development Goals (2000) set targets; the Nuremberg Code (1947) did too.",
    "President Obama (2009) spoke, and Queen Elizabeth II (1953) was crowned.",
    "Hurricane Katrina (2005) struck",
    "The Nobel Prize (2001) went to her, as did the Fields Medal (2006) and the Turing Award (2018).",
    "Brexit (2016) changed trade",
    "Henry VIII (1509) reigned",
    # Places
    "We used data from Germany (2010) and France (2012), and surveys in Kenya (2015).",
    "The Olympics in Beijing (2008) and Rio (2016) were studied",
    "(Kenya, 2015)",
    "Die Lage in Deutschland (2010) und in Frankreich (2012) war gut.",
    "(California 2009, 2010, British Columbia 2014)",
    "Data from New Zealand (2012), the United States (2015) and Rio de Janeiro (2016).",
]


def test_listed_names_that_are_also_nouns_cite_in_prose() -> None:
    # "Law (2004)" is an author where the list has Law, and "Hurricane Smith (2010)" too; "the
    # Law (2005)" stays prose
    doc = _doc("As Law (2004) and Hurricane Smith (2010) show, the Law (2005) failed.")
    found = extract_citations(doc, None, (), families=("Law", "Smith"))
    assert [(c.text, c.authors) for c in found] == [
        ("Law (2004)", ("Law",)),
        ("Smith (2010)", ("Smith",)),
    ]
    assert [c.text for c in extract_citations(doc, None, ())] == []
    # a listed author named like a place is cited
    doc = _doc("As Berlin (1969) argued, and (London, 1903).")
    found = extract_citations(doc, None, (), families=("Berlin", "London"))
    assert [c.text for c in found] == ["Berlin (1969)", "London, 1903"]


@pytest.mark.parametrize("source", NOT_CITATIONS)
def test_not_citations(source: str) -> None:
    assert _extract(source) == ()


def test_spans_lines_and_columns() -> None:
    source = "Intro line.\nAs Nye (2013) said (see Lo, 2015;\nÖzertem, 2009).\n"
    citations = _extract(source)
    assert [
        (c.text, c.span.line, c.span.column, c.span.end_line, c.span.end_column) for c in citations
    ] == [
        ("Nye (2013)", 2, 4, 2, 14),
        ("Lo, 2015", 2, 25, 2, 33),
        ("Özertem, 2009", 3, 1, 3, 14),
    ]
    assert [c.group for c in citations] == [1, 2, 2]
    assert [c.prefix for c in citations] == [None, "see", None]


def test_groups_and_ids_in_offset_order() -> None:
    source = "Smith (2001) and (Lee, 2002; Ng, 2003). Hsu and Turk (1999 and 2010) (Ab, 2004)."
    citations = _extract(source)
    assert [(c.id, c.group, c.text) for c in citations] == [
        ("c1", 1, "Smith (2001)"),
        ("c2", 2, "Lee, 2002"),
        ("c3", 2, "Ng, 2003"),
        ("c4", 3, "Hsu and Turk (1999"),
        ("c5", 3, "2010"),
        ("c6", 4, "Ab, 2004"),
    ]


def test_ranges_restrict_scanning() -> None:
    source = (
        "Body (Smith, 2001).\nReferences\nSmith, J. (2001). Title. (Jones, 2002)\nAfter (Lee, 2003)"
    )
    body_end = source.index("References")
    after = source.index("After")
    citations = _extract(source, ranges=((0, body_end), (after, len(source))))
    assert [c.text for c in citations] == ["Smith, 2001", "Lee, 2003"]
    assert _extract(source, ranges=()) == ()
    # Out-of-bounds and reversed ranges are clipped or ignored, never an error.
    assert [c.text for c in _extract(source, ranges=((-10, 18), (50, 40)))] == ["Smith, 2001"]


def test_narrative_window_does_not_cross_range_start() -> None:
    source = "Smith (2001)"
    # The name lies before the range: only the year is in scope, so nothing is found.
    assert _extract(source, ranges=((6, len(source)),)) == ()


@pytest.mark.parametrize("kind", ["code", "link-url", "autolink"])
def test_excluded_regions_are_not_scanned(kind: str) -> None:
    source = "Before (Smith, 2001) and `(Jones, 2002)` and Lee (2003)."
    start = source.index("`")
    end = source.index("`", start + 1) + 1
    doc = _doc(source, regions=(Region(kind, start, end),))
    assert [c.text for c in extract_citations(doc)] == ["Smith, 2001", "Lee (2003)"]


def test_markdown_emphasis_title_is_not_an_author() -> None:
    source = (
        "Learning on *Neoclassical Realism, the State and Foreign Policy* (2009), "
        "edited by Lobell and Ripsman (2009)."
    )
    start = source.index("*")
    end = source.index("*", start + 1) + 1
    text = source.replace("*", " ")  # the reader blanks the markers in Document.text
    doc = Document("t.md", "markdown", source, text=text, regions=(Region("emphasis", start, end),))
    citations = extract_citations(doc)
    assert [(c.text, c.authors, c.year) for c in citations] == [
        ("Lobell and Ripsman (2009)", ("Lobell", "Ripsman"), "2009"),
    ]
    # Without the emphasis region the same text would read "Policy" as an author.
    unmarked = extract_citations(Document("t", "text", source, text=text))
    assert [c.authors for c in unmarked] == [("Policy",), ("Lobell", "Ripsman")]


def test_emphasised_author_in_a_list_rejects_the_mention() -> None:
    source = "as *Policy* and Lee (2003) say"
    start = source.index("*")
    end = source.index("*", start + 1) + 1
    doc = Document(
        "t.md",
        "markdown",
        source,
        text=source.replace("*", " "),
        regions=(Region("emphasis", start, end),),
    )
    assert extract_citations(doc) == ()


@pytest.mark.parametrize(
    ("source", "text", "prefix"),
    [
        (f"cooperation ({EMBASSY}).", EMBASSY, None),
        (f"cooperation (see {EMBASSY}).", EMBASSY, "see"),
        ("cooperation (embassy of the russian federation to the republic of kazakhstan)", "", None),
    ],
)
def test_yearless_corporate_citation(source: str, text: str, prefix: str | None) -> None:
    citations = _extract(source, corporate_names=(EMBASSY + ".", "World Bank"))
    got = [(c.text, c.authors, c.year, c.prefix, c.narrative) for c in citations]
    assert got == ([(text, (text,), None, prefix, False)] if text else [])


@pytest.mark.parametrize(
    "source",
    [
        "(Ministry of Foreign Affairs)",
        "(CSTO)",
        # Only an exact (folded) listed name: a near miss of one is no citation.
        "cooperation (Embassy of the Russian Federation to the Republic of Kazakstan).",
        # An acronym alone defines itself after its expansion, even when it is a listed name.
        "the International Union for Conservation of Nature (IUCN) lists",
        "the Food and Agriculture Organization's (FAO) data",
    ],
)
def test_yearless_corporate_needs_an_exact_listed_name(source: str) -> None:
    assert _extract(source, corporate_names=(EMBASSY, "IUCN", "FAO")) == ()


def test_nested_and_bracketed_groups_are_read_apart() -> None:
    source = "(Figure S7 in [Yoon et al., 2006] and Figure 3 in [Diao et al., 2010]; Lee, 2009)"
    citations = _extract(source)
    assert [(c.text, c.authors, c.year, c.group) for c in citations] == [
        ("Yoon et al., 2006", ("Yoon",), "2006", 1),
        ("Diao et al., 2010", ("Diao",), "2010", 2),
        ("Lee, 2009", ("Lee",), "2009", 3),
    ]
    lee = citations[-1]
    assert (lee.span.start, lee.span.end, lee.span.line, lee.span.column) == (71, 80, 1, 72)


def test_bare_citation_inside_a_parenthesis_is_read_once() -> None:
    source = "(see Smith and Jones, 2001; Lee et al., 2002) and Brown and Green, 2003."
    assert [(c.text, c.narrative) for c in _extract(source)] == [
        ("Smith and Jones, 2001", False),
        ("Lee et al., 2002", False),
        ("Brown and Green, 2003", True),
    ]


def test_narrative_corporate_author_is_taken_whole_when_listed() -> None:
    source = "as the World Health Organization (2020) reports"
    [citation] = _extract(source, corporate_names=("World Health Organization",))
    assert citation.text == "World Health Organization (2020)"
    assert citation.authors == ("World Health Organization",)
    [plain] = _extract(source)
    # without the list the body is named whole too, for the missing-reference it gets
    assert plain.authors == ("World Health Organization",)


# Every citation in the body of seed 000, checked by hand against the manuscript.
SEED_000 = [
    (("Nye",), "2013"),
    (("Mattern",), "2005"),
    (("Tsygankov",), "2013a"),
    (("Tsygankov",), "2013b"),
    (("Ćwiek-Karpowicz",), "2012"),
    (("Sergunin",), "2014"),
    (("Lukyanov",), "2009"),
    (("Nye",), "2013"),
    (("Troitski",), "2011"),
    (("Kisileva",), "2015"),
    (("Morozov",), "2015"),
    (("Zahran", "Ramos"), "2010"),
    (("Lebedeva",), "2017"),
    (("Nye",), "2010"),
    (("Van Herpen",), "2015"),
    (("Nye",), "2003"),
    (("Gusarova",), "2017"),
    (("Omelicheva",), "2018"),
    (("Ospanova",), "2018"),
    (("Oztertem",), "2009"),
    (("Muratalieva",), "2014"),
    (("Saginday",), "2017"),
    (("Bogdanova",), "2016"),
    (("Frier",), "2009"),
    (("Ripsman",), "2009"),
    (("Laruelle",), "2008"),
    (("Omelicheva",), "2011"),
    (("Omelicheva",), "2018"),
    (("Lo",), "2015"),
    (("Górecki",), "2014"),
    (("Nechepurenko",), "2013"),
    (("Lo",), "2015"),
    (("Tsygankov",), "2005"),
    (("Kuzmin",), "2008"),
    (("Hiro",), "2010"),
    (("Laruelle",), "2017"),
    (("Valenza", "Boers"), "2018"),
    (("Ki",), "2005"),
    (("Lukyanov",), "2009"),
    (("Hess",), "2020"),
    (("Zabortseva",), "2016"),
    ((EMBASSY,), None),
    (("Nurgaliyeva",), "2016"),
]


def _seed(name: str) -> tuple[Document, int]:
    source = (SEEDS / name).read_text(encoding="utf-8")
    marker = "\nReferences\n"
    end = source.find(marker)
    return Document(name, "text", source), (len(source) if end < 0 else end + 1)


def test_seed_000_body_end_to_end() -> None:
    doc, body_end = _seed("000_6ff2c148979281d9.txt")
    citations = extract_citations(doc, ((0, body_end),), corporate_names=(EMBASSY,))
    assert [(c.authors, c.year) for c in citations] == SEED_000
    for c in citations:
        assert doc.source[c.span.start : c.span.end] == c.text
    by_text = {c.text: c for c in citations}
    nye = by_text["Nye (2010: 217)"]
    assert (nye.locator, nye.narrative, nye.span.line, nye.span.column) == ("217", True, 65, 990)
    frier = by_text["Frier, 2009"]
    assert (frier.span.line, frier.span.column, frier.span.end_column) == (75, 793, 804)
    ripsman = by_text["Ripsman et al, 2009"]
    assert (ripsman.et_al, ripsman.et_al_text) == (True, "et al")
    assert by_text["Van Herpen's (2015)"].authors == ("Van Herpen",)
    assert [c.text for c in citations if c.group == 3] == ["Tsygankov, 2013a", "2013b"]
    assert len({c.group for c in citations}) == 39
    # Without the organisation list the yearless corporate citation is not guessed.
    plain = extract_citations(doc, ((0, body_end),))
    assert [(c.authors, c.year) for c in plain] == [x for x in SEED_000 if x[1] is not None]


def test_seed_004_citations() -> None:
    doc, body_end = _seed("004_498ee77b5566cda8.txt")
    citations = extract_citations(doc, ((0, body_end),))
    assert [
        (c.text, c.authors, c.year, c.et_al_text, c.span.line, c.span.column) for c in citations
    ] == [
        ("Frier, 2009", ("Frier",), "2009", None, 2, 793),
        ("Ripsman et all, 2009", ("Ripsman",), "2009", "et all", 3, 116),
    ]


def test_seed_000_body_urls() -> None:
    doc, body_end = _seed("000_6ff2c148979281d9.txt")
    urls = extract_body_urls(doc, ((0, body_end),))
    assert [(u.url, u.span.line) for u in urls] == [
        (
            "http://en.ria.ru/russia/20130508/181039938-print/"
            "Putin-Criticizes-ISAF-for-Afghan-Drug-Threat-Inaction.html",
            113,
        ),
        ("http://en.itar-tass.com/russia/755981", 121),
        ("http://en.afghanistan.ru/doc/353.html", 121),
        (
            "http://en.ria.ru/russia/20130508/181039938-print/"
            "Putin-Criticizes-ISAF-for-Afghan-Drug-Threat-Action.html",
            121,
        ),
        ("https://eurasianet.org/kazakhstan-ukraine-crisis-cements-astana-in-russias-orbit", 185),
        ("https://eurasianet.org/kazakhstan-ukraine-crisis-cements-astana-in-russias-orbit", 187),
    ]
    for u in urls:
        assert doc.source[u.span.start : u.span.end] == u.url


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("(see <https://example.org/a>).", [("https://example.org/a", 6, 27)]),
        ("Visit www.example.org/path, then", [("www.example.org/path", 6, 26)]),
        (
            "at http://x.org/a.b; and https://y.org/c)",
            [("http://x.org/a.b", 3, 19), ("https://y.org/c", 25, 40)],
        ),
        ("no links here (Smith, 2001)", []),
    ],
)
def test_body_urls(source: str, expected: list[tuple[str, int, int]]) -> None:
    urls = extract_body_urls(_doc(source))
    assert [(u.url, u.span.start, u.span.end) for u in urls] == expected
    for u in urls:
        assert source[u.span.start : u.span.end] == u.url


def test_body_urls_ranges_and_code() -> None:
    source = (
        "a http://one.org b `http://code.org` c\nReferences\nhttp://ref.org\nafter http://two.org"
    )
    start = source.index("`")
    end = source.index("`", start + 1) + 1
    doc = _doc(source, regions=(Region("code", start, end),))
    refs = source.index("References")
    after = source.index("after")
    urls = extract_body_urls(doc, ((0, refs), (after, len(source))))
    assert [(u.url, u.span.line, u.span.column) for u in urls] == [
        ("http://one.org", 1, 3),
        ("http://two.org", 4, 7),
    ]


def test_markdown_link_url_is_a_body_url_but_not_a_citation() -> None:
    source = "See [Smith (2001)](https://example.org/smith-2001)."
    url_start = source.index("https")
    url_end = source.index(")", url_start)
    text = source.replace("[", " ").replace("](", "  ")
    text = text[:url_start] + " " * (url_end - url_start + 1) + text[url_end + 1 :]
    doc = Document(
        "t.md", "markdown", source, text=text, regions=(Region("link-url", url_start, url_end),)
    )
    assert [c.text for c in extract_citations(doc)] == ["Smith (2001)"]
    assert [u.url for u in extract_body_urls(doc)] == ["https://example.org/smith-2001"]


_PIECES = st.sampled_from(
    [
        "(",
        ")",
        ",",
        ", ",
        "; ",
        ": ",
        " ",
        "\n",
        ".",
        "'s",
        "’",
        "&",
        " and ",
        " и ",
        "-",
        "–",
        "Smith",
        "Van",
        "van der",
        "Berg",
        "Ćwiek-Karpowicz",
        "Иванов",
        "NATO",
        "In",
        "The",
        "J.",
        "G.",
        "2001",
        "2013a",
        "b",
        "1990s",
        "n.d.",
        "p. 5",
        "pp. 5–7",
        " et al",
        " et al.",
        " et all",
        "see ",
        "e.g., ",
        "May 4",
        "*",
        "_",
        "<http://x.org/2001>",
        "www.x.org/(2001)",
        "Embassy of X",
        "0",
        "9",
        "ǅ",
        "\u0301",
        "\ud7ff",
        "\x00",
    ]
)
_TEXTS = st.one_of(
    st.lists(_PIECES, max_size=60).map("".join),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=200),
)


@settings(max_examples=300, deadline=None)
@given(source=_TEXTS, data=st.data())
def test_any_text_never_raises_and_spans_round_trip(source: str, data: st.DataObject) -> None:
    n = len(source)
    regions: tuple[Region, ...] = ()
    if n and data.draw(st.booleans()):
        a = data.draw(st.integers(0, n - 1))
        b = data.draw(st.integers(a, n))
        regions = (Region(data.draw(st.sampled_from(["emphasis", "code", "link-url"])), a, b),)
    ranges = data.draw(
        st.none()
        | st.lists(st.tuples(st.integers(-3, n + 3), st.integers(-3, n + 3)), max_size=3).map(tuple)
    )
    doc = _doc(source, regions=regions)
    citations = extract_citations(doc, ranges, corporate_names=("Embassy of X",))
    previous_end = -1
    for i, c in enumerate(citations, start=1):
        assert c.id == f"c{i}"
        assert source[c.span.start : c.span.end] == c.text
        assert c.text and c.text == c.text.strip()
        assert c.authors and all(a and a == a.strip() for a in c.authors)
        assert c.span.start >= previous_end  # sorted, never overlapping
        previous_end = c.span.end
    for u in extract_body_urls(doc, ranges):
        assert source[u.span.start : u.span.end] == u.url


def _random_line(size: int) -> str:
    rng = random.Random(2024)
    pieces = [
        "(",
        ")",
        ",",
        " ",
        "a",
        "Smith",
        "2001",
        " et al",
        ";",
        " and ",
        "Ö",
        "1",
        ".",
        "Van",
    ]
    pieces += ["J. ", "'s ", "n.d.", "b", ": 12", "see ", "http://x.org/", "\u0301", "Иванов"]
    return "".join(rng.choices(pieces, k=size // 4))[:size]


@pytest.mark.parametrize(
    "source",
    [
        _random_line(1_000_000),
        "Smith, Jones, Lee, " * 30_000 + "(2001)",
        "(" + "Smith, " * 60_000 + "2001)",
        "(Smith, " + "2001, " * 60_000 + ")",
        "(" * 200_000 + "Smith, 2001" + ")" * 200_000,
        "van de la " * 60_000 + "(2001)",
        "J. " * 200_000 + "(2001)",
        "Smith et al. " * 60_000 + "(2001)",
        "Aaaa" * 250_000 + " (2001)",
        "(2001)" * 100_000,
        "(values from the data of many words here and there 2001) " * 10_000,
        "(Q(x) ∼2, Smith et al., 2001; Lee, 2002) " * 10_000,
        "Smith and Jones, 2001 " * 20_000,
        "et al., 2001 " * 80_000,
        "(a(b) [c] " * 80_000,
        "[(" * 100_000 + "Smith, 2001" + ")]" * 100_000,
    ],
    ids=[
        "random-1MB",
        "comma-list",
        "long-paren",
        "many-years",
        "nested",
        "particles",
        "initials",
        "etal",
        "one-word",
        "anchors",
        "prose-parens",
        "inner-groups",
        "bare-and",
        "bare-etal",
        "unclosed-outer",
        "mixed-nesting",
    ],
)
def test_pathological_lines_do_not_hang(source: str) -> None:
    started = time.perf_counter()
    citations = extract_citations(_doc(source))
    assert time.perf_counter() - started < 5.0
    for c in citations:
        assert source[c.span.start : c.span.end] == c.text


def test_generated_upper_case_class_is_current() -> None:
    from refcheck._uppercase import UPPER_CLASS, upper_class

    assert upper_class() == UPPER_CLASS


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Heat raises mortality (Centers for Disease Control and Prevention [CDC], 2020).",
            [
                (
                    "Centers for Disease Control and Prevention [CDC], 2020",
                    ("Centers for Disease Control and Prevention",),
                    "2020",
                )
            ],
        ),
        (
            "as shown (World Health Organization [WHO], 2018; Smith, 2001).",
            [
                ("World Health Organization [WHO], 2018", ("World Health Organization",), "2018"),
                ("Smith, 2001", ("Smith",), "2001"),
            ],
        ),
        # the original's year in brackets is no abbreviation
        ("(Burke, 2005 [1790], p. 4)", [("Burke, 2005 [1790], p. 4", ("Burke",), "2005 [1790]")]),
        # narrative: the abbreviation between the body's name and the year
        (
            "The World Health Organization [WHO] (2020) and later WHO (2021) agree.",
            [
                ("World Health Organization [WHO] (2020)", ("World Health Organization",), "2020"),
                ("WHO (2021)", ("WHO",), "2021"),
            ],
        ),
        # only an organisation's name defines an abbreviation
        ("as Smith [SM] (2020) put it", []),
    ],
)
def test_apa_first_citation_of_a_body_with_its_abbreviation(
    source: str, expected: list[tuple[str, tuple[str, ...], str]]
) -> None:
    citations = _extract(
        source,
        corporate_names=("Centers for Disease Control and Prevention", "World Health Organization"),
    )
    assert [(c.text, c.authors, c.year) for c in citations] == expected


@pytest.mark.parametrize(
    ("source", "authors"),
    [
        ("(Ngũgĩ wa Thiong'o, 1986)", ("Ngũgĩ wa Thiong'o",)),
        ("(Ahmad ibn Hanbal, 1993)", ("Ahmad ibn Hanbal",)),
    ],
)
def test_names_joined_by_wa_and_ibn(source: str, authors: tuple[str, ...]) -> None:
    assert [c.authors for c in _extract(source)] == [authors]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Die Stadtforschung (Müller u. a. 2005; Schmidt/Weber 2010) zeigt",
            [
                ("Müller u. a. 2005", ("Müller",), "u. a."),
                ("Schmidt/Weber 2010", ("Schmidt", "Weber"), None),
            ],
        ),
        ("Nach Becker und Wolf (2012) ist", [("Becker und Wolf (2012)", ("Becker", "Wolf"), None)]),
        (
            "Selon Dupont et Martin (2012), la",
            [("Dupont et Martin (2012)", ("Dupont", "Martin"), None)],
        ),
        ("(vgl. Meyer 1999: 45)", [("Meyer 1999: 45", ("Meyer",), None)]),
        ("(Dupont et coll., 2010)", [("Dupont et coll., 2010", ("Dupont",), "et coll.")]),
        ("(García y cols., 2011)", [("García y cols., 2011", ("García",), "y cols.")]),
        # a Spanish double surname keeps its "y"; English "et al." is no joiner
        ("Según García y López (2012), la", [("García y López (2012)", ("García y López",), None)]),
        (
            "(Smith et al., 2010; Jones and Lee, 2003)",
            [
                ("Smith et al., 2010", ("Smith",), "et al."),
                ("Jones and Lee, 2003", ("Jones", "Lee"), None),
            ],
        ),
    ],
)
def test_author_date_citations_in_german_french_and_spanish(
    source: str, expected: list[tuple[str, tuple[str, ...], str | None]]
) -> None:
    assert [(c.text, c.authors, c.et_al_text) for c in _extract(source)] == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Smith (2001a, 45) argues", [("Smith (2001a, 45)", "2001a", "45")]),
        ("Smith (2001, 23–25) argues", [("Smith (2001, 23–25)", "2001", "23–25")]),
        (
            "(Smith 2001, 23–25; Jones 2003)",
            [("Smith 2001, 23–25", "2001", "23–25"), ("Jones 2003", "2003", None)],
        ),
        # a second year is no page, nor is a count of things
        ("Smith (2001, 2003) argues", [("Smith (2001", "2001", None), ("2003", "2003", None)]),
        ("(Smith 2001, 45 patients)", [("Smith 2001", "2001", None)]),
        # Harvard's page without a comma, marked "p." or "pp."
        (
            "(Lee 2012 p.4; Lee 2013 pp. 4-6) and Lee (2014 p. 9)",
            [
                ("Lee 2012 p.4", "2012", "p.4"),
                ("Lee 2013 pp. 4-6", "2013", "pp. 4-6"),
                ("Lee (2014 p. 9)", "2014", "p. 9"),
            ],
        ),
        ("(Lee 2012 patients)", []),
        # another year of the same name joined by "and" ("(Brown, 2009 and 2010)" was read)
        (
            "(Brown 2009 and 2010; Lee 2012 & 2013a)",
            [
                ("Brown 2009", "2009", None),
                ("2010", "2010", None),
                ("Lee 2012", "2012", None),
                ("2013a", "2013a", None),
            ],
        ),
        ("(Agilent 1200 and 1300)", []),
        # another name and year joined by "and" (the first citation was lost)
        (
            "(Kim 2013 and Jones 2011; Lee 2012 & Park et al. 2014)",
            [
                ("Kim 2013", "2013", None),
                ("Jones 2011", "2011", None),
                ("Lee 2012", "2012", None),
                ("Park et al. 2014", "2014", None),
            ],
        ),
        ("(Zen 2011 and Agilent 1200)", []),
    ],
)
def test_chicago_bare_page_after_the_year(
    source: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(c.text, c.year, c.locator) for c in _extract(source)] == expected


def _rows(source: str, families: tuple[str, ...]) -> list[tuple[str, tuple[str, ...], str | None]]:
    doc = _doc(source)
    found = extract_citations(doc, None, (), None, families)
    for citation in found:
        assert doc.source[citation.span.start : citation.span.end] == citation.text
    return [(c.text, c.authors, c.locator) for c in found]


@pytest.mark.parametrize(
    ("source", "families", "rows"),
    [
        (  # a family of several capitalised words, as the list names it
            "Le Roy Ladurie (1975) showed it; García Márquez (1967) wrote it.",
            ("Le Roy Ladurie", "García Márquez"),
            [
                ("Le Roy Ladurie (1975)", ("Le Roy Ladurie",), None),
                ("García Márquez (1967)", ("García Márquez",), None),
            ],
        ),
        (  # a hyphenated family printed with a space, as printed (the matcher weighs it)
            "Ladson Billings (1995) and Darling Hammond (2020) agree; Billings (2001) not.",
            ("Ladson-Billings", "Darling-Hammond", "Billings"),
            [
                ("Ladson Billings (1995)", ("Ladson Billings",), None),
                ("Darling Hammond (2020)", ("Darling Hammond",), None),
                ("Billings (2001)", ("Billings",), None),
            ],
        ),
        (  # (where the list does not, the name read stays)
            "Le Roy Ladurie (1975) showed it.",
            ("Ladurie",),
            [("Ladurie (1975)", ("Ladurie",), None)],
        ),
        (  # the prose's prepositions in French, Italian, Spanish, German are no part of a name
            "Selon Le Goff (1964) et Secondo De Felice (1965); Nach Brunner (1965) auch.",
            ("Le Goff", "De Felice", "Brunner"),
            [
                ("Le Goff (1964)", ("Le Goff",), None),
                ("De Felice (1965)", ("De Felice",), None),
                ("Brunner (1965)", ("Brunner",), None),
            ],
        ),
        (  # "les travaux de Toubert": the preposition, where the list has no particle
            "les travaux de Toubert (1988, p. 60-62) et de Fossier (1982, t. 1, p. 12), "
            "comme de Certeau (1980).",
            ("Toubert", "Fossier", "de Certeau"),
            [
                ("Toubert (1988, p. 60-62)", ("Toubert",), "p. 60-62"),
                ("Fossier (1982, t. 1, p. 12)", ("Fossier",), "t. 1, p. 12"),
                ("de Certeau (1980)", ("de Certeau",), None),
            ],
        ),
        (  # German "S." (Seite) and Italian "cap." locators
            "(Brunner 1965, S. 12; Volpe 1922, cap. 3)",
            ("Brunner", "Volpe"),
            [
                ("Brunner 1965, S. 12", ("Brunner",), "S. 12"),
                ("Volpe 1922, cap. 3", ("Volpe",), "cap. 3"),
            ],
        ),
    ],
)
def test_humanities_names_and_locators(
    source: str, families: tuple[str, ...], rows: list[tuple[str, tuple[str, ...], str | None]]
) -> None:
    assert _rows(source, families) == rows


@pytest.mark.parametrize(
    ("source", "families", "authors"),
    [
        # Spanish "y", Portuguese "e" between two authors the list names apart
        ("(García y López, 2010)", ("García",), [("García", "López")]),
        ("Silva e Souza (2014) mostraron", ("Silva",), [("Silva", "Souza")]),
        # a compound family the list prints whole stays one name
        ("(Ramón y Cajal, 1899)", ("Ramón y Cajal",), [("Ramón y Cajal",)]),
        # with no entry for the first name, the reading stays as it was
        ("(Reis e Sousa, 2004)", ("Sousa",), [("Reis e Sousa",)]),
    ],
)
def test_spanish_and_portuguese_joiners_split_by_the_list(
    source: str, families: tuple[str, ...], authors: list[tuple[str, ...]]
) -> None:
    found = extract_citations(_doc(source), None, (), None, families)
    assert [c.authors for c in found] == authors


@pytest.mark.parametrize(
    ("source", "rows"),
    [
        (  # the original's year in brackets first, narrative and in brackets
            "Nach Elias ([1939] 1997) und (Elias [1939] 1997, S. 3 ff.).",
            [
                ("Elias ([1939] 1997)", ("Elias",), "1997", None),
                ("Elias [1939] 1997, S. 3 ff.", ("Elias",), "1997", "S. 3 ff."),
            ],
        ),
        (  # "f." and "ff.": the pages following
            "Wie Bourdieu (1979, 45 ff.) und (Weber 1922, 28 f.) zeigen.",
            [
                ("Bourdieu (1979, 45 ff.)", ("Bourdieu",), "1979", "45 ff."),
                ("Weber 1922, 28 f.", ("Weber",), "1922", "28 f."),
            ],
        ),
    ],
)
def test_german_original_years_and_following_pages(
    source: str, rows: list[tuple[str, tuple[str, ...], str, str | None]]
) -> None:
    found = _extract(source)
    assert [(c.text, c.authors, c.year, c.locator) for c in found] == rows


@pytest.mark.parametrize(
    ("source", "rows"),
    [
        (  # APA's secondary source: the narrative citation and the work that cites it
            "Jones (2011, as cited in Lee, 2012) found it.",
            [
                ("Jones (2011", ("Jones",), "2011", None, True, None),
                ("Lee, 2012", ("Lee",), "2012", None, False, "as cited in"),
            ],
        ),
        (
            "Smith (2010; see also Brown, 2012) agreed.",
            [
                ("Smith (2010", ("Smith",), "2010", None, True, None),
                ("Brown, 2012", ("Brown",), "2012", None, False, "see also"),
            ],
        ),
        (
            "Green (2013; Black, 2014) did too.",
            [
                ("Green (2013", ("Green",), "2013", None, True, None),
                ("Black, 2014", ("Black",), "2014", None, False, None),
            ],
        ),
        (
            "Adams (2017, p. 4; see Baker, 2018) noted it.",
            [
                ("Adams (2017, p. 4", ("Adams",), "2017", "p. 4", True, None),
                ("Baker, 2018", ("Baker",), "2018", None, False, "see"),
            ],
        ),
        (  # a second year of the same author stays hers
            "Kent (2020; 2021) wrote more.",
            [
                ("Kent (2020", ("Kent",), "2020", None, True, None),
                ("2021", ("Kent",), "2021", None, True, None),
            ],
        ),
        (  # a comma and a word that cites nothing closes no narrative citation
            "Jones (2011, unpublished data) and Smith (2010, in the lab) said so.",
            [],
        ),
    ],
)
def test_narrative_citations_whose_bracket_cites_more(
    source: str, rows: list[tuple[str, tuple[str, ...], str, str | None, bool, str | None]]
) -> None:
    found = _extract(source)
    assert [(c.text, c.authors, c.year, c.locator, c.narrative, c.prefix) for c in found] == rows


def test_a_listed_family_printed_in_lower_case() -> None:
    """bell hooks writes her name in lower case: read where the list names her so, not any
    lower-case word before a year."""
    source = "As bell hooks (1994, p. 12) argues (hooks, 1994; Smith, 2010), unlike the (1999) one."
    found = extract_citations(_doc(source), None, (), None, ("hooks", "smith"))
    assert [(c.text, c.authors, c.year, c.locator, c.narrative) for c in found] == [
        ("hooks (1994, p. 12)", ("hooks",), "1994", "p. 12", True),
        ("hooks, 1994", ("hooks",), "1994", None, False),
        ("Smith, 2010", ("Smith",), "2010", None, False),
    ]
    assert [c.text for c in extract_citations(_doc(source), None, (), None, ("smith",))] == [
        "Smith, 2010"
    ]


def test_a_body_the_list_lacks_is_named_whole() -> None:
    # the missing-reference names "World Bank", not "Bank"; prose's words stay out
    doc = _doc("As Bank (2010) and The World Bank (2019) and In The European Union (2019).")
    assert [(c.text, c.authors) for c in extract_citations(doc, None, ())] == [
        ("Bank (2010)", ("Bank",)),
        ("World Bank (2019)", ("World Bank",)),
        ("European Union (2019)", ("European Union",)),
    ]
    # a listed person named Bank keeps the name as it was
    found = extract_citations(doc, None, (), families=("Bank",))
    assert [c.authors for c in found] == [("Bank",), ("Bank",), ("European Union",)]
    # nor the heading above, nor "See" before it
    doc = _doc("Introduction\n\nSee World Health Organization (2018a).")
    assert [(c.text, c.authors) for c in extract_citations(doc, None, ())] == [
        ("World Health Organization (2018a)", ("World Health Organization",))
    ]


def test_a_listed_body_is_read_whole_whatever_its_words() -> None:
    # "Department of Health (2018a)" read as the end of a title ("the Declaration of Helsinki
    # (2000)") was lost, and "Office for National Statistics (2018)" read as "Statistics"
    doc = _doc(
        "See Department of Health (2018a; 2018b), the Office for National Statistics (2018) "
        "and Bank of England (2019)."
    )
    bodies = ("Bank of England", "Department of Health", "Office for National Statistics")
    assert [(c.text, c.authors, c.year) for c in extract_citations(doc, None, bodies)] == [
        ("Department of Health (2018a", ("Department of Health",), "2018a"),
        ("2018b", ("Department of Health",), "2018b"),
        ("Office for National Statistics (2018)", ("Office for National Statistics",), "2018"),
        ("Bank of England (2019)", ("Bank of England",), "2019"),
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # the original's year in brackets after a comma, and "circa"
        ("(Marx, [1867] 1990)", [("Marx, [1867] 1990", "1990")]),
        (
            "(Locke, c. 1690; Hume, ca. 1740)",
            [("Locke, c. 1690", "1690"), ("Hume, ca. 1740", "1740")],
        ),
        ("Locke (c. 1690)", [("Locke (c. 1690)", "1690")]),
        ("(music c. 1700)", []),
        # APA's letters for several in-press or undated works of one author
        ("Lee (in press-a)", [("Lee (in press-a)", "in press-a")]),
        ("(Kim, n.d.-a, n.d.-b)", [("Kim, n.d.-a", "n.d.-a"), ("n.d.-b", "n.d.-b")]),
        # "n. 4" is a note, "n.d." no locator
        ("(Kim, n.d., n. 4)", [("Kim, n.d., n. 4", "n.d.")]),
    ],
)
def test_historical_and_lettered_years(source: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.text, c.year) for c in _extract(source)] == expected


def test_unpublished_and_personal_notes_after_a_year_are_not_list_citations() -> None:
    """ "(Smith, 2019, unpublished data)", "(Lee 2020, pers. comm.)": works the list does not
    hold by design (APA, the sciences); they were reported as missing references."""
    from refcheck.api import check_text

    text = (
        "As seen (Smith, 2019, unpublished data; Jones, 2020) and (Lee 2020, pers. comm.), "
        "(Park, 2018, personal communication) and (Jones, 2020, p. 4).\n\nReferences\n\n"
        "Jones, A. (2020). X. Y, 1, 1.\n"
    )
    report = check_text(text)
    assert [(c.text, c.locator) for c in report.citations] == [
        ("Jones, 2020", None),
        ("Jones, 2020, p. 4", "p. 4"),
    ]
    assert report.findings == ()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Smith (2003a: 12; 2005) too",
            [("Smith (2003a: 12", "2003a", "12"), ("2005", "2005", None)],
        ),
        (
            "Smith (2003a, p. 12; 2005, p. 3) too",
            [("Smith (2003a, p. 12", "2003a", "p. 12"), ("2005, p. 3", "2005", "p. 3")],
        ),
        (
            "Smith (2003a, p. 12, 2005) too",
            [("Smith (2003a, p. 12", "2003a", "p. 12"), ("2005", "2005", None)],
        ),
        ("Smith (2003a, p. 12) too", [("Smith (2003a, p. 12)", "2003a", "p. 12")]),
    ],
)
def test_narrative_years_after_a_located_one(
    source: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """ "Smith (2003a: 12; 2005)": a located year, then more years in the same brackets, was
    lost whole (both entries could be called uncited)."""
    doc = Document(path="x.txt", format="text", source=source)
    found = extract_citations(doc)
    assert [(c.text, c.year, c.locator) for c in found] == expected
    assert all(c.narrative and c.authors == ("Smith",) for c in found)
    assert len({c.group for c in found}) == 1


@pytest.mark.parametrize(
    ("source", "text", "locator"),
    [
        ("As seen (Smith, 2003a, Table 2) too.", "Smith, 2003a, Table 2", "Table 2"),
        ("Smith (2003a, Figure 4) showed", "Smith (2003a, Figure 4)", "Figure 4"),
        ("(Grimaldi and Engel, 2005, Figure 7)", "Grimaldi and Engel, 2005, Figure 7", "Figure 7"),
        ("As seen (Smith, 2003a; Table 2) too.", "Smith, 2003a", None),
    ],
)
def test_a_table_or_figure_after_the_year_is_the_locator(
    source: str, text: str, locator: str | None
) -> None:
    doc = Document(path="x.txt", format="text", source=source)
    [found] = extract_citations(doc)
    assert (found.text, found.locator) == (text, locator)


def test_invisible_characters_and_decomposed_accents_in_names() -> None:
    """A word processor's soft hyphen ("Schmid\\u00adhuber (2015)") or zero-width space ("(Lee\\u200b,
    2004)") lost the citation; a decomposed accent ("Mu\\u0308ller", as macOS saves text) was an
    author-mismatch against "Müller" that printed the same name twice."""
    from refcheck.api import check_text

    text = (
        "Intro Schmid\u00adhuber (2015) and (Lee\u200b, 2004) and Mu\u0308ller (2012) and (Sollner, "
        "2012).\n\nReferences\n\n"
        "Schmidhuber, J. (2015). Deep learning. Neural Networks, 61, 85-117.\n"
        "Lee, A. (2004). Z. Cell, 6, 1-2.\n"
        "Müller, K. (2012). German. Cell, 5, 1-2.\n"
        "Söllner, T. (2012). Y. Cell, 7, 1-2.\n"
    )
    report = check_text(text)
    assert [(c.text, c.authors) for c in report.citations] == [
        ("Schmid\u00adhuber (2015)", ("Schmidhuber",)),
        ("Lee\u200b, 2004", ("Lee",)),
        ("Mu\u0308ller (2012)", ("Mu\u0308ller",)),
        ("Sollner, 2012", ("Sollner",)),
    ]
    assert [(f.rule, f.message) for f in report.findings] == [
        ("author-mismatch", "cited as 'Sollner' but the reference lists 'Söllner'")
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # APA 7 prints the first author's initials where two listed first authors share a surname
        (
            "(J. A. Smith, 2010; R. Smith, 2010)",
            [("Smith, 2010", "J. A."), ("Smith, 2010", "R.")],
        ),
        (
            "J. A. Smith (2010) and R. Smith (2010) agree.",
            [("Smith (2010)", "J. A."), ("Smith (2010)", "R.")],
        ),
        # after the surname: "Smith J", a Harvard guide's "Smith, J. A."
        (
            "(Smith J. A., 2010; Smith R, 2010)",
            [("Smith J. A., 2010", "J. A."), ("Smith R, 2010", "R.")],
        ),
        (
            "(Smith, J. A., 2010; Smith, R., 2010)",
            [("Smith, J. A., 2010", "J. A."), ("Smith, R., 2010", "R.")],
        ),
        # none printed; a lower-case abbreviation or a letter run into a word is none
        ("(Smith, 2010)", [("Smith, 2010", None)]),
        ("as in SMS. Smith (2010) said", [("Smith (2010)", None)]),
        ("(e.g. Smith, 2010)", [("Smith, 2010", None)]),
    ],
)
def test_first_author_initials(source: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.text, c.initials) for c in _extract(source)] == expected


@pytest.mark.parametrize(
    ("source", "text", "locator"),
    [
        # a section, a figure's panel, a book's numbered figure, a supplement's figure: the
        # locator stopped at the first dot or letter ("sect. 2", "Figure 3")
        ("(Smith, 2010, sect. 2.1)", "Smith, 2010, sect. 2.1", "sect. 2.1"),
        ("(Smith, 2012, Figure 3B)", "Smith, 2012, Figure 3B", "Figure 3B"),
        ("(Grimaldi and Engel, 2005, Figure 7.72)", "Grimaldi and Engel, 2005, Figure 7.72",
         "Figure 7.72"),
        ("(Lee et al., 2015, Figure S1)", "Lee et al., 2015, Figure S1", "Figure S1"),
        # a page at the end of a sentence keeps its stop out
        ("as shown (Smith, 2010, p. 5.)", "Smith, 2010, p. 5", "p. 5"),
    ],
)  # fmt: skip
def test_locators_with_sections_and_panels(source: str, text: str, locator: str) -> None:
    assert [(c.text, c.locator) for c in _extract(source)] == [(text, locator)]


@pytest.mark.parametrize(
    ("sentence", "listed", "authors"),
    [
        # the list names the particle-led family alone: the word before it is prose
        ("Following van der Berg (2014), we test.", "van der Berg, H.", ("van der Berg",)),
        ("Echoing de Souza (2015) we go.", "de Souza, M.", ("de Souza",)),
        # guard: a compound the list names whole stays whole
        (
            "Goicoechea de Jorge (2013) showed it.",
            "Goicoechea de Jorge, E.",
            ("Goicoechea de Jorge",),
        ),
    ],
)
def test_a_compound_head_the_list_does_not_name_is_prose(
    sentence: str, listed: str, authors: tuple[str, ...]
) -> None:
    year = re.search(r"\d{4}", sentence).group()  # type: ignore[union-attr]
    report = check_text(
        f"Intro\n\n{sentence}\n\nReferences\n\n{listed} ({year}). A title. Journal, 1, 1–2.\n",
        path="t.txt",
    )
    assert [citation.authors for citation in report.citations] == [authors]
    assert report.findings == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "This was said (Brown 2009 in Jones 2012).",
        "See (Lee 2011 for a review).",
        "See (Lee 2011 for details).",
        "As shown (Kim 2013 and references therein).",
        "Known (Park 2014 cited in Jones 2012).",
    ],
)
def test_prose_after_a_bare_year_ends_the_cited_part(sentence: str) -> None:
    listed = "\n".join(
        f"{name}, A. ({year}) A title. Journal, 1, 1–2."
        for name, year in (
            ("Brown", 2009),
            ("Jones", 2012),
            ("Kim", 2013),
            ("Lee", 2011),
            ("Park", 2014),
        )
    )
    report = check_text(f"Intro\n\n{sentence}\n\nReferences\n\n{listed}\n", path="t.txt")
    cited = {citation.authors[0] for citation in report.citations}
    first = re.search(r"\((\w+)", sentence).group(1)  # type: ignore[union-attr]
    assert first in cited
    assert "missing-reference" not in {finding.rule for finding in report.findings}


def test_a_listed_body_is_cited_without_the_acronym_its_entry_prints() -> None:
    report = check_text(
        "Intro\n\nAs said (United Nations Children’s Fund, 2020) and (Okafor Children’s Trust "
        "[OCT], 2019) here.\n\nReferences\n\n"
        "Okafor Children’s Trust (OCT). (2019). Report. Lagos: OCT.\n"
        "United Nations Children’s Fund (UNICEF). (2020). State of children. New York: UNICEF.\n",
        path="t.txt",
    )
    assert [citation.authors for citation in report.citations] == [
        ("United Nations Children’s Fund",),
        ("Okafor Children’s Trust",),
    ]
    assert report.findings == ()
