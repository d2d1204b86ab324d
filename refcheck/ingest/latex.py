"""LaTeX reader: the manuscript with its ``\\input``/``\\include`` files, the text to scan, and its
``thebibliography`` list.

``Document.source`` is the main file exactly as decoded, followed by every file it includes
(``\\input{x}``, ``\\input x``, ``\\include{x}``, ``\\subfile{x}``, ``\\import{dir}{x}``,
``\\subimport{dir}{x}``), each appended whole, in the order LaTeX reads them, on a line of its
own. Decision: appending rather than splicing keeps every offset and line of the main file exact
(most findings are there), and keeps each included file one contiguous stretch, so a location
in it maps back by one subtraction. Each appended stretch is a region of kind ``file:<path>``;
``relocate_findings`` rewrites findings located there to that file (``Finding.path`` is the
included file, the span its own line and column), as findings in a ``.bib`` file already are.
Citations and entries in ``DocumentReport`` keep offsets into the expanded source.

Includes resolve as LaTeX does: relative to the main file's directory (LaTeX's working
directory), then to the including file's; ``.tex`` is added when the name has no suffix. A missing
included file, a file that includes itself (directly or in a cycle), nesting deeper than
``MAX_INCLUDE_DEPTH``, more than ``MAX_INCLUDES`` includes, or more than ``MAX_BYTES`` in all is
one ``InputError`` line naming the file and line of the ``\\input``. When none of the ``.bib``
files named by ``\\bibliography`` exists but ``<main>.bbl`` holds a ``thebibliography`` (arXiv
sources ship the ``.bbl`` BibTeX wrote), the ``.bbl`` is read as an included file, as LaTeX does.

``Document.text`` has the same length with what is not prose blanked to spaces: comments
(region ``comment``, its text after ``%``; suppression comments live there), math (``$..$``,
``$$..$$``, ``\\(..\\)``, ``\\[..\\]``, math environments; region ``math``), verbatim
environments, ``\\verb`` and ``\\lstinline`` (region ``code``), picture environments, command
names, braces and ``~``, and whole commands whose arguments are not prose (cite commands,
``\\ref``, ``\\label``, ``\\usepackage``, ``\\begin{env}``, ``\\includegraphics``, definitions...).
The arguments of other commands stay (``\\footnote{...}``, ``\\textbf{...}``). ``\\emph``,
``\\textit``, ``{\\em ..}`` give ``emphasis`` regions, sectioning commands ``heading`` regions,
``\\url``/``\\href`` targets ``link-url`` regions. The preamble (before ``\\begin{document}``)
and everything after ``\\end{document}`` are blanked: neither is body prose.
An accented letter written ``\\"u`` keeps only its letter, so ``M\\"uller`` reads as two words
(the text keeps the source's length): author-date scanning misses such names in LaTeX prose.

``thebibliography``: each ``\\bibitem[label]{key} text`` is a Reference with ``key``, its fields
parsed by ``refcheck.references.parse_reference`` from the blanked text (``\\emph{Title}`` read
as ``*Title*``); ``raw`` is the item as written and its span runs from ``\\bibitem`` to the
item's end. Without a ``thebibliography`` and without a named bibliography file, a list written
by hand under a ``References`` heading is found as in plain text (on the blanked text).
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from refcheck.errors import InputError
from refcheck.ingest.decode import decode
from refcheck.keycites import (
    CITE_COMMANDS,
    MULTICITE_COMMANDS,
    bibliography_names,
    bibliography_paths,
    parse_cite,
    skip_space,
)
from refcheck.model import Document, Finding, Reference, Region
from refcheck.references import ReferenceSection, extract_references, parse_reference

MAX_INCLUDE_DEPTH = 16
"""Deepest nesting of ``\\input`` followed; deeper is an InputError (it is almost surely a loop)."""
MAX_INCLUDES = 1000
"""Most included files read for one manuscript."""
MAX_BYTES = 64 * 1024 * 1024
"""Most bytes read for one manuscript with all its included files."""

FILE_REGION = "file:"
"""Prefix of the region kind marking an included file's stretch of the source."""

