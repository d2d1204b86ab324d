"""Bytes to text: Unicode BOMs, strict UTF-8, then a guarded guess at a legacy code page.

Why this order: UTF-8 is by far the common case and a strict decode is both fast and certain, so
it runs first and over the whole file. Only bytes that are *not* UTF-8 pay for detection, and
detection looks at a window around the first invalid byte (not at a 50 MB file). A guess is
accepted only when the decoded window reads like text (see ``_implausibility``); otherwise the
caller gets one clear line rather than mojibake. The BOM is stripped, so offsets (and columns)
count the characters after it. Newlines are kept as they are (no ``\\r\\n`` translation), so
every offset in the decoded text is exact.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from refcheck.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

SNIFF_BYTES = 8192
"""How much of the start of a file is inspected for NUL bytes and magic numbers."""

DETECT_BYTES = 256 * 1024
"""Window given to charset-normalizer; enough for a confident guess, bounded for huge files."""

_SCORE_CHARS = 32 * 1024
"""Characters of the decoded window scored by ``_implausibility`` (a Python-level loop)."""

_MAX_IMPLAUSIBILITY = 0.2

# Tried in this order when charset-normalizer has no language-coherent answer (short samples:
# it calls a one-line Russian heading "johab"). Order breaks ties: Western first.
_LEGACY = ("cp1252", "cp1251", "cp1250", "koi8_r", "iso8859_2", "latin_1")

# Encodings a manuscript plausibly comes in. charset-normalizer also proposes DOS and Mac code
# pages (cp437, cp1125, johab...) that read almost any byte soup as letters; they are left out so
# that garbage is reported instead of being "decoded".
_ALLOWED = frozenset(
    codecs.lookup(name).name
    for name in (
        *(f"cp{n}" for n in range(1250, 1259)),
        *(f"iso8859_{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16)),
        "koi8_r",
        "koi8_u",
        "kz1048",
        "mac_roman",
        "cp874",
        "cp932",
        "shift_jis",
        "euc_jp",
        "iso2022_jp",
        "gb2312",
        "gbk",
        "gb18030",
        "big5",
        "big5hkscs",
        "cp949",
        "euc_kr",
    )
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "DOC/OLE2"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite"),
    # text, but of control words: read as prose it would give findings on "\\par" and "\\f0"
    (b"{\\rtf", "RTF"),
)


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a Unicode byte-order mark at the start of ``data``, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: ASCII-range characters leave NULs on one side only.

    Only mostly-Latin text is recognised (70% of code units with a NUL high byte): below that,
    NUL-bearing bytes are far more likely binary, and UTF-16 files normally carry a BOM anyway.
    """
    head = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 16 or len(data) % 2:  # too short to tell from UTF-8 that contains NULs
        return None
    pairs = len(head) // 2
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    if odd_nuls >= 0.7 * pairs and even_nuls <= 0.05 * pairs:
        encoding = "utf-16-le"
    elif even_nuls >= 0.7 * pairs and odd_nuls <= 0.05 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _zip_kind(data: bytes) -> str:
    head = data[:65536]
    if b"word/" in head:
        return "DOCX"
    if b"xl/" in head:
        return "XLSX"
    if b"ppt/" in head:
        return "PPTX"
    if b"mimetypeapplication/epub+zip" in head:
        return "EPUB"
    if b"mimetypeapplication/vnd.oasis.opendocument" in head:
        return "OpenDocument"
    return "ZIP archive"


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of a non-text file ("PDF", "DOCX", "NUL bytes"...), or None if it may be text.

    Unicode BOMs and BOM-less UTF-16 are text even though their ASCII characters carry NULs.
    """
    if bom_encoding(data) is not None:
        return None
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind == "Windows executable" and b"\x00" not in data[:SNIFF_BYTES]:
                continue  # "MZ" is also how a plain text file may begin
            return kind
    if b"\x00" in data[:SNIFF_BYTES]:
        if _utf16_without_bom(data) is not None:
            return None
        return "contains NUL bytes"
    return None


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode a file's bytes; return ``(text, encoding)``. ``name`` prefixes error messages.

    Raises ``InputError`` (one line) when no encoding reads the bytes as plausible text.
    """
    bom = bom_encoding(data)
    if bom is not None:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as error:
            raise InputError(
                f"{name}: starts with a {bom} byte-order mark but is not valid {bom} "
                f"(byte offset {error.start})"
            ) from None
        # "utf-8-sig" strips its BOM; the UTF-16/32 codecs named by byte order keep it.
        return text.removeprefix("\ufeff"), bom
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:SNIFF_BYTES] else None
    if utf16 is not None:
        return data.decode(utf16), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        bad = error.start
    for encoding in _candidates(data, bad):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    line, column = _position(data, bad)
    raise InputError(
        f"{name}: is not valid UTF-8 (byte 0x{data[bad]:02X} at line {line}, column {column}) "
        "and its encoding could not be detected; save it as UTF-8"
    )


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def _candidates(data: bytes, bad: int) -> list[str]:
    """Encodings that read the window around the first non-UTF-8 byte as text, best first."""
    start = max(0, bad - 4096)
    window = data[start : start + DETECT_BYTES]
    if _looks_like_damaged_utf8(window):
        return []
    import charset_normalizer  # only files that are not UTF-8 pay for its import

    seen: set[str] = set()
    coherent: list[str] = []
    others: list[str] = []
    for match in charset_normalizer.from_bytes(window):
        encoding = codecs.lookup(match.encoding).name
        if encoding in _ALLOWED:
            # A language-coherent guess means charset-normalizer recognised the text: its
            # ranking then beats our fixed order ("cp1251" over "mac-cyrillic" for Russian).
            (coherent if match.coherence >= 0.1 else others).append(encoding)
    score_window = window[: _SCORE_CHARS * 2]
    scored: list[tuple[float, int, str]] = []
    for order, candidate in enumerate((*coherent, *_LEGACY, *others)):
        encoding = codecs.lookup(candidate).name
        if encoding in seen:
            continue
        seen.add(encoding)
        sample = score_window.decode(encoding, "ignore")
        implausibility = _implausibility(sample[:_SCORE_CHARS])
        if implausibility <= _MAX_IMPLAUSIBILITY:
            scored.append((implausibility, order, encoding))
    scored.sort()
    return [encoding for *_, encoding in scored]


