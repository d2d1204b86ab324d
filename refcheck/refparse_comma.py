"""Humanities entries that separate every field with a comma and name the place of publication:
"Hartmut Rosa, L'accélération. Une critique sociale du temps, Paris, La Découverte, 2010.",
"Walter Ullmann, The Bible and Principles of Government, La Bibbia nell'Alto Medioevo,
Spoleto, 1963, 181-227.", "DOLEŽALOVÁ, Eva, Svěcenci pražské diecéze 1395-1416, Praha 2010."

Why a reader of its own: with no full stop or year between the fields, both the rules and the
labeller lose the title's edges in these (a title's full stop starts a new field for them, the
place runs into it). The place is the anchor: the pieces before it are names, the title and
perhaps the book or series it appeared in; publisher, year and pages follow it. Places come
from a list of publishing cities, so the reader stays silent on entries it cannot anchor.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from refcheck.model import Person
from refcheck.refparse_fields import YEAR, first_groups
from refcheck.refparse_names import is_initials

# publishing cities, in the spellings of the languages that print them ("Londres", "Firenze")
_PLACES = (
    "Aix Amsterdam Ancona Ankara Antwerp Antwerpen Athens Athènes Atene Austin Avignon Baltimore"
    " Barcelona Bari Basel Bâle Beijing Bergamo Berkeley Berlin Bern Berne Bologna Bonn Bordeaux"
    " Boston Brescia Bruges Bruxelles Brussels Bucharest București Budapest Cagliari Cairo"
    " Cambridge Catania Chicago Cleveland Coimbra Cologne Como Copenhagen Darmstadt Delhi Detroit"
    " Dijon Dresden Dublin Edinburgh Erlangen Evanston Ferrara Firenze Florence Frankfurt Freiburg"
    " Gent Genève Geneva Genova Ghent Glasgow Göttingen Granada Graz Grenoble Groningen Halle"
    " Hamburg Harmondsworth Heidelberg Helsinki Hildesheim Innsbruck Istanbul Ithaca Jena"
    " Jerusalem Kiel Köln København Kraków Krakow Lausanne Lecce Leiden Leipzig Leningrad Leuven"
    " Liège Lille Lisboa Lisbon London Londra Londres Louvain Lucca Lund Lyon Macerata Madison"
    " Madrid Mainz Manchester Marburg Marseille Marseilles Melbourne Messina Milano Milan"
    " Milwaukee Minneapolis Modena Montpellier Montreal Montréal Moscow Moskva München Munich"
    " Münster Nancy Nantes Napoli Naples Nice Oslo Ottawa Oxford Padova Palermo Paris Parma Pavia"
    " Perugia Petersburg Philadelphia Pisa Pittsburgh Poitiers Porto Poznań Praha Prague"
    " Princeton Québec Ravenna Rennes Roma Rome Rouen Rovereto Salamanca Salerno Salzburg Sevilla"
    " Siena Spoleto Stanford Stockholm Strasbourg Stuttgart Sydney Tokyo Torino Toronto Toulouse"
    " Tours Trento Treviso Trieste Tübingen Turin Turnhout Udine Uppsala Urbana Urbino Utrecht"
    " Valencia Venezia Venice Verona Vicenza Vienna Warszawa Washington Weimar Wien Wiesbaden"
    " Wrocław Würzburg Zaragoza Zürich Zurich Москва Ленинград Киев Санкт-Петербург"
    # more university and publishing towns of Italy, France, the German- and Spanish-speaking
    # countries, where these styles are most printed
    " Alessandria Arezzo Assisi Avellino Benevento Bolzano Cassino Caserta Cosenza Cremona"
    " Cuneo Livorno Mantova Novara Pescara Piacenza Pistoia Rimini Taranto Varese Vercelli"
    " Viterbo Amiens Arles Besançon Caen Limoges Metz Orléans Reims Aix-en-Provence"
    " Clermont-Ferrand Louvain-la-Neuve Namur Neuchâtel Fribourg Augsburg Bamberg Bielefeld"
    " Bochum Bremen Düsseldorf Essen Gießen Greifswald Hannover Karlsruhe Kassel Konstanz Linz"
    " Mannheim Nürnberg Osnabrück Paderborn Regensburg Rostock Saarbrücken Trier Ulm Bilbao"
    " Braga Murcia Oviedo Valladolid Bogotá Caracas Lima Santiago México Edimburgo Ginevra"
    " Monaco Parigi Berlino Vienne Lovanio"
).split()
_MULTI_WORD_PLACES = (
    "New York",
    "New Haven",
    "Los Angeles",
    "San Francisco",
    "Ann Arbor",
    "Frankfurt am Main",
    "Città del Vaticano",
    "Buenos Aires",
    "Rio de Janeiro",
    "São Paulo",
    "Mexico City",
    "St. Petersburg",
)
# a state or country after the place: "Cambridge, MA", "Ithaca, N.Y.", "Leiden, Netherlands"
_REGION = re.compile(
    r"[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|(?:Mass|Conn|Calif|Ill|Penn|Md|Mich|Wis|Minn|Ind|Tenn)\."
    r"|USA|U\.S\.A\.|UK|U\.K\.|England|Italy|Italia|France|Germany|Deutschland|Spain|España"
    r"|Switzerland|Suisse|Belgium|Belgique|Netherlands|Austria|Canada|Australia|Norway|Sweden"
    r"|Denmark|Finland|Poland|Portugal|Brazil|Brasil|Mexico|Japan|China|India|Russia|Greece"
    r"|Ireland|Scotland|Israel|Turkey|Hungary|Czech Republic|Romania"
)


@cache
def _place() -> re.Pattern[str]:
    """A place or places ("London and Cambridge", "New York - London"), perhaps with the year
    ("Praha 2010", "Nancy (1984)")."""
    one = "|".join(
        re.escape(place) for place in sorted((*_MULTI_WORD_PLACES, *_PLACES), key=len, reverse=True)
    )
    return re.compile(
        rf"(?:{one})(?:\s*(?:and|e|et|und|y|-|–|/|&)\s*(?:{one}))*(?P<year>\s+\(?{YEAR}\)?)?"
    )


_QUOTE_MARKS = re.compile(r"``|''|[\"“”«»„‘]")
_IN = re.compile(r"(?:in|dans):?\s+", re.IGNORECASE)  # (and French "dans")
_EDITOR_WORDS = r"eds?\.|edited by|a cura di|hrsg\.?|hg\.|éd\.|dir\.|sous la direction de"
_EDITOR_PIECE = re.compile(rf"(?:{_EDITOR_WORDS})\s", re.I)
# an editor's mark in brackets after names: "(ed.)", "[éd.]", "(Hrsg.)", "(a cura di)"
EDITOR_MARK = r"[(\[](?:eds?|edd|éds?|dir|hgg?|hrsg|sous la dir|a cura di|coord|comp)\.?[)\]]"
_EDITOR_MARK = re.compile(rf"\s*{EDITOR_MARK}$", re.IGNORECASE)
_EDITOR_NOTE = re.compile(rf"\s*{EDITOR_MARK}", re.IGNORECASE)
_NAME_WORD = re.compile(rf"[A-ZÀ-ÞĀ-Ž][\w’'\-]*\.?|{EDITOR_MARK}|\([A-ZÀ-ÞĀ-Ž][\w’'\-]*\)")
_SERIES = re.compile(r"(?:coll\.|collection|collana|series|reihe)\s", re.IGNORECASE)
# who edited, translated or prefaced the book, or its edition: "a cura di E. Sestan", "trad.
# it. di C. Pischedda", "trad. it.", "ed. critica a cura di …", "2a ed.", "translated by …"
_ROLE_PIECE = re.compile(
    rf"(?:{_EDITOR_WORDS}"
    r"|trad\.|tr\.|trans\.|translated by|traduit|traduction|traduzione|übers\.|übersetzt"
    r"|introd\.|introduzione|préface|prefazione|pref\.|ed\. critica|nuova ed\."
    r"|\d+(?:a|e|ª|nd|rd|th|st)?\.?\s+(?:ed\.|éd\.|edizione|édition|edition|aufl\.))"
    r"(?:\s|$)",
    re.IGNORECASE,
)
# a book's volume after its title: "vol. I", "II", "II/1", "t. 2", "Bd. 3"
_BOOK_VOLUME = re.compile(r"(?:(?:vol|t|tome|bd)\.?\s*)?(?:[IVXLC]+|\d{1,2})(?:/\d+)?", re.I)
_DIGIT = re.compile(r"\d")
_NAME_JOINER = re.compile(r"\s+(?:et|and|e|&|und)\s+")
_NAME_PARTICLES = frozenset("de di da van von le la du del della der den".split())
_YEAR_PIECE = re.compile(rf"{YEAR}[a-z]?(?:\s*\(.*\))?")
_VOLUME_COUNT = re.compile(r"\d+\s*(?:vols?\.?|voll?\.|bde?\.?|tomes?|t\.)", re.IGNORECASE)
_PUBLISHER_WORDS = re.compile(
    r"\b(?:press|presses|presse|publish\w*|verlag|éditions?|edizioni|editore|editori|editora"
    r"|editorial|books|univ\w*|seuil|gallimard|fayard|puf|flammarion|laterza|einaudi|mulino"
    r"|marsilio|olschki|vrin|brill|routledge|armand|colin|hachette|karthala|harmattan"
    r"|découverte|cnrs|springer|wiley|elsevier|blackwell|macmillan|penguin|norton|feltrinelli"
    r"|mondadori|carocci|viella|droz|picard|beck|niemeyer|gruyter|suhrkamp|kohlhammer|steiner"
    r"|harrassowitz|nauka|ashgate|palgrave|polity|clarendon|birkhäuser|birkhauser|kluwer"
    r"|pergamon|plenum|dekker|thieme|karger|sinauer|addison|mcgraw|prentice|teubner|vieweg"
    r"|hanser|schweizerbart|balkema|dunod|masson|butterworth|saunders|lippincott|mosby"
    # English trade publishers, as MLA prints them alone: "Knopf, 1987."
    r"|knopf|vintage|harper\w*|scribner|doubleday|schuster|houghton|mifflin|farrar|verso"
    r"|sage|pantheon|viking|bantam|bloomsbury|faber|picador|anchor|grove|beacon|random\s+house"
    r"|little,?\s+brown|hill\s+and\s+wang|riverhead|liveright|graywolf|crown|basic\s+books)\b"
    # MLA's university presses: "Harvard UP", "U of Chicago P"
    r"|\b(?-i:UP\b|U\s+of\s+[A-Z][\w ]{1,40}\s+P\b)",
    re.IGNORECASE,
)
# bodies that publish, in a short piece ("Institute of Informatics"), not in a book's title
_INSTITUTION_WORDS = re.compile(
    r"\b(?:institute|institut|istituto|museum|museo|musée|society|société|società"
    r"|gesellschaft|akademie|accademia|académie)\b",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset("de du des di & and of the for für und".split())


@dataclass(frozen=True)
class CommaBook:
    """The names, and what the pieces between the names and the place hold."""

    authors: tuple[Person, ...]
    title: str
    container: str | None  # the book or series a chapter or article appeared in
    publisher: str | None
    # an article in a journal printed in guillemets: «Rivista storica italiana», 112 (2000)
    volume: str | None = None
    issue: str | None = None
    year: str | None = None
    pages: str | None = None


_QUOTES = {"«": "»", "“": "”", "„": "“", "‘": "’", '"': '"'}


def _pieces(text: str) -> list[str]:
    """The text split at commas outside brackets and outside a quoted piece ("‘Allusion, Audience
    and Homer’"), each piece stripped."""
    pieces: list[str] = []
    depth = start = 0
    closer = ""
    for index, char in enumerate(text):
        if closer:
            after = text[index + 1 : index + 2]
            if char == closer and not after.isalpha():
                closer = ""
        elif char in _QUOTES and not text[start:index].strip():
            closer = _QUOTES[char]
        elif char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        elif char == "," and not depth:
            pieces.append(text[start:index].strip())
            start = index + 1
    pieces.append(text[start:].strip())
    return pieces


def _quoted(piece: str) -> str | None:
    """The words of a piece that is one quotation ("« Contraception »"), else None."""
    closer = _QUOTES.get(piece[:1])
    if closer and len(piece) > 2 and piece.endswith(closer):
        return piece[1:-1].strip(" ,") or None
    return None


def _name_pieces(pieces: list[str]) -> int | None:
    """How many leading pieces are the names: "Hartmut Rosa" or "BRUSSET B." (one), "Jencks,
    Charles" (two); None when the first piece is no list of names."""
    first = pieces[0]
    people = _NAME_JOINER.split(first)
    if any(len(person.split()) > 3 for person in people):
        return None
    words = first.split()
    for word in words:
        stem = word.rstrip(".")
        if word.endswith(".") and len(stem) > 2 and stem.isalpha() and not stem.isupper():
            return None  # "Cochran. Sampling": a full stop after a word ends a sentence
    if not words or not all(
        _NAME_WORD.fullmatch(word)
        or word.casefold() in _NAME_PARTICLES
        or word in {"et", "and", "e", "&", "und"}
        for word in words
    ):
        return None
    if sum(word.casefold() not in _NAME_PARTICLES for word in words) > 1:
        return 1
    given = pieces[1].split()  # "Jencks, Charles", "Le Goff, Jacques"
    if 1 <= len(given) <= 3 and all(_NAME_WORD.fullmatch(word) for word in given):
        return 2
    return None


def _more_names_follow(pieces: list[str], names: int) -> bool:
    """Whether "and" opens the first piece after the names, past more pieces that are names
    too: "Deutsch, Anna, and Sara Dormann. …", "J. Lafferty, A. McCallum, and F. Pereira. …"."""
    at = names
    while len(pieces) - at >= 2 and _name_pieces(pieces[at:]) == 1:
        at += 1
    return at < len(pieces) and re.match(r"(?:and|&)\s", pieces[at]) is not None


def publisher_named(piece: str) -> bool:
    """ "Polity Presse", "PUF": a publisher known by a word of its name or an acronym."""
    return bool(_PUBLISHER_WORDS.search(piece) or re.fullmatch(r"[A-ZÉ]{2,6}", piece))


def _publisher_shaped(piece: str) -> bool:
    """ "Polity Presse", "PUF", "La Martinière": a publisher's name before the place."""
    words = piece.split()
    if len(words) <= 4 and _INSTITUTION_WORDS.search(piece):
        return True
    return publisher_named(piece) or (
        len(words) <= 3
        and all(word[:1].isupper() or word.casefold() in _SMALL_WORDS for word in words)
    )


def is_place(text: str) -> bool:
    """ "Paris", "London and Cambridge", "Praha 2010": a place of publication."""
    return _place().fullmatch(text) is not None


def is_city_place(text: str) -> bool:
    """ "London", "Cambridge, MA", "Weinheim, Germany": a place as an imprint prints it before
    the publisher, the city known or followed by a US state's code."""
    return is_place(text.partition(",")[0]) or re.fullmatch(r"[^,]+, [A-Z]{2}", text) is not None


def comma_book(text: str) -> CommaBook | None:
    """The title, book or series and publisher of an entry written "Names, Title[, Book],
    Place[, Publisher], Year[, pages]" (or with the publisher before the place), the title
    perhaps quoted, the book perhaps after "in" and its editors; None for any other entry."""
    body = text.strip().rstrip(" .")
    # "coll. « Fiction & Cie »": a series, which these styles print anywhere after the title
    pieces = [piece for piece in _pieces(body) if not _SERIES.match(piece)]
    if len(pieces) < 3 or not all(pieces):
        return None
    if _IN.match(pieces[0]):
        return None
    names = _name_pieces(pieces)
    if names is None:
        return None
    if _more_names_follow(pieces, names):
        return None  # the names go on past the pieces read: the commas are not the fields'
    if names < len(pieces) - 2 and _EDITOR_MARK.fullmatch(" " + pieces[names]):
        names += 1  # "Oran, Baskın, (éd.), Türk Dış Politikası": the editor's mark
    article = _journal_article(pieces, names)
    if article is not None:
        return article
    if any(_QUOTE_MARKS.search(piece) and _quoted(piece) is None for piece in pieces):
        return None  # a quotation that is not a whole piece: the commas are not the fields'
    dated = names < len(pieces) and _YEAR_PIECE.fullmatch(pieces[names]) is not None
    if dated:
        pieces.pop(names)  # "Pharo, Patrick, 1993, Le sens de l'action, Paris, …"
    for at in range(names + 1, len(pieces)):
        place = _place().fullmatch(pieces[at])
        if place is None:
            continue
        edition = None  # the year after the publisher, where no other is printed
        if dated:
            later = list(
                itertools.takewhile(lambda piece: not _DIGIT.search(piece), pieces[at + 1 :])
            )
        elif place.group("year"):
            later = []
        else:
            year = next(
                (
                    index
                    for index in range(at + 1, min(at + 4, len(pieces)))
                    if _YEAR_PIECE.fullmatch(pieces[index])
                ),
                None,
            )
            if year is None:
                continue
            later = pieces[at + 1 : year]  # "Paris, Gallimard, 1984": the publisher
            edition = _leading_year(pieces[year])
        if later and _REGION.fullmatch(later[0]):
            later = later[1:]  # "Cambridge, MA, MIT Press"
        book = _read_body(pieces[names:at])
        if book is None:
            return None
        title, container, publishers = book
        return CommaBook(
            _persons(pieces[:names]),
            title,
            container,
            ", ".join([*publishers, *later]) or None,
            year=edition,
        )
    return None


def _leading_year(piece: str) -> str | None:
    """ "1989" of "1989 (ed. orig. Paris 1981)": the edition's year, not the original's."""
    found = re.match(YEAR, piece)
    return found.group(0) if found else None


def _persons(names: list[str]) -> tuple[Person, ...]:
    """ "Jencks, Charles"; "BRUSSET B.", "BARNAUD Nicolas" (the family in capitals or before
    initials); "G. Bianchi", "Hartmut Rosa" (given names first: how these styles print a name
    that shows neither)."""
    names = [stripped for name in names if (stripped := _EDITOR_NOTE.sub("", name).strip())]
    if len(names) == 2:  # "Kuhn, H. (Struktur)": a short title to cite the work by
        return (Person(names[0], re.sub(r"\s*\(.*?\)", "", names[1])),)
    people: list[Person] = []
    for person in _NAME_JOINER.split(names[0]):
        words = [word.strip("()") for word in person.split()]
        capitals = [word for word in words if word.isupper() and not is_initials(word)]
        if capitals and len(capitals) < len(words):
            given = [word for word in words if word not in capitals]
            people.append(Person(" ".join(capitals), " ".join(given)))
            continue
        cut = len(words)
        while cut > 1 and is_initials(words[cut - 1]):
            cut -= 1
        if cut < len(words):
            people.append(Person(" ".join(words[:cut]), " ".join(words[cut:])))
            continue
        cut = len(words) - 1
        while cut > 1 and words[cut - 1].casefold() in _NAME_PARTICLES:
            cut -= 1  # "J. Le Goff", "Jean de La Fontaine": the particles go with the family
        people.append(Person(" ".join(words[cut:]), " ".join(words[:cut])))
    return tuple(people)


def _names_go_on(piece: str, *, longer: bool = False) -> bool:
    """ "Hwang P.Y.C. Introduction to …": a name and initials open what looked like the title
    (``longer``: and more words follow them)."""
    words = piece.split()
    return len(words) > (2 if longer else 1) and is_initials(words[1])


def _read_body(body: list[str]) -> tuple[str, str | None, list[str]] | None:
    """(title, book, publishers) of the pieces between the names and the place."""
    chapter = next((index for index, piece in enumerate(body) if _IN.match(piece)), None)
    if chapter is not None:
        return _read_chapter(body[:chapter], body[chapter:])
    quoted = _quoted(body[0])
    if quoted is not None:
        return _read_chapter(body[:1], body[1:])
    # "a cura di …", "trad. it.", "Ed. 1986": neither the title's words nor a book's name
    body = body[:1] + [piece for piece in body[1:] if not _ROLE_PIECE.match(piece)]
    publishers: list[str] = []
    while len(body) > 1 and publisher_named(body[-1]):
        head, stop, last = body[-1].rpartition(". ")
        if (
            stop
            and len(head.split()) > 1  # (not "ed. Patrice Beck", an editor)
            and publisher_named(last)
            and not publisher_named(head)
        ):
            # "…, and analysis. Birkhäuser, Basel": the title's end, then the publisher
            body[-1] = head
            publishers.insert(0, last)
            break
        publishers.insert(0, body.pop())
    if len(body) == 2 and _publisher_shaped(body[-1]):
        publishers.insert(0, body.pop())
    if _names_go_on(body[0], longer=True):
        return None
    if len(body) > 1 and is_initials(body[1].split()[0].rstrip(":;")):
        return None  # "Bars, I., Terning, J.: Extra Dimensions": more names
    title = [body[0]]
    rest = body[1:]
    while (
        rest
        and not _volume_piece(rest[0])
        and (rest[0][:1].islower() or rest[0][:1].isdigit() or _CENTURIES.match(rest[0]))
    ):
        # "Vins, vignes et vignerons", "Guerriers et paysans, VIIe-XIIe siècle": the title's
        # own commas
        title.append(rest.pop(0))
    container: list[str] = []
    for piece in rest:
        if _volume_piece(piece):
            break  # "3 vol.", "t. 3"
        container.append(piece)
    if len(container) > 1:
        return None  # which commas are the title's and which the book's: not known
    if container and _NUMBERED_SERIES.search(container[0]) and len(rest) > 1:
        container = []  # "Graduate Texts in Mathematics, vol. 33": a book's series, no book
    head, stop, last = title[-1].rpartition(". ")
    if stop and not publishers and not container and publisher_named(last) and " " in head:
        title[-1], publishers = head, [last]  # "… applications. Springer, Berlin, 2003"
    return ", ".join(title), container[0] if container else None, publishers


def _initialled(piece: str) -> bool:
    """ "A. Jones", "Smith J.": a short piece with initials, a name."""
    words = piece.split()
    return len(words) <= 3 and any(is_initials(word) for word in words)


_NUMBERED_SERIES = re.compile(
    r"\b(?:Texts|Notes|Series|Studies|Monographs|Lectures|Library|Collection|Reihe|Collana)\b"
)
# centuries that go on a title after its comma: "VIIe-XIIe siècle", "XIe siècle", "secoli XI-XIV"
_CENTURIES = re.compile(r"(?:[IVX]+(?:e|er|ème)s?\b|secol[io]\b|siècles?\b)")


def _volume_piece(piece: str) -> bool:
    """ "3 vol.", "t. 3", "vol. II": how many volumes, or which, not the title's words."""
    return bool(
        _VOLUME_COUNT.fullmatch(piece)
        or (_BOOK_VOLUME.fullmatch(piece) and not piece[:1].isupper() and not piece.isdigit())
    )


def _read_chapter(before: list[str], after: list[str]) -> tuple[str, str | None, list[str]] | None:
    """ "L'efficacité magique, in Corin H. et Toussignant P., Regards anthropologiques" or
    "‘Allusion and the Audience of Homer’, in M. Smith (ed.), Homerica": the title, then the
    book, perhaps after its editors."""
    quoted = _quoted(before[0]) if len(before) == 1 else None
    if quoted is None:
        if any(_QUOTE_MARKS.search(piece) for piece in before):
            return None
        if any(_names_go_on(piece) or _initialled(piece) for piece in before):
            return None  # "A. Jones, Title, in …": more names, not the title's own commas
    title = quoted or ", ".join(before)  # "Religione, Chiesa, pietà, in Storia di Venezia"
    rest = list(after)
    if rest and (opening := _IN.match(rest[0])):
        rest[0] = rest[0][opening.end() :]
        editors = rest[0]
        if _EDITOR_MARK.search(editors) or (
            _name_pieces([editors, *rest[1:2]]) == 1
            and not (len(rest) > 1 and _BOOK_VOLUME.fullmatch(rest[1]))
        ):
            # "in M. Smith (ed.)", "in Corin H. et Toussignant P."; not "in Storia di Venezia,
            # II", the book and its volume
            rest.pop(0)
    if not rest or _QUOTE_MARKS.search(rest[0]):
        return (title, None, []) if not rest else None
    book, extra = rest[0], rest[1:]
    if any(not _EDITOR_PIECE.match(piece) and not _BOOK_VOLUME.fullmatch(piece) for piece in extra):
        return None  # "…, Atti del convegno, …": where the book ends is not known
    return title, book, []


_GUILLEMETS = re.compile(r"(?:in\s+)?([«“][^«»“”]+[»”])")
_ISSUE_PART = re.compile(
    rf"(?P<year2>{YEAR})|(?:(?:a|anno|vol|t|tome|bd|jg)\.?\s*)?(?P<volume>\d+|[IVXLC]+)"
    rf"(?:\s*[(\[](?P<year>{YEAR})[)\]])?"
    r"|(?:n\.|no\.?|n°|nº|fasc\.|nr\.|heft)\s*(?P<issue>\d+(?:\s*[-/]\s*\d+)?)"
    r"|pp?\.\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)"
    # the journal's series, no number of the issue: "s. III", "n.s.", "nuova serie", "2e série"
    r"|(?:s\.|serie|série|ser\.)\s*(?:[IVXLC]+|\d+)|n\.\s?s\.|nuova serie|nouvelle série"
    r"|\d+(?:e|a|ª)?\s+(?:s[ée]rie|ser\.)",
    re.IGNORECASE,
)


def _journal_article(pieces: list[str], names: int) -> CommaBook | None:
    """ "M. Rossi, La politica dei porti, «Rivista storica italiana», 112 (2000), pp. 45-78.":
    the Italian and French way, where the journal, not the title, stands in guillemets or
    quotes and numbers alone follow it; the title runs from the names to the journal."""
    for at in range(names + 1, len(pieces)):
        quoted = _GUILLEMETS.fullmatch(pieces[at])
        if quoted is None:
            continue
        title = pieces[names:at]
        matches = [_ISSUE_PART.fullmatch(piece) for piece in pieces[at + 1 :]]
        parts = [part for part in matches if part is not None]
        if not title or any(_QUOTE_MARKS.search(piece) for piece in title) or not parts:
            return None
        if len(parts) < len(matches):
            return None  # words after the journal: not only its numbers
        found = first_groups(parts)
        journal = quoted.group(1)[1:-1].strip()
        return CommaBook(
            _persons(pieces[:names]),
            ", ".join(title),
            journal,
            None,
            found.get("volume"),
            found.get("issue"),
            found.get("year"),
            found.get("pages"),
        )
    return None
