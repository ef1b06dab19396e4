"""Line-level rules of the flattened-text cleaner, each a small named function.

Every rule reads general signals only: position in the page, line length, sentence
punctuation, stop-word density, script, repetition and generic widget vocabulary.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from caseboard.clean.lines import (
    Line,
    capitalized_ratio,
    ends_sentence,
    normalized,
    stop_word_ratio,
)
from caseboard.clean.widgets import end_heading_reason, is_credit_line, widget_reason, words

_BY = re.compile(r"^(?:[\w ,]{0,40}?\s)?by\s*:?\s+(.+)$", re.IGNORECASE)
_AUTHOR_KEY = re.compile(r"^(?:authors?|writers?|reporters?)\s*:\s*(.+)$", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\|)\s*", re.IGNORECASE)
_NAME_TAIL = re.compile(
    r"\s+(?:on|in|at|for|from|updated|published|posted|\d|[-–—|(]).*$|\s*,\s*(?=[a-z]).*$", re.IGNORECASE
)
_NAME_PARTICLES = words("al el bin ibn ben bar de da del der di du la le van von ter dos das")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_LIKE = re.compile(
    rf"\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b\d{{1,2}}:\d{{2}}\b"
    rf"|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\b|\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b",
    re.IGNORECASE,
)
_ORGANISATION = words(
    "authority university institute center centre council ministry department company group news "
    "media press agency association foundation corporation inc ltd llc party office service bank "
    "times post daily staff desk team editors editorial network channel radio television tv"
)
_ABOUT = re.compile(r"^About\s+(?:the\s+)?[A-Z]")


def document_script(lines: Sequence[Line]) -> str:
    """The script of most letters of the page (lines weighted by length)."""
    weights: Counter[str] = Counter()
    for line in lines:
        weights[line.script] += len(line.text)
    return weights.most_common(1)[0][0] if weights else "none"


def is_foreign(line: Line, script: str) -> bool:
    """A line written in another script than the page (a kicker, a name in the original)."""
    return line.script not in ("none", script)


def is_prose(line: Line, min_chars: int) -> bool:
    """A full sentence-like paragraph: long enough, and punctuated or rich in stop words."""
    if len(line.text) < min_chars:
        return False
    if ends_sentence(line.text):
        return True
    return line.n_words >= 10 and stop_word_ratio(line) >= 0.25 and capitalized_ratio(line) < 0.6


def is_paragraph(line: Line, min_chars: int) -> bool:
    """Prose that cannot be a headline: punctuated as a statement, or long."""
    if not is_prose(line, min_chars):
        return False
    if line.n_words >= 20:
        return True
    return ends_sentence(line.text) and not line.text.rstrip().rstrip("\"'”’»").endswith(("?", "!"))


def is_short_sentence(line: Line) -> bool:
    """A short paragraph that still reads as a sentence ("Like Israel, for example.")."""
    if line.n_words < 3 or not ends_sentence(line.text):
        return False
    return stop_word_ratio(line) > 0 or any(w[:1].islower() for w in line.text.split()[1:])


def is_separator(line: Line) -> bool:
    """A line without a single letter ("***", "* * *", a vote count or list number)."""
    return not any(ch.isalpha() for ch in line.text)


def is_question_teaser(line: Line) -> bool:
    """A short question standing alone: a headline, not a paragraph."""
    return line.n_words <= 16 and line.text.rstrip().rstrip("\"'”’»").endswith("?")


def is_headline_like(line: Line) -> bool:
    """A short title-case line without sentence punctuation (a heading or a teaser)."""
    return 2 <= line.n_words <= 20 and not ends_sentence(line.text) and capitalized_ratio(line) >= 0.6


def repetition_keys(lines: Sequence[Line], credits: Sequence[int | None]) -> list[str]:
    """A comparison key per line: normalized text with any trailing photo credit removed."""
    return [
        normalized(line.text[:cut] if cut else line.text) for line, cut in zip(lines, credits, strict=True)
    ]


def find_quoted_copies(keys: Sequence[str], min_words: int = 8) -> set[int]:
    """Lines repeating part of a longer line (a pull quote): the shorter copy.

    Lines are found through their first ``min_words`` words, indexed over every line."""
    shingles: dict[tuple[str, ...], set[int]] = {}
    split = [key.split() for key in keys]
    for i, tokens in enumerate(split):
        for k in range(len(tokens) - min_words + 1):
            shingles.setdefault(tuple(tokens[k : k + min_words]), set()).add(i)
    copies = set()
    for i, tokens in enumerate(split):
        if len(tokens) < min_words:
            continue
        hosts = shingles[tuple(tokens[:min_words])] - {i}
        if any(len(split[j]) > len(tokens) and f" {keys[i]} " in f" {keys[j]} " for j in hosts):
            copies.add(i)
    return copies


def find_repeats(keys: Sequence[str]) -> tuple[set[int], set[int]]:
    """(first copies printed twice back to back, later copies of an earlier line)."""
    seen: dict[str, int] = {}
    doubled: set[int] = set()
    repeats: set[int] = set()
    for i, key in enumerate(keys):
        if not key:
            continue
        if key in seen:
            repeats.add(i)
            if seen[key] == i - 1 or (i - 1 in repeats and keys[i - 1] != key and seen[key] == i - 2):
                doubled.add(seen[key])
        else:
            seen[key] = i
    return doubled, repeats


def find_title(lines: Sequence[Line], keys: Sequence[str], top_end: int, script: str) -> int | None:
    """The headline among the lines above the first paragraph: a repeated one, else the longest."""
    counts = Counter(keys)
    candidates = [i for i in range(top_end) if _title_candidate(lines[i], script)]
    repeated = [i for i in candidates if counts[keys[i]] > 1 and lines[i].n_words >= 2]
    substantial = [i for i in candidates if lines[i].n_words >= 5]
    if repeated or substantial:
        return (repeated or substantial)[0]
    return max(candidates, key=lambda i: (lines[i].n_words, -i), default=None)


def _title_candidate(line: Line, script: str) -> bool:
    text = line.text.rstrip()
    return (
        1 <= line.n_words <= 30
        and not text.endswith(".")
        and line.script == script
        and widget_reason(line) is None
        and ":" not in text[:20].split(" ")[0]
        and not is_credit_line(line)
        and not is_marked_byline(text)
    )


def find_byline(lines: Sequence[Line], after: int, limit: int, repeats: set[int]) -> int | None:
    """The first line just below the title that names the author(s)."""
    for i in range(after + 1, min(limit, after + 9)):
        if (
            i not in repeats
            and lines[i].n_words <= 14
            and not is_credit_line(lines[i])
            and byline_names(lines[i].text)
        ):
            return i
    return None


def is_marked_byline(text: str) -> bool:
    """A byline announced as such ("By A", "Posted on ... by A", "Author: A")."""
    match = _BY.match(text.strip()) or _AUTHOR_KEY.match(text.strip())
    return bool(match) and bool(byline_names(text))


def byline_names(text: str) -> list[str]:
    """The author names of a byline ("By A and B", "Author: A", "A B"), or [] if it is not one."""
    match = _BY.match(text.strip()) or _AUTHOR_KEY.match(text.strip())
    if match:
        names = [_NAME_TAIL.sub("", part) for part in _NAME_SPLIT.split(_NAME_TAIL.sub("", match.group(1)))]
        return [n for n in names if is_person_name(n)]
    return [text.strip()] if is_person_name(text) else []


_BIO = re.compile(
    r"^(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?P<name>[^,]{3,48}?)(?:,\s+|\s+is\s+)(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:writer|journalist|correspondent|reporter|editor|columnist|contributor)s?\b"
)


def bio_author(text: str) -> str | None:
    """The name opening an author's note ("Jane Roe is a science writer based in ...")."""
    match = _BIO.match(text.strip())
    return match.group("name") if match and is_person_name(match.group("name")) else None


