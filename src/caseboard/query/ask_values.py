"""Normal forms of answers, so that equal answers group and quotes can be checked against them."""

from __future__ import annotations

import calendar
import re

from caseboard.numbers import NUMBER_WORDS, read_number
from caseboard.numbers import SCALES as _ALL_SCALES

# The scales a phrase's number is multiplied by, digits or words ("2 million", "five thousand");
# "hundred" and "dozen" also name a number alone ("a hundred").
SCALES = {w: v for w, v in _ALL_SCALES.items() if w not in NUMBER_WORDS}
_WORDS = "|".join(
    sorted(
        {*NUMBER_WORDS, *SCALES, "hundreds", "thousands", "millions", "dozens", "several"},
        key=len,
        reverse=True,
    )
)
NUMBER_PHRASE = re.compile(
    r"\b(?:(?:more than|over|at least|about|around|nearly|almost|some|up to|fewer than|less than|"
    r"roughly|approximately)\s+)?"
    rf"(?:\d[\d,]*(?:\.\d+)?|(?:{_WORDS}))(?:[\s-]+(?:{_WORDS}))*\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"(1[89]|20)\d\d")
ARTICLES = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


def date_key(earliest: str | None, latest: str | None) -> str:
    return f"d:{earliest}/{latest}"


def overlaps(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two ISO date intervals that can be the same date (one holds the other, or they overlap)."""
    return a[0] <= b[1] and b[0] <= a[1]


def span_days(earliest: str | None, latest: str | None) -> int:
    """A comparable width of an ISO interval (dates compare as strings; width from the year/month/day)."""
    if not earliest or not latest:
        return 10**6

    def ordinal(iso: str) -> int:
        y, m, d = (int(p) for p in (iso + "-01-01")[:10].split("-"))
        return y * 372 + m * 31 + d

    return ordinal(latest) - ordinal(earliest)


def format_iso(value: str) -> str:
    """'2020-01-03' -> 'January 3, 2020'; '2020-01' -> 'January 2020'; other values unchanged."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
    if match is None:
        return value
    year, month, day = match.groups()
    if month is None:
        return year
    name = calendar.month_name[int(month)]
    return f"{name} {int(day)}, {year}" if day else f"{name} {year}"


MONTHS = sorted({*calendar.month_name[1:], *calendar.month_abbr[1:]}, key=len, reverse=True)
_MONTH = "(?:" + "|".join(MONTHS) + r")\.?"  # capitalized: the verb "may" is no month
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
YEARLESS = re.compile(
    rf"(?:(?:early|mid|late)[\s-]+)?(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?)?{_MONTH}(?:\s+{_DAY})?"
)
SEASONS = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}


def format_value(value: str | None, earliest: str | None = None, latest: str | None = None) -> str:
    """A readable form of a normalized date: ISO dates as in ``format_iso``, '2015-SU' -> 'summer
    2015', '199' -> 'the 1990s', '1997/1998' -> '1997–1998'; else the bounds when they are one day."""
    value = value or ""
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        return format_iso(value)
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if season:
        return f"{SEASONS[season[2]]} {season[1]}"
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    span = re.fullmatch(r"(\d{4})/(\d{4})", value)
    if span:
        return f"{span[1]}–{span[2]}"
    if earliest and earliest == latest:
        return format_iso(earliest)
    if earliest and latest and re.fullmatch(r"\d{4}-W\d{2}", value):
        return f"the week of {format_iso(earliest)}"
    if earliest and latest:  # other values ("2015-Q1"), or bounds alone (an age: "the 16-year-old")
        if earliest[:7] == latest[:7]:
            return format_iso(earliest[:7])
        first, last = earliest[:4], latest[:4]
        return first if first == last else f"{first}–{last}"
    return ""


def date_answer(text: str, value: str | None, earliest: str | None, latest: str | None) -> tuple[str, bool]:
    """What a date answer shows, and whether that is not the sentence's own wording: the wording
    when it states its year ("the summer of 2015"), a day or month completed with its year ("4
    January" -> "4 January 2011", "late September" -> "late September 2020"), else the normalized
    date with the wording beside it ("December 31, 2019 (Two days later)"): a relative phrase alone
    answers nothing out of its sentence."""
    text = re.sub(r"\s+([,;:])", r"\1", text.strip(" ,;:"))  # tokenized sources: "25 June , 2009"
    if re.search(r"\b(1[89]|20)\d\d\b", text):
        return text, False
    year = earliest[:4] if earliest and latest and earliest[:4] == latest[:4] else ""
    if year and YEARLESS.fullmatch(text):  # "4 January" -> "4 January 2011"; "late September 2020"
        return f"{text}, {year}" if text[-1:].isdigit() else f"{text} {year}", False
    normal = format_value(value, earliest, latest)
    if not normal or text.lower() in normal.lower():
        return normal or text, False
    return f"{normal} ({text})", True


def parse_number(text: str) -> float | None:
    """The number a phrase states: '2,000', 'more than 100,000', 'five', '1.5 million', 'AGE:58'."""
    cleaned = text.lower().replace(",", "")
    digits = re.search(r"\d+(?:\.\d+)?", cleaned)
    words = re.findall(r"[a-z]+", cleaned)
    scale = next((SCALES[w] for w in words if w in SCALES), 1)
    if digits:
        return float(digits.group()) * scale
    spoken = [w for w in words if w in NUMBER_WORDS or w in SCALES]
    if not any(w in NUMBER_WORDS for w in spoken):
        return float(scale) if scale > 1 and "several" not in words else None
    return read_number(" ".join(["one", *spoken] if spoken[0] in SCALES else spoken))  # "thousand five"


def number_key(text: str) -> str:
    value = parse_number(text)
    return f"n:{value:g}" if value is not None else text_key(text)


def text_key(text: str) -> str:
    """Lowercased, without a leading article, possessive or surrounding punctuation."""
    cleaned = ARTICLES.sub("", text.strip().strip("\"'“”‘’.,;:()"))
    return "t:" + re.sub(r"['’]s\b", "", cleaned.lower()).strip()


def month_names(value: str) -> list[str]:
    """Ways a quote can write an ISO date: 'January 3, 2020', '3 January 2020', 'Jan. 3', ..."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if match is None:
        return [value]
    year, month, day = match.groups()
    if month is None:
        return [year]
    full, short = calendar.month_name[int(month)], calendar.month_abbr[int(month)]
    if day is None:
        return [f"{full} {year}", f"{short} {year}", f"{short}. {year}", f"{year}-{month}"]
    d = int(day)
    return [f"{full} {d}, {year}", f"{d} {full} {year}", f"{full} {d}", f"{d} {full}", f"{short}. {d}",
            f"{short} {d}", f"{year}-{month}-{day}", f"{d}.{int(month)}.{year}", f"{full} {d}th"]  # fmt: skip


def states(quote: str, answer: str) -> bool:
    """True when ``quote`` contains ``answer`` or a normalized equivalent (number, date, spelling)."""
    lowered = quote.lower()
    wanted = answer.lower().strip()
    if wanted and wanted in lowered:
        return True
    value = parse_number(answer) if re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b",
                                              wanted) else None  # fmt: skip
    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}){0,2}", wanted):
        found = [
            parse_number(m) for m in re.findall(r"\d[\d,.]*(?:\s+(?:thousand|million|billion))?", lowered)
        ]
        spoken = [parse_number(phrase) for _, _, phrase in number_phrases(quote)]  # "two hundred": 200
        if value in found or value in spoken:
            return True
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", wanted):
        return any(form.lower() in lowered for form in month_names(wanted))
    key = text_key(answer)[2:]
    return bool(key) and key in re.sub(r"['’]s\b", "", lowered)


def number_phrases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of the numbers a text states ("more than 2,000", "five"), years left out."""
    found = []
    for match in NUMBER_PHRASE.finditer(text):
        phrase = match.group()
        digits = re.sub(r"\D", "", phrase)
        if YEAR.fullmatch(digits) and "," not in phrase or parse_number(phrase) is None:
            continue
        found.append((match.start(), match.end(), phrase))
    return found
