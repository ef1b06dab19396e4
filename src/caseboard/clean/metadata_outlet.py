"""The outlet of a document, read from general signals in its text, precision first.

An outlet is taken only from a line that names a publisher: a wiki's "From X, the free
encyclopedia" line, a copyright notice ("© 2010 The Guardian", "Copyright BBC"), a wire
dateline ("GENEVA (Reuters) -"), a byline with an affiliation ("By Joe Roe, BBC business
correspondent"), a site-name line removed from the top of the page, a line that is only a
domain, else the host of the document's URL.  Whatever is found must look like a name
(capitalised words, or a domain), never a lowercase phrase; when unsure, nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from caseboard.clean.metadata_dates import WIRE_AGENCY
from caseboard.records import CleanDocument

OPENING_LINES = 8  # lines at the top of a page searched for a dateline or a byline (also by metadata.opening)
_MAX_WORDS = 6
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "de", "del", "la", "le", "al", "el", "&"})
# "From X, the free encyclopedia": a short tagline of its own, not a sentence ("From the air, the spill ...")
_WIKI_FROM = re.compile(r"^\s*From\s+(?P<name>[^,\n]{2,60}?)\s*,\s+the(?:\s+[\w'’-]+){1,3}\s*$", re.I)
_COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)(?=\s*(?:19|20)\d{2})|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}\s*[-–—]\s*)?(?:\d{4})?[\s.,]*"
    r"(?P<name>[^\W\d_][^.|,\n]{1,60}?)\s*(?:[.,|]|\s+all\s+rights|$)",
    re.I,
)
_WIRE = re.compile(rf"^\s*(?P<lead>[^()]{{2,60}}?){WIRE_AGENCY}")
_CAPS_OR_TIME = re.compile(r"\b[A-Z]{3,}\b|\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b")
_ROLES = (
    r"correspondent|reporter|editor|writer|columnist|contributor|journalist|staff|bureau|analyst|producer"
)
_BYLINE = re.compile(
    r"^\s*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[,|]\s*"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|the|and|for)){0,4}?)"
    rf"(?:\s*$|\s+(?:[a-z]+\s+){{0,2}}(?:{_ROLES})s?\b)"
)
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?(?P<name>[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.[a-z]{2,6})/?")


def is_domain(name: str) -> bool:
    return bool(_DOMAIN.fullmatch(name)) and "." in name


def looks_like_outlet(name: str) -> bool:
    """A name: one to six words, each capitalised or a connector ("of", "the"), at least one
    capitalised, no bare numbers ("the Guardian", not "the air"); or a domain (``bbc.co.uk``)."""
    if is_domain(name):
        return True
    words = name.split()
    if not 1 <= len(words) <= _MAX_WORDS or not any(w[:1].isupper() for w in words):
        return False
    return all((w[:1].isupper() or w.lower() in _CONNECTORS) and not w.isdigit() for w in words)


def _name(found: str | None) -> str | None:
    name = (found or "").strip(" -–—:")
    return name if looks_like_outlet(name) else None


def wiki_name(line: str) -> str | None:
    """The site of a wiki's "From X, the free encyclopedia" line."""
    match = _WIKI_FROM.match(line)
    return _name(match["name"]) if match else None


def copyright_owner(line: str) -> str | None:
    """The owner of a copyright notice ("Copyright 2010 Fox News Network, Inc." gives Fox News Network)."""
    match = _COPYRIGHT_OWNER.search(line)
    if not match or match["name"].lower().startswith("all rights"):
        return None
    return _name(match["name"])


def wire_agency(line: str) -> str | None:
    """The agency of a wire dateline ("GENEVA (Reuters) - ..."); the lead must be a dateline:
    a capitalised place name or a date and time, not prose ("teller machines (ATMs) --")."""
    match = _WIRE.match(line[:200])
    if not match or not _CAPS_OR_TIME.search(match["lead"]):
        return None
    return _name(match["name"])


def byline_outlet(line: str) -> str | None:
    """The affiliation of a byline ("By Joe Roe, Reuters", "By Joe Roe, BBC business correspondent")."""
    match = _BYLINE.match(line[:200])
    return _name(match["name"]) if match else None


def domain_line(line: str) -> str | None:
    """A line that is only a domain ("www.example.co.uk")."""
    match = _DOMAIN.fullmatch(line.strip())
    return match["name"].lower() if match else None


def url_host(url: str | None) -> str | None:
    """The host of the document's URL, without ``www.``."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        return None
    host = host[4:] if host and host.startswith("www.") else host
    return host if host and is_domain(host) else None


def _looks_like_site_line(line: str) -> bool:
    words = line.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return 2 <= len(words) <= 7 and capitals >= 2 and not re.search(r"[\d:;!?,.]$|\d", line)


def top_site_line(clean: CleanDocument) -> str | None:
    """The masthead: the first site-chrome line removed from the top of a page, before the title.

    It must read like a name and must not repeat the title or the body (a kicker does); a
    later chrome line is a menu item ("World", "Asia Pacific"), never the site's name."""
    first_body = clean.segments[0].orig_start if clean.segments else len(clean.raw.text)
    known = f"{clean.meta.title or ''}\n{clean.text}".lower()
    for span in clean.removed:
        if span.start >= first_body or span.reason == "title":
            return None
        if span.reason == "site-chrome":
            line = clean.raw.text[span.start : span.end].strip()
            named = _looks_like_site_line(line) and line.lower() not in known
            return _name(line) if named else None
    return None


def opening_lines(clean: CleanDocument, plain: str) -> list[str]:
    """The first lines of the page and of the body (where datelines and bylines are)."""
    page = [line for line in plain.splitlines() if line.strip()][:OPENING_LINES]
    return page + clean.text.split("\n")[:3]


def first_found(finder: Callable[[str], str | None], lines: Iterable[str]) -> str | None:
    return next((name for name in map(finder, lines) if name), None)


def text_outlet(clean: CleanDocument, lines: list[str], plain: str) -> str | None:
    """The outlet named by the page (``lines``: its short candidate lines; ``plain``: its text)."""
    opening = opening_lines(clean, plain)
    return (
        first_found(wiki_name, lines)
        or first_found(copyright_owner, lines)
        or first_found(wire_agency, opening)
        or first_found(byline_outlet, opening)
        or (None if clean.raw.kind == "html" else top_site_line(clean))
        or first_found(domain_line, lines)
        or url_host(clean.meta.url or clean.raw.hints.url)
    )
