from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.identifiers import find_doi, find_urls, is_doi_url, is_local_url


@pytest.mark.parametrize(
    ("text", "doi", "raw", "malformed"),
    [
        (
            "doi:10.1111/1467-9256.12100.",
            "10.1111/1467-9256.12100",
            "doi:10.1111/1467-9256.12100",
            False,
        ),
        # a comma for the full stop, and an encoded space closing a link
        ("doi: 10,1000/xyz.", "10.1000/xyz", "10,1000/xyz", True),
        (
            "J 1. 10,1016/j.cell.2009.01.042",
            "10.1016/j.cell.2009.01.042",
            "10,1016/j.cell.2009.01.042",
            True,
        ),
        ("https://doi.org/10.1000/jkl%20", "10.1000/jkl", "https://doi.org/10.1000/jkl%20", True),
        (
            "doi: 10.1111/1467-9256.12100",
            "10.1111/1467-9256.12100",
            "10.1111/1467-9256.12100",
            False,
        ),
        (
            "<https://doi.org/10.17185/dupublico/47243>",
            "10.17185/dupublico/47243",
            "https://doi.org/10.17185/dupublico/47243",
            False,
        ),
        (
            "http://dx.doi.org/10.1371/journal.pone.0001234)",
            "10.1371/journal.pone.0001234",
            "http://dx.doi.org/10.1371/journal.pone.0001234",
            False,
        ),
        (
            "<https://doi.org/doi:10.1016/j.orbis.2020.05.005> (Date",
            "10.1016/j.orbis.2020.05.005",
            "https://doi.org/doi:10.1016/j.orbis.2020.05.005",
            True,
        ),
        (
            "<https://doi.org/DOI10.24833/2071-8160-2017-3-54-212-223>",
            "10.24833/2071-8160-2017-3-54-212-223",
            "https://doi.org/DOI10.24833/2071-8160-2017-3-54-212-223",
            True,
        ),
        (
            "<https://doi.org/doi.org/10.1177/03058298050330031601>",
            "10.1177/03058298050330031601",
            "https://doi.org/doi.org/10.1177/03058298050330031601",
            True,
        ),
        ("DOI10.1000/xyz123 next", "10.1000/xyz123", "DOI10.1000/xyz123", True),
        # an old SICI DOI keeps its "<...::...>" part (it used to be cut at "<")
        (
            "(doi:10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0)",
            "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
            "doi:10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
            False,
        ),
        (
            "Yeast 14:115–132. doi: 10.1002/(SICI)1097-0061(19980130)14:2<115::AID-YEA204>3.0.CO;2-2",
            "10.1002/(SICI)1097-0061(19980130)14:2<115::AID-YEA204>3.0.CO;2-2",
            "10.1002/(SICI)1097-0061(19980130)14:2<115::AID-YEA204>3.0.CO;2-2",
            False,
        ),
        # an autolink around a DOI link still ends at ">"
        ("<https://doi.org/10.1000/x1><b>", "10.1000/x1", "https://doi.org/10.1000/x1", False),
        ("https://doi.org/10.1000/a%2Fb", "10.1000/a/b", "https://doi.org/10.1000/a%2Fb", False),
        ("www.doi.org/10.1000/w1", "10.1000/w1", "www.doi.org/10.1000/w1", False),
        # a publisher's URL holding the DOI: the DOI is read, the link is not a malformed DOI
        (
            "Available: www.pnas.org/cgi/doi/10.1073/pnas.0501234102.",
            "10.1073/pnas.0501234102",
            "www.pnas.org/cgi/doi/10.1073/pnas.0501234102",
            False,
        ),
        (
            "http://pubs.acs.org/doi/abs/10.1021/jp047796z",
            "10.1021/jp047796z",
            "http://pubs.acs.org/doi/abs/10.1021/jp047796z",
            False,
        ),
        (
            "http://datadryad.org/review?doi=doi:10.5061/dryad.1234",
            "10.5061/dryad.1234",
            "http://datadryad.org/review?doi=doi:10.5061/dryad.1234",
            False,
        ),
        (
            "https://doi.wiley.com/10.1002/abc1",
            "10.1002/abc1",
            "https://doi.wiley.com/10.1002/abc1",
            False,
        ),
        # attempts at a DOI or a DOI link, written wrongly
        ("dx.doi.org/DOI:10.1000/d1", "10.1000/d1", "dx.doi.org/DOI:10.1000/d1", True),
        ("doi:doi:10.1000/d2", "10.1000/d2", "doi:doi:10.1000/d2", True),
        ("http://doi:10.1000/d3", "10.1000/d3", "http://doi:10.1000/d3", True),
        # autocorrect's or typesetting's dashes where the DOI has "-" (real published entries)
        (
            "doi: 10.1088/1742\u20135468/2011/08/P08018.",
            "10.1088/1742-5468/2011/08/P08018",
            "10.1088/1742\u20135468/2011/08/P08018",
            True,
        ),
        (
            "https://doi.org/10.1007/s10584\u2010015\u20101585\u2010x",
            "10.1007/s10584-015-1585-x",
            "https://doi.org/10.1007/s10584\u2010015\u20101585\u2010x",
            True,
        ),
        ("doi: 10,1000/ab\u2011c", "10.1000/ab-c", "10,1000/ab\u2011c", True),
        (
            "10.1016/s0140-6736(14)60111-2",
            "10.1016/s0140-6736(14)60111-2",
            "10.1016/s0140-6736(14)60111-2",
            False,
        ),
    ],
)
def test_find_doi(text: str, doi: str, raw: str, malformed: bool) -> None:
    match = find_doi(text)
    assert match is not None
    assert (match.doi, match.raw, match.malformed) == (doi, raw, malformed)
    assert text[match.start : match.end] == raw