_SPECIAL = re.compile(r"[\\%$]")
_CONTROL_WORD = re.compile(r"\\([A-Za-z@]++)(\*?)")
_INLINE_MATH_END = re.compile(r"(?<!\\)\$|\n[ \t]*+\r?\n")
_DISPLAY_MATH_END = re.compile(r"(?<!\\)\$\$")
_ENV_NAME = re.compile(r"[ \t]*+\{([A-Za-z@]{1,40}+\*?)\}")
_OPTIONAL = re.compile(r"\[(?:[^\[\]{}]|\{[^{}]{0,500}+\})*+\]")
_BRACE_TOKEN = re.compile(r"\\[{}%\\]|%[^\n]*+|[{}]")
_FILE_TOKEN = re.compile(r"[^\s{}%\\]++")
_NON_NEWLINE = re.compile(r"[^\n]")
_PROSE_BLANKS = str.maketrans({"{": " ", "}": " ", "~": " "})

_MATH_ENVIRONMENTS = frozenset(
    f"{name}{star}"
    for name in (
        *("equation", "align", "alignat", "aligned", "gather", "multline", "eqnarray"),
        *("flalign", "math", "displaymath", "dmath", "dgroup", "xalignat"),
    )
    for star in ("", "*")
)
_PICTURE_ENVIRONMENTS = frozenset({"tikzpicture", "pgfpicture", "picture", "pspicture", "axis"})
_VERBATIM_ENVIRONMENTS = frozenset(
    {"verbatim", "verbatim*", "Verbatim", "BVerbatim", "LVerbatim", "lstlisting", "minted"}
    | {"filecontents", "filecontents*", "comment", "spverbatim", "alltt"}
)
# Arguments taken by \begin{env} that are not prose (a tabular's column spec).
_ENVIRONMENT_ARGUMENTS = {
    "tabular": 1,
    "tabular*": 2,
    "tabularx": 2,
    "tabulary": 2,
    "array": 1,
    "longtable": 1,
    "minipage": 1,
    "multicols": 1,
    "multicols*": 1,
    "wrapfigure": 2,
    "wraptable": 2,
    "thebibliography": 1,
    "subfigure": 1,
    "list": 2,
    "minted": 1,
}
# Commands whose arguments are not prose: blanked whole, with this many brace arguments (and
# the optional ones among them).
_NON_PROSE = {
    **dict.fromkeys(
        (
            *("label", "ref", "eqref", "pageref", "autoref", "cref", "Cref", "vref", "nameref"),
            *("usepackage", "RequirePackage", "documentclass", "bibliographystyle"),
            *("bibliography", "nobibliography", "addbibresource", "addglobalbib"),
            *("input", "include", "includeonly", "subfile", "includegraphics", "graphicspath"),
            *("hspace", "vspace", "pagestyle", "thispagestyle", "pagenumbering", "hypersetup"),
            *("color", "pagecolor", "geometry", "linespread", "lstinputlisting"),
            *("verbatiminput", "bibitem", "captionsetup", "setmainfont", "setsansfont"),
            *("setmonofont", "newpage", "printbibliography", "nocite", "hyphenation", "cite"),
            *("citestyle", "bibstyle", "crefname", "Crefname", "restylefloat", "phantom"),
            *("raisebox", "scalebox", "parbox", "thanks", "affil", "affiliation", "email"),
            *("orcid", "keywords", "doi", "urlstyle", "titleformat", "numberwithin"),
        ),
        1,
    ),
    **dict.fromkeys(
        (
            *("setlength", "addtolength", "setcounter", "addtocounter", "newcommand"),
            *("renewcommand", "providecommand", "DeclareMathOperator", "newtheorem"),
            *("fontsize", "import", "subimport", "resizebox", "rule", "multicolumn"),
            *("multirow", "textcolor", "colorbox", "newcounter", "DeclareRobustCommand"),
            *("newlength", "setkeys", "addcontentsline"),
        ),
        2,
    ),
    **dict.fromkeys(("newenvironment", "renewenvironment", "definecolor", "fcolorbox"), 3),
}
# Commands whose (first) argument is a title or heading, or emphasised text.
_HEADINGS = frozenset(
    {"part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph"}
    | {"title", "addsec", "addchap", "frametitle"}
)
_EMPHASIS = frozenset({"emph", "textit", "textsl", "mkbibemph", "textsc"})
_EMPHASIS_DECLARATIONS = frozenset({"em", "it", "itshape", "sl", "slshape"})
_DEFINITIONS = frozenset({"def", "gdef", "edef", "xdef"})
_VERB = frozenset({"verb", "Verb", "lstinline", "mintinline"})