def is_person_name(text: str) -> bool:
    """Two to five capitalised words (particles and initials allowed), nothing else."""
    words = text.strip().split()
    if "," in text.strip().rstrip(","):
        return False
    if not 2 <= len(words) <= 5 or len(text) > 48 or any(ch.isdigit() for ch in text):
        return False
    if any(w.casefold().strip(".,") in _ORGANISATION for w in words):
        return False
    capital = [w for w in words if w.casefold().strip(".") not in _NAME_PARTICLES]
    return len(capital) >= 2 and all(_name_word(w) for w in capital)


def _name_word(word: str) -> bool:
    core = word.strip(".,")
    if core.casefold().startswith(("al-", "el-")):
        core = core[3:]
    letters = re.sub(r"['’.-]", "", core)
    if not letters.isalpha() or not core[0].isupper():
        return False
    return not (core.isupper() and len(core) > 2)


def infobox_blocks(lines: Sequence[Line], top_end: int, is_field) -> set[int]:
    """Lines of top blocks holding at least two infobox fields ("Born...", "Died...")."""
    fields: Counter[int] = Counter(line.block for line in lines[:top_end] if is_field(line))
    return {i for i in range(top_end) if fields[lines[i].block] >= 2}


def tail_start(lines: Sequence[Line], prose: Sequence[bool], noisy: Sequence[bool], body_start: int) -> int:
    """Where the end-of-page teaser/widget tail begins (``len(lines)`` if there is none).

    Walking up from the last line, the walk stops at two prose lines in a row or at a
    long paragraph; the tail starts at the earliest ``noisy`` line (widget, teaser
    headline, other script...) below which noisy lines outnumber prose lines two to one.
    Other lines (list items, captions) count for neither side."""
    best, noise, proses = len(lines), 0, 0
    for i in range(len(lines) - 1, body_start, -1):
        if prose[i]:
            if (i + 1 < len(lines) and prose[i + 1]) or lines[i].n_words >= 25:
                break
            proses += 1
        elif noisy[i]:
            noise += 1
            if noise >= 2 * proses:
                best = i
    return best