@pytest.mark.parametrize(
    "text",
    [
        "in 2010.1234/5 pages",
        "10.12/abc",
        "no doi here",
        "10.1234/",
        "Vol 10,1000/2",
        "Vol 10,1000/2000",
    ],
)
def test_find_doi_none(text: str) -> None:
    assert find_doi(text) is None


def test_find_urls_trims_punctuation_and_brackets() -> None:
    text = "see <http://en.ria.ru/a/b.html>). and www.ifri.org. (https://x.org/a_(b)) end"
    assert find_urls(text) == (
        ("http://en.ria.ru/a/b.html", 5, 30),
        ("www.ifri.org", 38, 50),
        ("https://x.org/a_(b)", 53, 72),
    )


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("file:///C:/Users/Nurda/Desktop/a.pdf", True),
        ("C:\\Users\\a.pdf", True),
        ("http://localhost:8000/x", True),
        ("http://192.168.1.10/a", True),
        ("http://10.0.0.1/", True),
        ("http://172.20.0.1/", True),
        ("http://printer.local/", True),
        ("http://[::1]/", True),
        ("https://example.org/a", False),
        ("www.ifri.org", False),
        ("http://8.8.8.8/", False),
    ],
)
def test_is_local_url(url: str, local: bool) -> None:
    assert is_local_url(url) is local


def test_is_doi_url() -> None:
    assert is_doi_url("https://doi.org/10.1/x")
    assert is_doi_url("http://dx.doi.org/10.1/x")
    assert not is_doi_url("https://example.org/doi.org")
    assert not is_doi_url("http://[41–43]/x")  # a bracketed host that is no address: no raise


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("10./:doihtps wx()<>[]-_%a;,.é")), max_size=80))
def test_finders_never_raise_and_spans_hold(text: str) -> None:
    match = find_doi(text)
    if match is not None:
        assert text[match.start : match.end] == match.raw
        assert match.doi.startswith("10.")
    for url, start, end in find_urls(text):
        assert text[start:end] == url
        is_local_url(url)


# --- URLs and DOIs split by a line break or a PDF's spacing ---------------------------------