# -- text ------------------------------------------------------------------------------------------


def _brace_pairs(source: str) -> tuple[list[int], list[int]]:
    """Matched ``{``/``}`` pairs (comments and ``\\{`` skipped), as parallel lists sorted by
    the opening offset: one linear pass, so arguments are found without rescanning."""
    opens: list[int] = []
    closes: list[int] = []
    stack: list[int] = []
    for token in _BRACE_TOKEN.finditer(source):
        char = token.group()
        if char == "{":
            stack.append(len(opens))
            opens.append(token.start())
            closes.append(-1)
        elif char == "}" and stack:
            closes[stack.pop()] = token.start()
    return opens, closes


class _Scan:
    """One file's text: blanked stretches and regions, found in one left-to-right pass."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.blanks: list[tuple[int, int]] = []
        self.regions: list[Region] = []
        self.no_closer: dict[str, int] = {}  # closer -> offset after which it does not occur
        self._opens, self._closes = _brace_pairs(source)

    def blank(self, start: int, end: int) -> None:
        if end > start:
            self.blanks.append((start, end))

    def region(self, kind: str, start: int, end: int) -> None:
        if end > start:
            self.regions.append(Region(kind, start, end))

    def closing_brace(self, start: int) -> int | None:
        """The ``}`` closing the ``{`` at ``start``, or None."""
        index = bisect.bisect_left(self._opens, start)
        if index < len(self._opens) and self._opens[index] == start:
            close = self._closes[index]
            return close if close >= 0 else None
        return None

    def find(self, closer: str, start: int, pattern: re.Pattern[str] | None = None) -> int | None:
        """Offset of ``closer`` at or after ``start``; a failed search is remembered, so
        unclosed math or environments cost one scan in all, not one each."""
        known = self.no_closer.get(closer)
        if known is not None and start >= known:
            return None
        if pattern is not None:
            match = pattern.search(self.source, start)
            found = match.start() if match else -1
        else:
            found = self.source.find(closer, start)
        if found < 0:
            self.no_closer[closer] = min(start, known if known is not None else start)
            return None
        return found

    def arguments(self, position: int, count: int, words: bool = False) -> int:
        """The offset after ``count`` brace arguments (optional ``[..]`` ones among them)."""
        source = self.source
        taken = 0
        while taken < count:
            cursor = skip_space(source, position)
            optional = _OPTIONAL.match(source, cursor)
            if optional is not None:
                position = optional.end()
                continue
            if cursor < len(source) and source[cursor] == "{":
                close = self.closing_brace(cursor)
                if close is None:
                    return position
                position = close + 1
            elif words and cursor < len(source) and source[cursor] == "\\":
                word = _CONTROL_WORD.match(source, cursor)
                position = word.end() if word else min(len(source), cursor + 2)
            else:
                return position
            taken += 1
        return position

    def run(self) -> None:
        source = self.source
        length = len(source)
        position = 0
        while position < length:
            match = _SPECIAL.search(source, position)
            if match is None:
                return
            start = match.start()
            char = source[start]
            if char == "%":
                end = source.find("\n", start)
                end = length if end < 0 else end
                self.blank(start, end)
                self.region("comment", start + 1, end)
                position = end
            elif char == "$":
                position = self.math_dollar(start)
            else:
                position = self.control(start)

    def math_dollar(self, start: int) -> int:
        source = self.source
        if source.startswith("$$", start):
            close = self.find("$$", start + 2, _DISPLAY_MATH_END)
            if close is None:
                self.blank(start, start + 2)
                return start + 2
            end = close + 2
        else:
            found = _INLINE_MATH_END.search(source, start + 1)
            if found is None or found.group() != "$":
                self.blank(start, start + 1)
                return start + 1
            end = found.end()
        self.blank(start, end)
        self.region("math", start, end)
        return end

    def math_until(self, start: int, after: int, closer: str) -> int:
        close = self.find(closer, after)
        if close is None:
            self.blank(start, after)
            return after
        end = close + len(closer)
        self.blank(start, end)
        self.region("math", start, end)
        return end

    def control(self, start: int) -> int:
        source = self.source
        word = _CONTROL_WORD.match(source, start)
        if word is None:
            return self.control_symbol(start)
        name, end = word.group(1), word.end()
        if name in CITE_COMMANDS or name in MULTICITE_COMMANDS:
            command = parse_cite(source, start)
            if command is not None:
                self.blank(start, command.end)
                return command.end
        if name == "begin":
            return self.begin(start, end)
        if name == "end":
            environment = _ENV_NAME.match(source, end)
            close = environment.end() if environment else end
            self.blank(start, close)
            if environment is not None and environment.group(1) == "document":
                self.blank(close, len(source))  # LaTeX reads nothing after \end{document}
                return len(source)
            return close
        if name in _VERB:
            return self.verb(start, end)
        if name in ("url", "nolinkurl", "href", "path"):
            return self.url(start, end, name)
        if name in _HEADINGS or name in _EMPHASIS:
            return self.titled(start, end, "heading" if name in _HEADINGS else "emphasis")
        if name in _EMPHASIS_DECLARATIONS and start > 0 and source[start - 1] == "{":
            group_end = self.closing_brace(start - 1)
            if group_end is not None:
                self.region("emphasis", skip_space(source, end), group_end)
        if name in _DEFINITIONS:
            return self.definition(start, end)
        count = _NON_PROSE.get(name)
        if count is not None:
            words = name in ("newcommand", "renewcommand", "providecommand")
            close = self.arguments(end, count, words)
            if name == "input" and close == end:  # TeX's \input file (no braces)
                token = _FILE_TOKEN.match(source, skip_space(source, end))
                close = token.end() if token else end
            self.blank(start, close)
            return close
        self.blank(start, end)
        return end

    def control_symbol(self, start: int) -> int:
        source = self.source
        if start + 1 >= len(source):
            self.blank(start, start + 1)
            return start + 1
        symbol = source[start + 1]
        if symbol == "(":
            return self.math_until(start, start + 2, "\\)")
        if symbol == "[":
            return self.math_until(start, start + 2, "\\]")
        if symbol in "%&$#_{}":
            self.blank(start, start + 1)  # the character itself is text
            return start + 2
        end = start + 2
        if symbol == "\\":  # a line break, with its optional star and [length]
            if end < len(source) and source[end] == "*":
                end += 1
            optional = _OPTIONAL.match(source, end)
            if optional is not None:
                end = optional.end()
        self.blank(start, end)
        return end

    def begin(self, start: int, end: int) -> int:
        source = self.source
        environment = _ENV_NAME.match(source, end)
        if environment is None:
            self.blank(start, end)
            return end
        name = environment.group(1)
        after = environment.end()
        if name == "document":
            self.blank(0, start)  # the preamble sets things up; \title is no body prose
        if name in _MATH_ENVIRONMENTS or name in _PICTURE_ENVIRONMENTS:
            closer = f"\\end{{{name}}}"
            close = self.find(closer, after)
            if close is not None:
                self.blank(start, close + len(closer))
                self.region("math", start, close + len(closer))
                return close + len(closer)
        if name in _VERBATIM_ENVIRONMENTS:
            closer = f"\\end{{{name}}}"
            close = self.find(closer, after)
            if close is not None:
                content = self.arguments(after, _ENVIRONMENT_ARGUMENTS.get(name, 0))
                self.blank(start, close + len(closer))
                kind = "comment" if name == "comment" else "code"
                self.region(kind, content, close)
                return close + len(closer)
        close = self.arguments(after, _ENVIRONMENT_ARGUMENTS.get(name, 0))
        optional = _OPTIONAL.match(source, close)
        if optional is not None:  # \begin{figure}[htbp]
            close = optional.end()
        self.blank(start, close)
        return close

    def verb(self, start: int, end: int) -> int:
        source = self.source
        cursor = end
        if cursor < len(source) and source[cursor] == "*":
            cursor += 1
        optional = _OPTIONAL.match(source, cursor)
        if optional is not None:
            cursor = optional.end()
        if cursor < len(source) and source[cursor] == "{":  # \lstinline{..}, \mintinline{l}{..}
            close = self.closing_brace(cursor)
            if close is None:
                self.blank(start, end)
                return end
            if source.startswith("{", close + 1):
                cursor = close + 1
                close = self.closing_brace(cursor)
                if close is None:
                    self.blank(start, end)
                    return end
            self.blank(start, close + 1)
            self.region("code", cursor + 1, close)
            return close + 1
        if cursor >= len(source) or source[cursor] in " \t\r\n":
            self.blank(start, end)
            return end
        delimiter = source[cursor]
        line_end = source.find("\n", cursor + 1)
        close = source.find(delimiter, cursor + 1, len(source) if line_end < 0 else line_end)
        if close < 0:
            self.blank(start, end)
            return end
        self.blank(start, close + 1)
        self.region("code", cursor + 1, close)
        return close + 1

    def url(self, start: int, end: int, name: str) -> int:
        source = self.source
        cursor = skip_space(source, end)
        close = self.closing_brace(cursor) if source.startswith("{", cursor) else None
        if close is None:
            self.blank(start, end)
            return end
        if name == "path":
            self.blank(start, close + 1)
            self.region("code", cursor + 1, close)
            return close + 1
        self.blank(start, cursor + 1)
        self.blank(close, close + 1)
        self.region("link-url", cursor + 1, close)
        if name == "href":
            self.blank(cursor + 1, close)  # the target; the link text that follows is prose
        return close + 1

    def titled(self, start: int, end: int, kind: str) -> int:
        source = self.source
        cursor = skip_space(source, end)
        optional = _OPTIONAL.match(source, cursor)
        if optional is not None:  # \section[short]{Long}
            cursor = skip_space(source, optional.end())
        self.blank(start, cursor)
        if source.startswith("{", cursor):
            close = self.closing_brace(cursor)
            if close is not None:
                self.region(kind, cursor + 1, close)
        return cursor

    def definition(self, start: int, end: int) -> int:
        """``\\def\\name#1#2{body}``: all of it is a definition, none of it prose."""
        source = self.source
        body = source.find("{", end, min(len(source), end + 200))
        close = self.closing_brace(body) if body >= 0 else None
        if close is None:
            self.blank(start, end)
            return end
        self.blank(start, close + 1)
        return close + 1

    def result(self) -> tuple[str, tuple[Region, ...]]:
        parts: list[str] = []
        position = 0
        source = self.source
        for blank_start, end in sorted(self.blanks):
            begin = max(blank_start, position)
            if end <= begin:
                continue
            parts.append(source[position:begin])
            segment = source[begin:end]
            parts.append(_NON_NEWLINE.sub(" ", segment) if "\n" in segment else " " * len(segment))
            position = end
        parts.append(source[position:])
        text = "".join(parts).translate(_PROSE_BLANKS)
        regions = sorted(set(self.regions), key=lambda r: (r.start, r.end, r.kind))
        return text, tuple(regions)


def latex_text(source: str) -> tuple[str, tuple[Region, ...]]:
    """``(text, regions)`` for one LaTeX file; see the module docstring. Never raises."""
    scan = _Scan(source)
    try:
        scan.run()
    except (RecursionError, ValueError, IndexError):  # a scanner bug must not stop a check
        return source, ()
    return scan.result()


# -- includes --------------------------------------------------------------------------------------

_INCLUDE = re.compile(
    r"\\(input|include|subfile|import|subimport|inputfrom|subinputfrom|includefrom"
    r"|subincludefrom)(?![A-Za-z@])\*?"
)


@dataclass(frozen=True, slots=True)
class _File:
    """One file of the manuscript: its path (as shown), text and offset in the source."""

    path: str
    source: str
    start: int


def _include_args(source: str, position: int, two: bool) -> tuple[str, str, int] | None:
    """(directory, name, end) of an include command's arguments at ``position``."""
    values: list[str] = []
    cursor = position
    for _ in range(2 if two else 1):
        cursor = skip_space(source, cursor)
        if not source.startswith("{", cursor):
            break
        close = source.find("}", cursor + 1, cursor + 1000)
        if close < 0 or "{" in source[cursor + 1 : close] or "\n" in source[cursor + 1 : close]:
            return None
        values.append(source[cursor + 1 : close].strip())
        cursor = close + 1
    if two and len(values) == 2:
        return values[0], values[1], cursor
    if not two and len(values) == 1:
        return "", values[0], cursor
    if not two and not values:
        token = _FILE_TOKEN.match(source, skip_space(source, position))
        if token is not None:
            return "", token.group(), token.end()
    return None


def _candidates(command: str, directory: str, name: str, main_dir: str, here: str) -> list[str]:
    names = [name]
    if not name.lower().endswith(".tex"):
        names = [f"{name}.tex"] if command in ("include", "includefrom") else [f"{name}.tex", name]
    if command.startswith("sub"):
        bases = [os.path.join(here, directory)]
    elif directory:
        bases = [directory if os.path.isabs(directory) else os.path.join(main_dir, directory)]
    else:
        bases = list(dict.fromkeys([main_dir, here]))
    return [
        os.path.normpath(n if os.path.isabs(n) else os.path.join(base, n))
        for base in bases
        for n in names
    ]


def _includes(source: str, regions: Sequence[Region]) -> Iterator[tuple[int, str, str, str]]:
    """``(offset, command, directory, name)`` of each include outside comments and verbatim."""
    skipped = [(r.start, r.end) for r in regions if r.kind in ("comment", "code")]
    starts = [start for start, _ in skipped]
    for match in _INCLUDE.finditer(source):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and match.start() < skipped[index][1]:
            continue
        command = match.group(1)
        two = command in ("import", "subimport", "inputfrom", "subinputfrom")
        two = two or command in ("includefrom", "subincludefrom")
        found = _include_args(source, match.end(), two)
        if found is None:
            continue
        directory, name, _ = found
        if not name or "#" in name or "\\" in name:
            continue  # inside a macro definition: not a file
        yield match.start(), command, directory, name


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def _read_included(path: str) -> str:
    from refcheck.ingest import read_bytes  # the package imports this module: import late

    source, _ = decode(read_bytes(path), path)
    return source


Scanned = tuple[str, str, tuple[str, tuple[Region, ...]]]  # path, source, latex_text(source)


def expand_includes(path: str, source: str) -> tuple[tuple[str, str], ...]:
    """The manuscript's files in reading order, ``(path, text)``, the main file first; raises
    ``InputError`` (one line) for a missing file, a cycle or a limit."""
    return tuple((file_path, text) for file_path, text, _ in _expand(path, source))


def _expand(path: str, source: str) -> list[Scanned]:
    """``expand_includes`` keeping each file's scan, so that no file is scanned twice."""
    main_dir = os.path.dirname(path)
    files: list[Scanned] = [(path, source, latex_text(source))]
    total = len(source.encode("utf-8", "surrogatepass"))

    def visit(current: str, text: str, regions: Sequence[Region], chain: tuple[str, ...]) -> None:
        nonlocal total
        here = os.path.dirname(current)
        for offset, command, directory, name in _includes(text, regions):
            where = f"{current}:{_line_of(text, offset)}"
            candidates = _candidates(command, directory, name, main_dir, here)
            found = next((c for c in candidates if os.path.isfile(c)), None)
            if found is None:
                raise InputError(
                    f"{where}: \\{command}{{{name}}}: no such file ({' or '.join(candidates)})"
                )
            real = os.path.realpath(found)
            if real in chain:
                shown = " -> ".join([*(p for p, _ in _chain_paths(chain, files)), found])
                raise InputError(
                    f"{where}: \\{command}{{{name}}} includes {found} again "
                    f"(an include cycle: {shown})"
                )
            if len(chain) >= MAX_INCLUDE_DEPTH:
                raise InputError(f"{where}: includes are nested more than {MAX_INCLUDE_DEPTH} deep")
            if len(files) > MAX_INCLUDES:
                raise InputError(f"{path}: includes more than {MAX_INCLUDES} files")
            child = _read_included(found)
            total += len(child.encode("utf-8", "surrogatepass"))
            if total > MAX_BYTES:
                raise InputError(f"{path}: with its included files is larger than 64 MB")
            scan = latex_text(child)
            files.append((found, child, scan))
            visit(found, child, scan[1], (*chain, real))

    visit(path, source, files[0][2][1], (os.path.realpath(path),))
    return files


def _chain_paths(chain: tuple[str, ...], files: Sequence[Scanned]) -> Iterator[tuple[str, str]]:
    """The files of ``chain`` (real paths) with the paths they were read by."""
    by_real = {os.path.realpath(p): (p, t) for p, t, _ in files}
    for real in chain:
        if real in by_real:
            yield by_real[real]


def build_document(
    path: str,
    source: str,
    encoding: str = "utf-8",
    included: Sequence[tuple[str, str]] = (),
) -> Document:
    """A LaTeX Document from the main file's text and its included files (no I/O)."""
    files = [(p, s, latex_text(s)) for p, s in [(path, source), *included]]
    return _assemble(path, encoding, files)


def _assemble(path: str, encoding: str, files: Sequence[Scanned]) -> Document:
    parts: list[str] = []
    texts: list[str] = []
    regions: list[Region] = []
    offset = 0
    for index, (file_path, file_source, (text, file_regions)) in enumerate(files):
        if index and parts and not parts[-1].endswith("\n"):
            parts.append("\n")
            texts.append("\n")
            offset += 1
        parts.append(file_source)
        texts.append(text)
        regions.extend(Region(r.kind, r.start + offset, r.end + offset) for r in file_regions)
        if index:
            regions.append(Region(f"{FILE_REGION}{file_path}", offset, offset + len(file_source)))
        offset += len(file_source)
    ordered = tuple(sorted(regions, key=lambda r: (r.start, r.end, r.kind)))
    return Document(path, "latex", "".join(parts), "".join(texts), encoding, ordered)


class LatexReader:
    """LaTeX sources (``.tex``, ``.latex``, ``.ltx``) and files that start with
    ``\\documentclass``; follows ``\\input``/``\\include``."""

    name = "latex"
    suffixes: tuple[str, ...] = (".tex", ".latex", ".ltx")
    textual = True

    _SNIFF = re.compile(
        rb"\A(?:\xef\xbb\xbf)?(?:[ \t\r\n]++|%[^\n]{0,2000}+\n){0,200}+\\documentclass"
    )

    def sniff(self, data: bytes) -> bool:
        return bool(self._SNIFF.match(data[:65536]))

    def read(self, path: str, data: bytes) -> Document:
        source, encoding = decode(data, path)
        files = _expand(path, source)
        document = _assemble(path, encoding, files)
        bbl = _bbl_instead_of_bib(document)
        if bbl is not None:  # arXiv sources: the .bbl BibTeX wrote, without the .bib
            document = _assemble(path, encoding, [*files, (*bbl, latex_text(bbl[1]))])
        return document


def _bbl_instead_of_bib(document: Document) -> tuple[str, str] | None:
    """``(path, text)`` of ``<main>.bbl`` when none of the named ``.bib`` files exists and the
    ``.bbl`` holds a ``thebibliography``: LaTeX itself reads it at ``\\bibliography``."""
    paths = bibliography_paths(document)
    if not paths or any(os.path.isfile(p) for p in paths):
        return None
    bbl = os.path.splitext(document.path)[0] + ".bbl"
    if not os.path.isfile(bbl):
        return None
    text = _read_included(bbl)
    return (bbl, text) if _BIBLIOGRAPHY_START.search(text) else None


READER = LatexReader()


# -- locations in included files -------------------------------------------------------------------


def included_files(doc: Document) -> tuple[tuple[str, int, int], ...]:
    """``(path, start, end)`` of each included file's stretch of ``doc.source``."""
    return tuple(
        (r.kind[len(FILE_REGION) :], r.start, r.end)
        for r in doc.regions
        if r.kind.startswith(FILE_REGION)
    )


def relocate_findings(doc: Document, findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Findings located in an included file's stretch, moved to that file: ``path`` set and the
    span in the file's own offsets, lines and columns. Others are returned unchanged."""
    files = included_files(doc)
    if not files:
        return tuple(findings)
    starts = [start for _, start, _ in files]
    located: dict[int, Document] = {}
    moved: list[Finding] = []
    for finding in findings:
        span = finding.span
        if span is None or finding.path is not None:
            moved.append(finding)
            continue
        index = bisect.bisect_right(starts, span.start) - 1
        if index < 0 or span.start >= files[index][2]:
            moved.append(finding)
            continue
        path, start, end = files[index]
        if index not in located:
            located[index] = Document(path, "latex", doc.source[start:end])
        inner = located[index].span(span.start - start, min(span.end, end) - start)
        moved.append(replace(finding, path=path, span=inner))
    return tuple(moved)


# -- thebibliography -------------------------------------------------------------------------------

_BIBLIOGRAPHY_START = re.compile(r"\\begin[ \t]*+\{thebibliography\}")
_BIBLIOGRAPHY_END = re.compile(r"\\end[ \t]*+\{thebibliography\}")
_BIBITEM = re.compile(r"\\bibitem(?![A-Za-z@])")
_BIBITEM_KEY = re.compile(r"\{([^{}]{1,500}+)\}")
_SPACES = re.compile(r"\s+")


def _entry_text(
    doc: Document, start: int, end: int, emphasis: Sequence[Region], starts: Sequence[int]
) -> str:
    """The blanked text of an entry, emphasis marked ``*..*`` for the reference parser."""
    chars = list(doc.text[start:end])
    for index in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        region = emphasis[index]
        before, after = region.start - 1 - start, region.end - start
        if before >= 0 and after < len(chars) and chars[before] == " " and chars[after] == " ":
            chars[before] = chars[after] = "*"
    return _SPACES.sub(" ", "".join(chars)).strip()


def _environments(doc: Document) -> list[tuple[int, int, int, int]]:
    """``(begin, content start, content end, end)`` of each ``thebibliography`` environment
    outside comments and verbatim."""
    skipped = sorted((r.start, r.end) for r in doc.regions if r.kind in ("comment", "code"))
    starts = [start for start, _ in skipped]

    def covered(offset: int) -> bool:
        index = bisect.bisect_right(starts, offset) - 1
        return index >= 0 and offset < skipped[index][1]

    source = doc.source
    found: list[tuple[int, int, int, int]] = []
    position = 0
    while True:
        begin = _BIBLIOGRAPHY_START.search(source, position)
        if begin is None:
            return found
        position = begin.end()
        if covered(begin.start()):
            continue
        end = _BIBLIOGRAPHY_END.search(source, begin.end())
        content_end, env_end = (end.start(), end.end()) if end else (len(source), len(source))
        found.append((begin.start(), begin.end(), content_end, env_end))
        position = env_end


def latex_references(doc: Document) -> tuple[ReferenceSection | None, tuple[Reference, ...]]:
    """``(section, references)`` of a LaTeX document, as ``extract_references`` gives them.

    The section is the last ``thebibliography`` environment (so that ``body_ranges`` skips it);
    the entries are the ``\\bibitem``s of all of them, ids r1..rN. Without one, and without a
    named bibliography file, the plain-text search runs on the blanked text.
    """
    environments = _environments(doc)
    if not environments:
        if bibliography_names(doc):
            return None, ()
        plain = Document(doc.path, "text", doc.text, "", doc.encoding, doc.regions)
        return extract_references(plain)
    source = doc.source
    skipped = sorted((r.start, r.end) for r in doc.regions if r.kind in ("comment", "code"))
    skipped_starts = [start for start, _ in skipped]
    emphasis = sorted(doc.regions_of("emphasis"), key=lambda r: (r.start, r.end))
    emphasis_starts = [r.start for r in emphasis]
    references: list[Reference] = []
    for _, content, content_end, _ in environments:
        items = []
        for match in _BIBITEM.finditer(source, content, content_end):
            index = bisect.bisect_right(skipped_starts, match.start()) - 1
            if index < 0 or match.start() >= skipped[index][1]:
                items.append(match.start())
        for number, item_start in enumerate(items):
            item_end = items[number + 1] if number + 1 < len(items) else content_end
            cursor = skip_space(source, item_start + len("\\bibitem"))
            optional = _OPTIONAL.match(source, cursor)
            if optional is not None:
                cursor = skip_space(source, optional.end())
            key_match = _BIBITEM_KEY.match(source, cursor)
            key = key_match.group(1).strip() if key_match else None
            body_start = key_match.end() if key_match else cursor
            raw_end = item_start + len(source[item_start:item_end].rstrip())
            text = _entry_text(doc, body_start, raw_end, emphasis, emphasis_starts)
            parsed = parse_reference(text, f"r{len(references) + 1}", doc.span(item_start, raw_end))
            references.append(replace(parsed, raw=source[item_start:raw_end], key=key or None))
    last = environments[-1]
    return ReferenceSection(None, last[0], last[3]), tuple(references)


__all__ = [
    "FILE_REGION",
    "MAX_BYTES",
    "MAX_INCLUDES",
    "MAX_INCLUDE_DEPTH",
    "READER",
    "LatexReader",
    "build_document",
    "expand_includes",
    "included_files",
    "latex_references",
    "latex_text",
    "relocate_findings",
]
