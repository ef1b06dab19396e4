"""English number words and their values: the one table every stage reads counts with.

The temporal tagger ("forty nine hours", "a couple of days"), the counted facts of claims ("two
hundred workers were killed", "6m litres"), the answers of ask ("more than twenty") and the counts
of event participants ("five soldiers") all read numbers written in words; one table keeps them
from disagreeing on which words are numbers. Each user takes the part it needs (the tagger's
pattern, for instance, has no scale words: it cannot read "two hundred years" whole).

No library does this better: word2number, text2num and number-parser read "twenty-one" and
"two hundred" but not "a dozen", "two dozen", "5,000" or "1.5 million", and give no word list to
build a pattern from.
"""

from __future__ import annotations

import re

DIGIT_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEEN_WORDS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
# The numbers below a hundred that are one word.
CARDINALS: dict[str, int] = {"zero": 0, **DIGIT_WORDS, **TEEN_WORDS, **TENS_WORDS}
# Words that multiply what comes before them ("two dozen", "three hundred", "1.5 million") or,
# alone, stand for their own value ("hundred").
SCALES: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip
# Scales written as a suffix of digits in news copy ("6m litres", "£2bn").
SCALE_SUFFIXES: dict[str, int] = {"m": 1_000_000, "bn": 1_000_000_000}
# The words that name a number by themselves ("sixty workers", "a dozen workers", "a hundred days");
# "thousand" and above only multiply ("five thousand").
NUMBER_WORDS: dict[str, int] = {**CARDINALS, "hundred": 100, "dozen": 12}
# An article or phrase that counts like a number before a unit of time ("a week", "a couple of
# days"); "half a" and "a half" count no whole unit (0: the tagger values them apart).
ARTICLE_COUNTS: dict[str, int] = {
    "a": 1, "an": 1, "a couple of": 2, "a dozen": 12, "half a": 0, "a half": 0,
}  # fmt: skip

_SUFFIXED = re.compile(r"(?<=\d)(m|bn)\b")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_SMALL_SCALES = frozenset({"dozen", "hundred"})


def number_words(text: str) -> list[str]:
    """The words of a number as written: lowercased, without thousands separators, a digit suffix
    ("6m") and hyphens ("twenty-one") made separate words."""
    cleaned = _SUFFIXED.sub(r" \1", text.lower().replace(",", ""))
    return cleaned.replace("-", " ").split()


def read_number(text: str) -> float | None:
    """The value of a number written in digits, words or both: "1,500", "1.5 million", "6m",
    "twenty-one", "forty nine", "two hundred", "a dozen", "a thousand", "hundred". None when a word
    is no part of a number ("several", "dozens", "more than five": a caller strips its own hedges),
    and for "thousand" or "million" alone, which English does not write as a count."""
    words = number_words(text)
    if len(words) > 1 and words[0] in ("a", "an") and words[1] in SCALES:
        words[0] = "1"  # "a dozen", "a million": one of the scale
    total, group = 0.0, None
    for word in words:
        if _DIGITS.fullmatch(word) or word in CARDINALS:
            group = (group or 0.0) + (float(word) if word[0].isdigit() else CARDINALS[word])
        elif word in _SMALL_SCALES:
            group = (1.0 if group is None else group) * SCALES[word]
        elif (word in SCALES or word in SCALE_SUFFIXES) and (group is not None or total):
            scale = SCALES.get(word) or SCALE_SUFFIXES[word]
            total = total * scale if group is None else total + group * scale  # "a thousand million"
            group = None
        else:
            return None
    return total + (group or 0.0) if words else None
