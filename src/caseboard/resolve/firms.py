"""Partnerships' legal forms: "Paulson & Co.", "Simmons and Company", "Mumford & Sons",
"Lehman Bros.". The words before such a form are often a family name; cut like "Inc." they
would leave "Paulson", which the surname rules join to a person (Henry Paulson). So the form
stays on the name as one folded token (``clean_name`` marks the name ``firm``): the firm's
spellings share a key ("Paulson & Co" = "Paulson and Company") and never read as the family
name alone. General English usage; nothing here names a firm."""

from __future__ import annotations

import re

from anyascii import anyascii

# The word joining a family name and the form.
FIRM_CONNECTORS = frozenset(["&", "and"])
# Forms written after a connector, and the token each folds to.
FIRM_WORDS = {"co": "co", "company": "co", "sons": "sons", "son": "sons", "partners": "partners"}
# Forms written without a connector ("Warner Bros."): the token is the word written out.
FIRM_ALONE = {"bros": "brothers"}
FIRM_TOKENS = frozenset(FIRM_WORDS.values()) | frozenset(FIRM_ALONE.values())
# Legal forms written after a partnership's ("Mitsui & Co. Ltd."), dropped to find it.
AFTER_FIRM = frozenset(
    ["inc", "incorporated", "corp", "corporation", "ltd", "llc", "llp", "plc", "sa", "ag", "nv", "gmbh"]
)

_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def _bare(word: str) -> str:
    return _EDGES.sub("", anyascii(word)).lower().replace(".", "")


def firm_form(words: list[str]) -> tuple[list[str], list[str], str] | None:
    """A partnership's legal form closing ``words``: (the words before it, the form's words,
    its folded token); None when the name has no such form or nothing precedes it. The form
    is written with a capital: "McCain & co." and "Cheney & company" are the man and his circle."""
    while len(words) > 2 and _bare(words[-1]) in AFTER_FIRM and _bare(words[-2]) in FIRM_WORDS:
        words = words[:-1]  # "Mitsui & Co Ltd"
    last = _bare(words[-1]) if words and words[-1][:1].isupper() else ""
    if len(words) >= 3 and last in FIRM_WORDS and words[-2].lower() in FIRM_CONNECTORS:
        return words[:-2], words[-2:], FIRM_WORDS[last]
    if len(words) >= 2 and last in FIRM_ALONE:
        return words[:-1], words[-1:], FIRM_ALONE[last]
    return None
