"""Word tables and regex fragments shared by the temporal tagger's rules."""

from __future__ import annotations

import re

from caseboard.numbers import ARTICLE_COUNTS, CARDINALS, DIGIT_WORDS, TENS_WORDS, read_number

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# A day counted from the dct by its name.
DEICTIC_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
}  # fmt: skip

# The tagger counts units of time in words below a hundred ("forty nine hours") and with an article
# ("a week", "a couple of days"); no scale word: "two hundred years" is not read whole.
NUMBER_WORDS: dict[str, int] = {**CARDINALS, **ARTICLE_COUNTS}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip

UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
    "year": "year", "years": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century", "quarter": "quarter", "quarters": "quarter",
}  # fmt: skip

# "the nineties": a decade of the 1900s named in words (the decade's digit).
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip

# "early"/"mid"/"late" and their longer forms, mapped to a third of an interval.
MODS: dict[str, str] = {
    "early": "early", "beginning of": "early", "start of": "early", "mid": "mid", "middle of": "mid",
    "late": "late", "end of": "late",
    # "the closing months of 2001", "the final weeks of 2019", "the opening months of 2012"
    "closing months of": "late", "final months of": "late", "last months of": "late",
    "closing weeks of": "late", "final weeks of": "late", "last weeks of": "late",
    "final days of": "late", "last days of": "late", "dying days of": "late",
    "opening months of": "early", "first months of": "early", "early months of": "early",
    "opening weeks of": "early", "first weeks of": "early", "early weeks of": "early",
}  # fmt: skip


def _alt(words: list[str]) -> str:
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in {"may", "june", "july"}]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]

# Month names are matched capitalised only, so "may" the verb and "march" the noun stay out, and as
# whole words: "2 Martin Truex", "3 Mark Doyle", "4 Augusta" are no dates.
MONTH_FULL = (
    "(?:"
    + "|".join(m.capitalize() for m in _FULL_MONTHS)
    + "|"
    + "|".join(m.upper() for m in _FULL_MONTHS)
    + ")(?![A-Za-z])"
)
MONTH_ABBR = "(?:" + "|".join(m.capitalize() for m in _ABBR_MONTHS) + r")(?![A-Za-z])\.?"
MONTH = f"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
SEASON = "(?i:" + _alt(list(SEASONS)) + ")(?![A-Za-z])"  # "this Springfield office" is no spring
PART = "(?i:" + _alt(["morning", "afternoon", "evening", "night"]) + ")(?![A-Za-z])"  # not "nightclubs"
_DIGIT_WORD = "(?i:" + "|".join(DIGIT_WORDS) + ")"
# A number in digits or words; a tens word and a digit word may also stand apart ("Forty nine hours").
NUM = (
    r"(?:\d{1,3}|(?i:"
    + "|".join(TENS_WORDS)
    + r")\s"
    + _DIGIT_WORD
    + r"\b|(?i:"
    + _alt([w for w in NUMBER_WORDS if NUMBER_WORDS[w]])
    + r")(?:-"
    + _DIGIT_WORD
    + r")?)"
)
DECADE_WORD = "(?i:" + _alt(list(DECADE_WORDS)) + ")"
ORDINAL = "(?i:" + _alt(list(ORDINALS)) + ")"
UNIT = "(?i:" + _alt(list(UNITS)) + ")"
MOD = "(?i:" + _alt(list(MODS)) + ")"
APPROX_WORDS = ["about", "around", "some", "nearly", "almost", "roughly", "approximately", "over"]
_APPROX_WORDS = _alt([*APPROX_WORDS, "more than", "less than"])
APPROX = rf"(?i:(?:{_APPROX_WORDS})\s+)"
# A four-digit year: not part of a longer number, an amount or a decimal.
YEAR = r"(?<![\d$£€#.,:/])(?<!\d-)(?:1[0-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|:\d|-\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# The comma between a date's parts, also as tokenised text writes it ("July 29 , 2005").
COMMA = r"(?:\s?,)?"
# A time zone after a clock time ("13.41 BST", "9.30 GMT", "7.15 pm EDT", "8.00 local time").
ZONE = r"(?:GMT|UTC|[A-Z]{1,3}[SD]?T|(?i:local\s+time))\b"
# "08.51 BST on Saturday": the weekday a clock time is given on, unless a date follows it ("15.58
# BST on Thursday 11 June 2009": the clock is joined with the whole date instead).
WEEKDAY_AFTER = rf"(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY})(?!{COMMA}\s+(?:\d|{MONTH})))?"


