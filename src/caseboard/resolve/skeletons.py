"""Transliteration-tolerant keys: one skeleton for the spellings of a transliterated name."""

from __future__ import annotations

import re
from functools import lru_cache

_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("sh", "s"), ("ch", "c"))
_VOWELS = set("aeiouy")
_SOFT_C = re.compile(r"c(?=[ei])")


@lru_cache(maxsize=1 << 16)
def skeleton(token: str) -> str:
    """A transliteration-tolerant key: digraphs folded, doubled letters and inner vowels dropped.

    Only letters doubled in the spelling collapse: Iran (arn) and Iranian (arnn) stay apart.

    Keeps the first letter (any leading vowel becomes ``a``) and marks a final ``-i``
    (the Arabic/Persian nisba suffix changes the name), and reads a soft c as s (Defence /
    Defense): Qasem/Qassem -> ksm,
    Hezbollah/Hizbullah -> hzblh, Mughniyeh/Mugniyeh -> mgnh, Soleimani -> slmni.
    """
    word = token.replace("q", "k").replace("ck", "k").replace("ou", "u").replace("ee", "i")
    word = _SOFT_C.sub("s", word)  # Defence / Defense
    for digraph, single in _DIGRAPHS:
        word = word.replace(digraph, single)
    if not word:
        return ""
    word = re.sub(r"(.)\1+", r"\1", word)  # letters doubled in the spelling (Qassem, Hezbollah)
    head = "a" if word[0] in _VOWELS else word[0]
    out = head + "".join(c for c in word[1:] if c not in _VOWELS)
    nisba = "i" if len(word) > 3 and word[-1] in "iy" else ""
    return out + nisba
