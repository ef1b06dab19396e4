"""read_sources end to end: every format and every kind of bad input."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from caseboard.config import IngestConfig, load_config
from caseboard.ingest import read_sources
from caseboard.records import RawDocument, Skipped, SourceHints

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SEEDS = ROOT / "examples" / "soleimani"
CFG = IngestConfig(extensions=load_config().ingest.extensions)


def read(*paths: str | Path, cfg: IngestConfig = CFG) -> list[RawDocument | Skipped]:
    return list(read_sources([str(p) for p in paths], cfg))


def one_doc(path: str | Path) -> RawDocument:
    (doc,) = read(path)
    assert isinstance(doc, RawDocument), doc
    return doc


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_seed_corpus_reads_as_five_text_documents() -> None:
    docs = read(SEEDS)
    assert len(docs) == 5 and all(isinstance(d, RawDocument) for d in docs)
    for doc in docs:
        assert isinstance(doc, RawDocument)
        data = Path(doc.path).read_bytes()
        assert doc.kind == "text" and doc.encoding == "utf-8"
        assert doc.sha256 == sha(data)
        assert doc.text == data.decode("utf-8")
    assert [os.path.basename(d.path) for d in docs] == sorted(os.listdir(SEEDS))


def test_order_is_deterministic() -> None:
    first = [(d.path, getattr(d, "sha256", "")) for d in read(FIXTURES, SEEDS)]
    second = [(d.path, getattr(d, "sha256", "")) for d in read(FIXTURES, SEEDS)]
    assert first == second


def test_cp1252_file() -> None:
    doc = one_doc(FIXTURES / "smart_quotes_cp1252.txt")
    assert doc.encoding == "cp1252"
    assert "\u201cthe bridge will reopen in March\u201d \u2014 but the caf\u00e9" in doc.text
    assert doc.text.endswith("\r\n")  # line endings kept so offsets match the file


@pytest.mark.parametrize(
    ("name", "encoding"), [("utf16le_nobom.txt", "utf-16-le"), ("utf16be_bom.txt", "utf-16")]
)
def test_utf16_files(name: str, encoding: str) -> None:
    doc = one_doc(FIXTURES / name)
    assert doc.encoding == encoding
    assert doc.text == "Council minutes: the vote passed 7\u20132 on Tuesday.\n"


def test_utf8_bom_is_stripped_from_text_but_hashed() -> None:
    path = FIXTURES / "utf8_bom.md"
    doc = one_doc(path)
    assert doc.text.startswith("# Notes") and doc.encoding == "utf-8-sig"
    assert doc.sha256 == sha(path.read_bytes())


def test_html_meta_charset_is_honoured() -> None:
    doc = one_doc(FIXTURES / "latin1_meta.html")
    assert doc.kind == "html" and doc.encoding == "cp1252"
    assert "J\u00fcrgen M\u00fcller won the election in K\u00f6ln" in doc.text


def test_undecodable_bytes_are_replaced() -> None:
    doc = one_doc(FIXTURES / "broken_utf8.txt")
    assert doc.encoding == "utf-8"
    assert "\ufffd" in doc.text and "r\u00e9sum\u00e9 intact." in doc.text


def test_gzipped_html_hashes_the_decompressed_bytes(tmp_path: Path) -> None:
    path = FIXTURES / "port.html.gz"
    doc = one_doc(path)
    html = gzip.decompress(path.read_bytes())
    assert doc.kind == "html" and doc.text == html.decode()
    plain = tmp_path / "port.html"
    plain.write_bytes(html)
    assert one_doc(plain).sha256 == doc.sha256


def test_gzip_detected_by_magic_bytes(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(gzip.compress(b"A gzipped story without a .gz name."))
    assert one_doc(path).text == "A gzipped story without a .gz name."


def test_jsonl_good_and_bad_lines() -> None:
    path = FIXTURES / "mixed.jsonl"
    lines = path.read_bytes().split(b"\n")
    items = read(path)
    assert [(type(i).__name__, i.path.rsplit("#", 1)[1]) for i in items] == [
        ("RawDocument", "L1"),
        ("Skipped", "L2"),
        ("RawDocument", "L4"),
        ("Skipped", "L5"),
        ("Skipped", "L6"),
        ("RawDocument", "L7"),
    ]
    first, bad, html, nobody, notobj, last = items
    assert isinstance(first, RawDocument) and isinstance(html, RawDocument) and isinstance(last, RawDocument)
    assert first.text == "Floods closed the northern highway on Friday." and first.kind == "text"
    assert first.sha256 == sha(lines[0])
    assert first.hints == SourceHints(
        url="https://example.org/a",
        title="Floods",
        outlet="Example Daily",
        published="2021-03-05",
        authors=["A. Writer", "B. Editor"],
    )
    assert html.kind == "html" and html.text == "<p>Rail fares rise again.</p>"
    assert html.hints.authors == ["C. Reporter"] and html.hints.published == "2020"
    assert last.text == "Caf\u00e9 owners protest." and last.hints.title is None
    assert isinstance(bad, Skipped) and bad.reason.startswith("invalid JSON on line 2: ")
    assert nobody.reason == 'line 5 has neither a "text" nor an "html" string'
    assert notobj.reason == "line 6 is not a JSON object"


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    line = json.dumps({"text": "Harbour reopens."}).encode()
    path.write_bytes(gzip.compress(line + b"\n"))
    (doc,) = read(path)
    assert isinstance(doc, RawDocument)
    assert doc.path == f"{path}#L1" and doc.sha256 == sha(line)


def test_jsonl_line_over_the_limit_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    big = json.dumps({"text": "x" * 5000})
    path.write_text(big + "\n" + json.dumps({"text": "short"}) + "\n")
    items = read(path, cfg=IngestConfig(max_bytes=1000))
    assert isinstance(items[0], Skipped) and items[0].reason.startswith("line 1 larger than ingest.max_bytes")
    assert isinstance(items[1], RawDocument) and items[1].text == "short"


def test_warc_reads_html_responses_only() -> None:
    path = FIXTURES / "crawl.warc.gz"
    items = read(path)
    assert all(isinstance(i, RawDocument) for i in items)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [(d.path, d.hints.url, d.encoding) for d in docs] == [
        (f"{path}#1", "https://example.org/news/1", "cp1252"),
        (f"{path}#4", "https://example.org/news/2", "utf-8"),
    ]
    assert "Wildfire contained after \u201cthree days\u201d." in docs[0].text
    assert "Z\u00fcrich votes." in docs[1].text
    assert docs[0].sha256 == sha(docs[0].text.encode("cp1252"))


def test_warc_written_at_test_time_uncompressed(tmp_path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    body = b"<html><body><p>Storm warning issued.</p></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
    record = writer.create_warc_record(
        "https://example.org/s", "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)
    path = tmp_path / "one.warc"
    path.write_bytes(buf.getvalue())
    (doc,) = read(path)
    assert isinstance(doc, RawDocument) and doc.sha256 == sha(body) and doc.path == f"{path}#0"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("this is not a web archive\n", "not a WARC file (no WARC records found)"),
        ("not a web archive\nmore\n\nand more text here\n", "not a valid WARC record: "),
    ],
)
def test_not_a_warc(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "fake.warc"
    path.write_text(content)
    (item,) = read(path)
    assert isinstance(item, Skipped) and item.reason.startswith(reason)


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"  \n\t\n")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n\n")
    assert [(os.path.basename(i.path), getattr(i, "reason", "")) for i in read(tmp_path)] == [
        ("blank.jsonl", "no articles in file (only blank lines)"),
        ("blank.md", "empty file (only whitespace)"),
        ("empty.jsonl", "empty file"),
        ("empty.txt", "empty file"),
    ]


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert read(path) == [Skipped(str(path), "binary file (NUL bytes)")]
    assert isinstance(read(path, cfg=IngestConfig(skip_binary=False))[0], RawDocument)


def test_50_mb_file_is_skipped_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as out:
        out.truncate(50_000_000)  # sparse: nothing is written
    tracemalloc.start()
    items = read(path, cfg=IngestConfig())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert items == [Skipped(str(path), "larger than ingest.max_bytes (50000000 bytes; limit 20000000)")]
    assert peak < 5_000_000


def test_gzip_that_inflates_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 200_000))
    (item,) = read(path, cfg=IngestConfig(max_bytes=100_000))
    assert isinstance(item, Skipped) and "once decompressed" in item.reason


def test_truncated_gzip(tmp_path: Path) -> None:
    path = tmp_path / "cut.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"word " * 2000 + b"</p>")[:60])
    (item,) = read(path)
    assert isinstance(item, Skipped) and item.reason.startswith("cannot read: ")


def test_no_limit_when_max_bytes_is_zero(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 1000)
    assert read(path, cfg=IngestConfig(max_bytes=100))[0] == Skipped(
        str(path), "larger than ingest.max_bytes (5000 bytes; limit 100)"
    )
    assert isinstance(read(path, cfg=IngestConfig(max_bytes=0))[0], RawDocument)


def test_bad_paths_never_raise(tmp_path: Path) -> None:
    os.symlink("loop.txt", tmp_path / "loop.txt")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    unreadable = tmp_path / "locked.txt"
    unreadable.write_text("secret")
    unreadable.chmod(0)
    items = read(tmp_path / "missing", tmp_path / "loop.txt", tmp_path / "report.pdf", unreadable, SEEDS)
    reasons = [i.reason for i in items if isinstance(i, Skipped)]
    assert reasons[:3] == ["no such file or folder", "symlink loop", "unsupported file type .pdf"]
    if os.geteuid() != 0:  # root can read a chmod-0 file
        assert reasons[3].startswith("cannot read: ")
    assert sum(isinstance(i, RawDocument) for i in items) == 5 + (os.geteuid() == 0)