def number_value(text: str) -> int | None:
    """The integer a number written in digits or words stands for ("two", "twenty-four", "forty
    nine", "12", "a couple of")."""
    t = " ".join(text.lower().split())
    if t in ARTICLE_COUNTS:
        return ARTICLE_COUNTS[t]
    value = read_number(t)
    return int(value) if value is not None else None


# Guards of the year rule: what before or after a four-digit number makes it no year.
YEAR_CONTEXT = re.compile(
    r"(?i:\b(?:in|since|of|by|until|till|from|to|between|and|or|early|late|mid|fiscal|year|before|after|"
    r"during|through|circa|c\.|around|for|the|on|as|at|than|spring|summer|fall|autumn|winter|pre|post)[\s-]+)$"
)
# What introduces a year written "'08": a year preposition, a determiner or a season.
CLIPPED_YEAR_BEFORE = re.compile(
    r"(?i:\b(?:in|since|of|from|to|by|until|till|before|after|during|through|the|and|or|class|"
    r"spring|summer|fall|autumn|winter|early|late|mid)[\s-]+)$"
)
NOT_YEAR_BEFORE = re.compile(
    r"(?i:\b(?:no|vol|p|pp|page|pages|number|nos|issue|#|room|flight|route|unit)\.?\s*)$"
)
# "Unit 8200", "Boeing 2000": a number after a name is part of it; a capitalised determiner
# opening the sentence ("A 1996 law", "That 1978 resolution") is no name.
NAME_BEFORE = re.compile(
    r"\b(?!(?:A|An|That|This|These|Those|Its|His|Her|Their|Our|Every|Each|Another)\s)[A-Z][\w-]*\s+$"
)
# A plural noun after the number makes it a count ("1500 fighters"); a verb or function word that
# merely ends in -s does not ("1989 was a bad year", "volume in 1989 is falling").
NOT_YEAR_AFTER = re.compile(
    r"\s+(?:(?!(?:is|was|has|does|as|its|his|this|thus|plus|versus|whereas|unless|less|always|perhaps)\b)"
    r"[a-z]+s\b|(?:people|children|men|women|staff|personnel)\b|"
    + r"(?i:km|kilomet|met|mile|feet|foot|kg|ton|hp|mph|cc|mm)\w*)"
)
# A unit of measure after the number makes it a quantity whatever precedes it ("of 1000 feet"); a
# time zone makes it a clock time ("at 1100 GMT").
UNIT_AFTER = re.compile(
    r"\s+(?i:km|kilomet|metre|meter|mile|feet|foot|yard|inch|kg|kilo|pound|lb|ton|tonne|barrel|gallon|litre|liter|"
    r"hp|mph|cc|mm|cm|acre|hectare)\w*\b|\s+(?:GMT|UTC)\b"
)
# An approximated count ("some 2000 people", "nearly 1500 homes") is a quantity, not a year.
APPROX_BEFORE = re.compile(
    r"(?i:\b(?:some|about|around|nearly|almost|roughly|approximately|over|under|only|just|"
    r"more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to)\s+)$"
)

# A time word that is normally lowercase, written capitalised inside a sentence, is part of a name
# or title: the programmes "This Week" and "VOA Today", the newspapers "USA Today" and "Daily
# Mail", the award "Photojournalist of the Year" (not "New Year", a holiday's name), the "Loop
# Current", the "Future of Banking Commission".
TITLE_WORD = re.compile(
    r"\b(?:Today|Tonight|Tomorrow|Yesterday|Now|Week|Weekend|Month|(?<!New\s)Year|Current|Future|Daily|Weekly|"
    r"Monthly|Midnight)\b"
)
# What may come right before a sentence's first word: a line break, end punctuation, a quote, a
# bracket or a dash (the datelines "WASHINGTON (AP) --", "BAGHDAD (AP) Today"), a bullet or bar.
SENTENCE_GAP = "\n.!?:;\"'`()[]{}_|*\u2022\u2014\u2013-"
# What a date written before it names ("the 9/11 attacks", "the 2006 war"): the date of that
# happening, not of the clause around it.  Group "noun" is the event noun.
HAPPENING_NOUN = re.compile(
    r"\s+(?i:(?:terror(?:ist)?\s+|suicide\s+)?(?P<noun>attacks?|bombings?|war|invasion|massacre|revolution|"
    r"uprising|coup|crisis|elections?|earthquake|tsunami|hurricane|riots?|strikes?|killings?|assassination))\b"
)