def end_boundary(
    lines: Sequence[Line], prose: Sequence[bool], start: int, stop: int
) -> tuple[int, str] | None:
    """The first end-of-article marker (comments, references, related, "About X"...) in the
    second half of the page, if little prose follows it."""
    sizes = [len(line.text) if ok else 0 for line, ok in zip(lines, prose, strict=True)]
    total = sum(sizes[start:stop])
    seen = sum(sizes[start : len(lines) // 2])
    for i in range(max(start, len(lines) // 2), stop):
        reason = end_marker(lines[i])
        if reason:
            ratio = 0.5 if reason in ("references", "comments", "boilerplate") else 0.25
            if total - seen < ratio * seen:
                return i, reason
        seen += sizes[i]
    return None


def end_marker(line: Line) -> str | None:
    """Why a line may close the article: an end heading, a closing widget or an "About X" heading."""
    reason = end_heading_reason(line)
    if reason:
        return reason
    if _ABOUT.match(line.text) and line.n_words <= 6 and is_name_heading(line):
        return "boilerplate"
    widget = widget_reason(line)
    return (
        widget
        if widget in ("comments", "subscription", "login", "related-teasers", "footer-widget")
        else None
    )


def is_name_heading(line: Line) -> bool:
    return not ends_sentence(line.text) and capitalized_ratio(line) >= 0.6


def is_dated_stamp(line: Line) -> bool:
    """A short line carrying a date or time ("First published: 07.04.18, 01:00")."""
    return line.n_words <= 8 and bool(_DATE_LIKE.search(line.text))
