"""Turn the bytes of one article into text, without ever raising.

Order of evidence: a byte-order mark, the NUL pattern of UTF-16/32 without a
BOM, strict UTF-8, a declared charset (HTTP header or ``<meta>``), mostly-valid
UTF-8 with a few broken sequences, Western single-byte text (cp1252), and
finally charset-normalizer's guess.  The text is returned exactly as decoded
(only a BOM is dropped) because every offset in the project refers to it.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# WHATWG: pages labelled latin-1 or ASCII are decoded as windows-1252, and a
# UTF-16/32 label on bytes that are not UTF-16/32 is ignored.
_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}
_IGNORED_DECLARED = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SAMPLE = 65_536
# C0/C1 control characters other than tab, line breaks, form feed and escape
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding name)``; never raises.

    ``declared`` is a charset named by the container (HTTP header, ``<meta>``);
    it is used only when the bytes are not valid UTF-8 and it decodes them.
    """
    bom = bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace"), bom
    wide = wide_encoding(data)
    if wide:
        return data.decode(wide, errors="replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = normalize_charset(declared)
    if codec and codec != "utf-8":
        try:
            return data.decode(codec), codec
        except (UnicodeError, LookupError):
            pass
    return _decode_unlabelled(data)


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of ``data``."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def wide_encoding(data: bytes) -> str | None:
    """Detect BOM-less UTF-32 or UTF-16 from where the NUL bytes fall."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    for width, endings in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        usable = len(sample) - len(sample) % width
        shares = [_nul_share(sample[i:usable:width]) for i in range(width)]
        little = min(shares[1:]) > 0.5 and shares[0] < 0.1
        big = min(shares[:-1]) > 0.5 and shares[-1] < 0.1
        if little or big:
            codec = endings[0] if little else endings[1]
            if _decodes_cleanly(data, codec):
                return codec
    return None


def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if unknown or ignored."""
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip().strip("\"'"))
    except (LookupError, ValueError):
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name in _IGNORED_DECLARED:
        return None
    return _ALIASES.get(name, name)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP ``Content-Type`` or an HTML ``<meta>`` tag declares."""
    if content_type:
        match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
        if match and normalize_charset(match.group(1)):
            return match.group(1)
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def binary_reason(data: bytes, text: str, encoding: str) -> str | None:
    """Why these bytes look like a binary file rather than text, or None."""
    if not encoding.startswith(("utf-16", "utf-32")) and b"\x00" in data:
        return "binary file (NUL bytes)"
    sample = text[:_SAMPLE]
    if not sample:
        return None
    share = len(_CONTROLS.findall(sample)) / len(sample)
    if share > 0.1:
        return f"binary file ({share:.0%} control characters)"
    return None


def _decode_unlabelled(data: bytes) -> tuple[str, str]:
    replaced = data.decode("utf-8", errors="replace")
    broken = replaced.count("\ufffd")
    valid = len(_VALID_NON_ASCII.findall(replaced))
    if valid >= broken:
        return replaced, "utf-8"
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and looks_western(western):
        return western, "cp1252"
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        codec = normalize_charset(best.encoding) or "cp1252"
        return data.decode(codec, errors="replace"), codec
    return data.decode("cp1252", errors="replace"), "cp1252"


def looks_western(text: str) -> bool:
    """True if non-ASCII letters mostly stand alone among ASCII ones.

    In Latin-script text accented letters are scattered (``Müller``, ``été``);
    Cyrillic, Greek or Hebrew bytes read as cp1252 give runs of accented
    letters (``Ìèíèñòð``).
    """
    letters = paired = 0
    for match in _NON_ASCII.finditer(text):
        i = match.start()
        if not text[i].isalpha():
            continue
        letters += 1
        neighbours = text[max(0, i - 1) : i] + text[i + 1 : i + 2]
        paired += any(ord(c) > 127 and c.isalpha() for c in neighbours)
    return letters == 0 or paired / letters < 0.5


def _nul_share(column: bytes) -> float:
    return column.count(0) / len(column) if column else 0.0


def _decodes_cleanly(data: bytes, codec: str) -> bool:
    text = data[:_SAMPLE].decode(codec, errors="replace")
    return text.count("\ufffd") <= max(1, len(text) // 1000)