@pytest.mark.parametrize(
    ("text", "url", "written"),
    [
        ("URL https://www.bls.gov/cps/ cpsaat11.htm.", "https://www.bls.gov/cps/cpsaat11.htm",
         "https://www.bls.gov/cps/ cpsaat11.htm"),
        ("URL https: //link.aps.org/doi/10.1103/X.92", "https://link.aps.org/doi/10.1103/X.92",
         "https: //link.aps.org/doi/10.1103/X.92"),
        ("Globe, http://www. boston.com/b/2007/x.", "http://www.boston.com/b/2007/x",
         "http://www. boston.com/b/2007/x"),
        ("at https://venturebeat. com/2012/07/ (accessed May)", "https://venturebeat.com/2012/07/",
         "https://venturebeat. com/2012/07/"),
        ("https://www.lhc- ilc.uni-bonn.de/t.pdf", "https://www.lhc-ilc.uni-bonn.de/t.pdf",
         "https://www.lhc- ilc.uni-bonn.de/t.pdf"),
        ("http://dx.doi.org/10.1021/ es030360x.", "http://dx.doi.org/10.1021/es030360x",
         "http://dx.doi.org/10.1021/ es030360x"),
        ("x http://regina.sourceforge.net( 30/01/2015).", "http://regina.sourceforge.net",
         "http://regina.sourceforge.net"),
        ("http://x.org/page(accessed 3 May 2019)", "http://x.org/page", "http://x.org/page"),
        # a path split from its host, an arXiv number split at its dot
        ("URL http: // arxiv.org /abs/1502. 01589", "http://arxiv.org/abs/1502.01589",
         "http: // arxiv.org /abs/1502. 01589"),
        ("Soc 15, 20. http:// www.example.org/ vol15/ iss4/ art20.",
         "http://www.example.org/vol15/iss4/art20", "http:// www.example.org/ vol15/ iss4/ art20"),
        ("at http://www.example.org /data/index.html today",
         "http://www.example.org/data/index.html", "http://www.example.org /data/index.html"),
        # a path split at a space before its file, or at the stop before its extension
        ("from http://www.who.int/impact/Final BrochureWHA2008a.pdf",
         "http://www.who.int/impact/FinalBrochureWHA2008a.pdf",
         "http://www.who.int/impact/Final BrochureWHA2008a.pdf"),
        ("www.stlouisfed.org/community development/assets/pdf/CommunityColleges.pdf",
         "www.stlouisfed.org/communitydevelopment/assets/pdf/CommunityColleges.pdf",
         "www.stlouisfed.org/community development/assets/pdf/CommunityColleges.pdf"),
        ("http://www.mass.gov/reports/health-screening-wall chart.pdf . Published 2014",
         "http://www.mass.gov/reports/health-screening-wallchart.pdf",
         "http://www.mass.gov/reports/health-screening-wall chart.pdf"),
        ("http://www.example.com/products/showproduct. cfm?isbn=0736034625",
         "http://www.example.com/products/showproduct.cfm?isbn=0736034625",
         "http://www.example.com/products/showproduct. cfm?isbn=0736034625"),
        # folders split at their slashes, a path or a query broken at a hyphen, a host's name
        ("Plan. http://www.cbd.int/ doc/ strategic-plan/ 2011-2020/ Aichi-Targets-EN.pdf.",
         "http://www.cbd.int/doc/strategic-plan/2011-2020/Aichi-Targets-EN.pdf",
         "http://www.cbd.int/ doc/ strategic-plan/ 2011-2020/ Aichi-Targets-EN.pdf"),
        ("[en ligne : www.mamrot.gouv.qc.ca/developpement- regional-et-rural/indice/ ].",
         "www.mamrot.gouv.qc.ca/developpement-regional-et-rural/indice/",
         "www.mamrot.gouv.qc.ca/developpement- regional-et-rural/indice/"),
        ("URL http://ol.osa.org/abstract.cfm?URI=ol-31- 12-1914.",
         "http://ol.osa.org/abstract.cfm?URI=ol-31-12-1914",
         "http://ol.osa.org/abstract.cfm?URI=ol-31- 12-1914"),
        ("(2002) http: //www. humankinetics. com/products/showproduct. cfm?isbn=0736034625",
         "http://www.humankinetics.com/products/showproduct.cfm?isbn=0736034625",
         "http: //www. humankinetics. com/products/showproduct. cfm?isbn=0736034625"),
        ("URL http://www .ncbi .nlm.nih.gov/entrez/query.fcgi?db=PubMed",
         "http://www.ncbi.nlm.nih.gov/entrez/query.fcgi?db=PubMed",
         "http://www .ncbi .nlm.nih.gov/entrez/query.fcgi?db=PubMed"),
        ("from: http://www . nso. gov.pg/index.php/population.", "http://www.nso.gov.pg/index.php/population",
         "http://www . nso. gov.pg/index.php/population"),
        ("Powells.com, http://www.powel s.com/authors/franzen.html.",
         "http://www.powels.com/authors/franzen.html", "http://www.powel s.com/authors/franzen.html"),
        # between angle brackets, all up to the ">" is the link
        ("Them. < http:// www.resalliance.org/ index.php/ resilience_assessment >.",
         "http://www.resalliance.org/index.php/resilience_assessment",
         "http:// www.resalliance.org/ index.php/ resilience_assessment"),
        # a link with neither scheme nor "www." but a path
        ("1967. classiques.uqac.ca/classiques/Durkheim_emile/division.pdf (accessed June 7, 2015).",
         "classiques.uqac.ca/classiques/Durkheim_emile/division.pdf",
         "classiques.uqac.ca/classiques/Durkheim_emile/division.pdf"),
        ("Creation 23(1): 54–55, 2000; creation.com/gecko.", "creation.com/gecko",
         "creation.com/gecko"),
        # an old SICI DOI's link runs on through its "<…::…>" (it stopped at "<")
        ("Res 47: 123. https://doi.org/10.1002/(SICI)1097-4636(199911)47:2<123::AID-JBM1>3.0.CO;2-K.",
         "https://doi.org/10.1002/(SICI)1097-4636(199911)47:2<123::AID-JBM1>3.0.CO;2-K",
         "https://doi.org/10.1002/(SICI)1097-4636(199911)47:2<123::AID-JBM1>3.0.CO;2-K"),
    ],
)  # fmt: skip
def test_split_urls_are_joined_and_their_span_covers_what_was_written(
    text: str, url: str, written: str
) -> None:
    ((found, start, end),) = find_urls(text)
    assert (found, text[start:end]) == (url, written)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("see http://example.com. Then we went", "http://example.com"),  # a sentence, no host
        ("see https://x.org/a/ and/or that", "https://x.org/a/"),  # a word, no path
        ("https://en.wikipedia.org/wiki/Foo_(1990_film) ok",
         "https://en.wikipedia.org/wiki/Foo_(1990_film)"),  # brackets inside are kept
        ("http://ntrs.example.gov/reports/1961/report-1174.pdf,NACA (1961).",
         "http://ntrs.example.gov/reports/1961/report-1174.pdf"),  # a word glued after a file
        ("http://link.example.org/supplemental/10.1103/PhysRevE.96.012302for details",
         "http://link.example.org/supplemental/10.1103/PhysRevE.96.012302"),  # glued after digits
        ("see http://x.org / and more", "http://x.org"),  # a slash alone is no path
        ("see http://x.org . Then", "http://x.org"),  # a stop alone is no host
        ("at https://arxiv.org/abs/1604.01641(2016).", "https://arxiv.org/abs/1604.01641"),
        ("see http://x.org/a.html data.pdf", "http://x.org/a.html"),  # a file after a file
        ("at <http://x.org/a> and b > c", "http://x.org/a"),  # the link's ">" closes it
        ("write to ann@example.com/x or to www.x.org", "www.x.org"),  # an address, no link
    ],
)  # fmt: skip
def test_prose_after_a_url_is_not_joined(text: str, url: str) -> None:
    ((found, start, end),) = find_urls(text)
    assert found == text[start:end] == url