def _looks_like_damaged_utf8(window: bytes) -> bool:
    """Mostly valid UTF-8 with a few bad bytes is a damaged UTF-8 file, not a legacy one."""
    text = window.decode("utf-8", "replace")
    invalid = text.count("\ufffd")
    valid_non_ascii = len(text) - len(text.encode("ascii", "ignore")) - invalid
    return valid_non_ascii > invalid


_TOKEN = re.compile(r"\S+")


def _script(ch: str) -> str:
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code < 0x1F00:
        return "latin"
    if 0x370 <= code < 0x400:
        return "greek"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0xAC00 <= code < 0xD7B0 or 0x1100 <= code < 0x1200 or 0x3130 <= code < 0x3190:
        return "hangul"  # kept apart from Han: a word mixing them is mojibake, not Korean
    return "other"


# Symbols that a code page mix-up glues to letters: cp1250 Polish read as cp1252 turns "Łódź" into
# "£ódŸ" and "ż" into "¿". Spanish "¿Qué" is fine: "¿"/"¡" count only *after* a letter.
_GLUED = frozenset("£¤¥¦§¨©¬®¯±²³¶¸¹¼½¾")
_GLUED_AFTER = frozenset("¿¡")


def _bad_token(token: str) -> bool:
    scripts: set[str] = set()
    ascii_letters = latin_non_ascii = 0
    previous_lower = False
    for index, ch in enumerate(token):
        if ch in _GLUED or ch in _GLUED_AFTER:
            before = index > 0 and token[index - 1].isalpha()
            after = index + 1 < len(token) and token[index + 1].isalpha()
            if before or (after and ch in _GLUED):
                return True
        if ch < "\x80":
            if ch.isalpha():
                ascii_letters += 1
                scripts.add("latin")
            previous_lower = ch.islower()
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Co", "Cn", "Cs") or "\u2500" <= ch <= "\u25ff":
            return True  # control characters, unassigned code points, box drawing, shapes
        if not ch.isalpha():
            previous_lower = False
            continue
        script = _script(ch)
        scripts.add(script)
        if "\u00c0" <= ch <= "\u00ff":
            latin_non_ascii += 1
        if previous_lower and ch.isupper():
            return True  # "яПИСОК": a cp1251 text read as KOI8-R flips the case mid-word
        previous_lower = ch.islower()
    if len(scripts) > 1:
        return True  # "Gуrecki": Latin and Cyrillic mixed inside one word
    # "Ñïèñîê" (cp1251 read as cp1252): Latin-1 letters dominate no real word ("Żółć" has one)
    return latin_non_ascii >= 3 and latin_non_ascii > ascii_letters


def _implausibility(text: str) -> float:
    """Share of words with non-ASCII characters that look like mojibake (0.0 = all plausible)."""
    tokens = [token for token in _TOKEN.findall(text) if not token.isascii()]
    if not tokens:
        return 0.0
    return sum(1 for token in tokens if _bad_token(token)) / len(tokens)
