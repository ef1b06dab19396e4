"""decode_bytes and binary detection on real encodings."""

from __future__ import annotations

import codecs

import pytest

from caseboard.ingest.decode import binary_reason, declared_charset, decode_bytes, looks_western

SENTENCE = "The council said \u201cno\u201d to the caf\u00e9 plan \u2014 twice."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le"), "utf-32"),
        (codecs.BOM_UTF32_BE + SENTENCE.encode("utf-32-be"), "utf-32"),
    ],
)
def test_bom_is_honoured_and_stripped(data: bytes, encoding: str) -> None:
    text, name = decode_bytes(data)
    assert text == SENTENCE
    assert name == encoding
    assert data.decode(name) == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_bom_are_found_by_nul_pattern(codec: str) -> None:
    assert decode_bytes(SENTENCE.encode(codec)) == (SENTENCE, codec)


def test_cp1252_smart_quotes() -> None:
    data = SENTENCE.encode("cp1252")
    assert b"\x93" in data and b"\x94" in data
    assert decode_bytes(data) == (SENTENCE, "cp1252")


def test_latin1_german_text_reads_as_western() -> None:
    text = "J\u00fcrgen M\u00fcller gr\u00fc\u00dfte die B\u00fcrger in K\u00f6ln."
    assert decode_bytes(text.encode("latin-1"))[0] == text


def test_cyrillic_single_byte_is_not_forced_into_cp1252() -> None:
    text = "Министр заявил, что страна ответит."
    decoded, name = decode_bytes(text.encode("cp1251"))
    assert name != "cp1252"
    assert decoded == text


def test_broken_bytes_in_mostly_utf8_are_replaced_not_fatal() -> None:
    data = "na\u00efve r\u00e9sum\u00e9 ".encode() + b"\xff\xc3 end"
    text, name = decode_bytes(data)
    assert name == "utf-8"
    assert text == "na\u00efve r\u00e9sum\u00e9 \ufffd\ufffd end"


def test_declared_charset_used_only_when_bytes_are_not_utf8() -> None:
    cyrillic = "Министр"
    assert decode_bytes(cyrillic.encode("cp1251"), "windows-1251") == (cyrillic, "cp1251")
    # a wrong label on valid UTF-8 is ignored
    assert decode_bytes(cyrillic.encode("utf-8"), "iso-8859-1") == (cyrillic, "utf-8")


@pytest.mark.parametrize("label", ["rot13", "no-such-charset", "utf-16", ""])
def test_unusable_declared_labels_never_crash(label: str) -> None:
    text, name = decode_bytes(SENTENCE.encode("cp1252"), label)
    assert text == SENTENCE and name == "cp1252"


def test_latin1_label_means_windows_1252_as_in_browsers() -> None:
    assert decode_bytes(SENTENCE.encode("cp1252"), "ISO-8859-1") == (SENTENCE, "cp1252")


def test_declared_charset_from_header_then_meta() -> None:
    page = b'<html><head><meta charset="koi8-r"></head>'
    assert declared_charset(page) == "koi8-r"
    assert declared_charset(page, "text/html; charset=UTF-8") == "UTF-8"
    assert declared_charset(page, "text/html; charset=bogus") == "koi8-r"
    assert declared_charset(b"<p>no declaration</p>") is None


def test_every_byte_value_decodes_without_error() -> None:
    text, _ = decode_bytes(bytes(range(256)) * 4)
    assert len(text) >= 256


def test_binary_detection() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
    assert binary_reason(png, *decode_bytes(png)) == "binary file (NUL bytes)"
    controls = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 20 + b"some text"
    reason = binary_reason(controls, *decode_bytes(controls))
    assert reason is not None and "control characters" in reason
    utf16 = SENTENCE.encode("utf-16-le")
    assert binary_reason(utf16, *decode_bytes(utf16)) is None
    prose = b"Line one.\r\n\tIndented line two.\f\n"
    assert binary_reason(prose, *decode_bytes(prose)) is None


def test_looks_western() -> None:
    assert looks_western("J\u00fcrgen M\u00fcller in K\u00f6ln")
    assert not looks_western(
        "\u00cc\u00e8\u00ed\u00e8\u00f1\u00f2\u00f0 \u00e7\u00e0\u00ff\u00e2\u00e8\u00eb"
    )