@pytest.mark.parametrize(
    ("text", "doi", "written"),
    [
        ("doi:10.1103/PhysRevD.92.034519.URL https: //x", "10.1103/PhysRevD.92.034519",
         "doi:10.1103/PhysRevD.92.034519"),
        ("doi:10.1007/JHEP06(2016)004[ arXiv:1512.06431]", "10.1007/JHEP06(2016)004",
         "doi:10.1007/JHEP06(2016)004"),
        ("https://doi.org/10.1016/S0045- 6535(00)00505-1.", "10.1016/S0045-6535(00)00505-1",
         "https://doi.org/10.1016/S0045- 6535(00)00505-1"),
        ("https://doi.org/10.1021/ es030360x.", "10.1021/es030360x",
         "https://doi.org/10.1021/ es030360x"),
        # PubMed's labels, a comma and the next word, a note or the year glued after the DOI
        ("doi: S0896-6273(09)00744-2[pii]; 10.1016/j.neuron.2009.09.033[doi]",
         "10.1016/j.neuron.2009.09.033", "10.1016/j.neuron.2009.09.033"),
        ("https://dx.doi.org/10.1016/j.physletb.2017.05.070,in press (Erratum).",
         "10.1016/j.physletb.2017.05.070", "https://dx.doi.org/10.1016/j.physletb.2017.05.070"),
        ("doi:10.1103/PhysRevLett.96.181602,hep -th/0603001.", "10.1103/PhysRevLett.96.181602",
         "doi:10.1103/PhysRevLett.96.181602"),
        ("doi:10.14191/atmos.2019.29.5.551(inkoreanwithenglishabstract.",
         "10.14191/atmos.2019.29.5.551", "doi:10.14191/atmos.2019.29.5.551"),
        ("doi:10.1039/c9ee00453j(2019).", "10.1039/c9ee00453j", "doi:10.1039/c9ee00453j"),
        # a year inside the DOI stays
        ("doi:10.1175/1520-0469(1998)055<0001:ABC>2.0.CO;2 x",
         "10.1175/1520-0469(1998)055", "doi:10.1175/1520-0469(1998)055"),
        # pieces a PDF's spacing split off: before or after a slash, after a stop or colon that
        # cannot end a DOI whose suffix holds no digit yet, inside a SICI's "<…:: …>"
        ("doi: 10.1093/molbev /msu300.", "10.1093/molbev/msu300", "10.1093/molbev /msu300"),
        ("doi:10.1103 /PhysRevE.49.55.", "10.1103/PhysRevE.49.55", "doi:10.1103 /PhysRevE.49.55"),
        ("doi: 10.1103/PhysRevLett .100.228502.", "10.1103/PhysRevLett.100.228502",
         "10.1103/PhysRevLett .100.228502"),
        ("doi: 10.1057/ palcomms. 2015.46", "10.1057/palcomms.2015.46",
         "10.1057/ palcomms. 2015.46"),
        ("doi: 10.1016/ j.envsci. 2009.09.007", "10.1016/j.envsci.2009.09.007",
         "10.1016/ j.envsci. 2009.09.007"),
        ("http://dx.doi.org/ 10.1051/nss: 2005018", "10.1051/nss:2005018",
         "10.1051/nss: 2005018"),
        ("http://dx.doi.org/ 10.1061/(ASCE)0733-9372(2002)128: 11(1056). Pope, S.B., 2000.",
         "10.1061/(ASCE)0733-9372(2002)128:11(1056)",
         "10.1061/(ASCE)0733-9372(2002)128: 11(1056)"),
        ("doi: 10.1002/(sici)1096-8644(199705)103:1<69:: aid-ajpa5>3.0.co;2-8.",
         "10.1002/(sici)1096-8644(199705)103:1<69::aid-ajpa5>3.0.co;2-8",
         "10.1002/(sici)1096-8644(199705)103:1<69:: aid-ajpa5>3.0.co;2-8"),
        # a link that encodes the slash; a Wiley link's view after the DOI
        ("http://dx.doi.org/10.5334%2Fjcms.7011", "10.5334/jcms.7011",
         "http://dx.doi.org/10.5334%2Fjcms.7011"),
        ("http://onlinelibrary.wiley.com/doi/10.1111/ajo.12056/full", "10.1111/ajo.12056",
         "http://onlinelibrary.wiley.com/doi/10.1111/ajo.12056"),
        # the end a line break split off after a stop, the entry's last word
        ("45–67. https://doi.org/10.1000/jcs.2015. 12345", "10.1000/jcs.2015.12345",
         "https://doi.org/10.1000/jcs.2015. 12345"),
        # what is not joined: a stop after a suffix with digits, a word after it
        ("doi: 10.1038/ejhg.2010.129. 2010 Aug 25.", "10.1038/ejhg.2010.129",
         "10.1038/ejhg.2010.129"),
        ("doi:10.1038/ejhg.2010.129. 2010.", "10.1038/ejhg.2010.129",
         "doi:10.1038/ejhg.2010.129"),  # (a year last)
        ("doi: 10.1038/ejhg.2010.129 /sic", "10.1038/ejhg.2010.129", "10.1038/ejhg.2010.129"),
    ],
)  # fmt: skip
def test_dois_lose_glued_tails_and_join_split_halves(text: str, doi: str, written: str) -> None:
    match = find_doi(text)
    assert match is not None
    assert (match.doi, text[match.start : match.end], match.malformed) == (doi, written, False)


def test_a_doi_link_split_after_a_stop_at_the_entrys_end_is_joined() -> None:
    text = "Studies, 12(3), 45–67. https://doi.org/10.1000/jcs.2015.\n12345"
    flat = " ".join(text.split())
    ((url, start, end),) = find_urls(flat)
    assert (url, flat[start:end]) == (
        "https://doi.org/10.1000/jcs.2015.12345",
        "https://doi.org/10.1000/jcs.2015. 12345",
    )
    # a year after the stop, or more words, stay the entry's
    assert find_urls("J. https://doi.org/10.1000/jcs.2015. 2016.")[0][0] == (
        "https://doi.org/10.1000/jcs.2015"
    )
    assert find_urls("J. https://doi.org/10.1000/jcs.2015. 12345 more")[0][0] == (
        "https://doi.org/10.1000/jcs.2015"
    )
