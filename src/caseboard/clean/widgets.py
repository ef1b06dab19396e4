"""Generic web-page vocabulary: words of site widgets, credits, metadata and section ends.

Nothing here names an outlet, an article or a phrase of a page: these are the words any
news site, blog or wiki uses for its own interface.  Lines are *scored* against them
(share of widget words among the line's words), never matched as whole phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from caseboard.clean.lines import Line


def words(text: str, *phrases: str) -> frozenset[str]:
    """A vocabulary from space-separated words, plus two-word phrases scored as one token."""
    return frozenset(text.split()) | frozenset(phrases)


# category -> (strong words, weak words); strong ones rarely occur in short prose lines.
WIDGET_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "navigation": (
        words("skip menu navigation sitemap breadcrumb homepage toggle"),
        words(
            "home content main search sections channels mobile version exit close back top tab opens window"
        ),
    ),
    "share-widget": (
        words(
            "share e-mail email whatsapp facebook twitter telegram linkedin pinterest reddit tweet flipboard"
        ),
        words("send print copy link mail messenger"),
    ),
    "subscription": (
        words(
            "subscribe subscriber subscribers subscription subscriptions newsletter newsletters paywall "
            "unsubscribe inbox",
            "email address",
            "e-mail address",
        ),
        words("premium trial unlimited offer month digital cancel anytime plan plans", "sign up"),
    ),
    "login": (
        words("login log-in signin sign-in signup sign-up password signed", "log in"),
        words("log sign register account already", "sign up"),
    ),
    "comments": (
        words("comment comments commenting reply replies commenters"),
        words("approval moderation delete report flag characters remaining"),
    ),
    "cookie-banner": (
        words("cookie cookies consent gdpr"),
        words("accept privacy preferences settings policy manage"),
    ),
    "advertisement": (
        words("advertisement advertising advertisements sponsored ad ads"),
        words("promoted partner"),
    ),
    "related-teasers": (
        words("related recommended trending", "read more", "read also", "read next"),
        words("read more also popular latest stories watch video next previous continue reading"),
    ),
    "footer-widget": (
        words("copyright wordpress theme"),
        words("rights reserved terms contact careers powered imprint accessibility licensing"),
    ),
}

_STRONG = frozenset().union(*(strong for strong, _ in WIDGET_WORDS.values()))
_PRICE = re.compile(r"^[$€£]\d")

# Section headings after which a page carries no article text.
END_HEADINGS: dict[str, str] = {
    **dict.fromkeys(
        words(
            "references notes footnotes sources bibliography citations external links further reading "
            "see also"
        ),
        "references",
    ),
    **dict.fromkeys(words("comments comment replies responses discussion"), "comments"),
    **dict.fromkeys(words("related recommended popular trending"), "related-teasers"),
    **dict.fromkeys(words("tags topics categories"), "metadata"),
}

METADATA_KEYS = words(
    "filed under publication published posted updated tags tagged category categories topics section source "
    "sources author authors by date dateline edition issue vol volume no keywords first modified last"
)

INFOBOX_KEYS = words(
    "born died nationality citizenship occupation spouse spouses children parents relatives allegiance rank "
    "branch service years battles awards party resting place alma mater preceded succeeded founded founder "
    "headquarters website cause death religion education known height term office predecessor successor"
)

_CREDIT_SUFFIX = re.compile(
    r"\s*(?:\(\s*(?:photos?|pictures?|images?|credit|courtesy|source)\s*:[^()]*\)"
    r"|\b(?:photos?|pictures?|images?|credit|courtesy)\s*:\s*[^.!?]{1,60}"
    r"|\((?:AP|AFP|Reuters|Getty Images|EPA|ANSA|dpa|Xinhua)[^()]{0,40}\))\s*$",
    re.IGNORECASE,
)
_AGENCY_SLASH = re.compile(r"\s+[A-Z]{2,}(?:\s[A-Z]{2,})?/[A-Z][\w .'’-]{1,40}(?:/[\w .'’-]{1,30})*\s*$")
_CREDIT_ONLY = re.compile(
    r"^(?:(?:an?\s+)?(?:photos?|pictures?|images?|illustration)\s+(?:of|by|:)|credit\s*:|courtesy\s+of"
    r"|(?:photo|image)\s+credit)",
    re.IGNORECASE,
)
_AGENCY = words("ap afp reuters getty images epa dpa xinhua shutterstock istock alamy")


def widget_reason(line: Line) -> str | None:
    """The widget category of a short line made mostly of web-UI words, or None."""
    if not line.words or line.n_words > 15:
        return None
    words = line.words + [f"{a} {b}" for a, b in zip(line.words, line.words[1:], strict=False)]
    scores = {cat: _score(words, strong, weak) for cat, (strong, weak) in WIDGET_WORDS.items()}
    scores["subscription"] += sum(bool(_PRICE.match(w)) for w in line.words)
    scores["footer-widget"] += "©" in line.text
    best = max(scores, key=scores.__getitem__)
    total = sum(scores.values())
    return best if total >= max(1.0, 0.3 * line.n_words) else None


def block_widget_reasons(lines: Sequence[Line], reasons: Sequence[str | None]) -> list[str | None]:
    """Widget reasons spread to close neighbours: a line using a strong widget word within
    two lines of a widget line of the same block (the text of a cookie banner or of a
    newsletter box) joins that widget."""
    spread = list(reasons)
    for i, line in enumerate(lines):
        if spread[i] or not any(w in _STRONG for w in line.words):
            continue
        near = [
            reasons[j]
            for j in range(max(0, i - 2), min(len(lines), i + 3))
            if reasons[j] and lines[j].block == line.block
        ]
        if near:
            spread[i] = near[0]
    return spread


def _score(words: list[str], strong: frozenset[str], weak: frozenset[str]) -> float:
    return sum(1.0 if w in strong else 0.5 if w in weak else 0.0 for w in words)


def credit_suffix(text: str) -> int | None:
    """Where a trailing photo credit ("(Photo: X)", "Credit: X") starts in ``text``, or None."""
    match = _CREDIT_SUFFIX.search(text) or _AGENCY_SLASH.search(text)
    return match.start() if match and match.start() > 0 else None


def is_credit_line(line: Line) -> bool:
    """A line that is only a photo credit or an image description of the page chrome."""
    if _CREDIT_ONLY.match(line.text) and line.n_words <= 12:
        return True
    return bool(line.words) and line.n_words <= 3 and all(w in _AGENCY for w in line.words)


def end_heading_reason(line: Line) -> str | None:
    """The section kind when the line is a heading like "References" or "12 Comments"."""
    words = [w for w in line.words if not w[0].isdigit()]
    if not words or len(words) > 3 or len(line.text) > 40:
        return None
    reasons = {END_HEADINGS.get(w) for w in words} - {None}
    if len(reasons) == 1 and sum(w in END_HEADINGS for w in words) * 2 >= len(words):
        return reasons.pop()
    return None


def metadata_key(line: Line) -> bool:
    """A "Key: value" line whose key is a metadata word ("Filed under:", "Tags:")."""
    head, sep, rest = line.text.partition(":")
    key = head.casefold().split()
    return bool(sep) and 0 < len(key) <= 3 and all(k.strip(".") in METADATA_KEYS for k in key)


def infobox_field(line: Line) -> bool:
    """A line opening with an infobox field name glued or colon-joined to its value."""
    return bool(line.words) and line.words[0] in INFOBOX_KEYS and not line.text.rstrip().endswith(".")
