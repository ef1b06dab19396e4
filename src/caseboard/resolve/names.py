"""Name normalization: clean a mention's surface text and derive comparison keys.

Everything here is general knowledge about how names are written in English news
(titles, honorifics, possessives, articles, Arabic/Persian/Hebrew particles and
transliteration habits); nothing names a particular person or organisation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from caseboard.resolve.firms import firm_form
from caseboard.resolve.skeletons import skeleton as skeleton  # re-exported: the rules import it here


def words_table(text: str) -> frozenset[str]:
    """A table of words written one after another."""
    return frozenset(text.split())


# Titles and honorifics dropped from the front of a name (lower-case, no dots).
TITLES = words_table("""
    mr mrs ms miss mister dr doctor prof professor sir dame lord lady rev reverend fr father
    president vice prime minister pm chancellor premier king queen prince princess emperor
    sultan emir amir crown shah sheikh shaikh sheik sayyed sayyid seyed seyyed mullah mufti
    imam ayatollah grand hojatoleslam haj hajj hajji hadj supreme leader commander chief
    general gen maj major lt lieutenant col colonel brig brigadier cpt capt captain sgt sergeant
    adm admiral cmdr marshal field corporal cpl private pvt senator sen rep representative
    congressman congresswoman governor gov mayor judge justice secretary ambassador minister
    foreign defense defence interior deputy former late ceo chairman chairwoman spokesman
    spokeswoman st saint rabbi bishop cardinal pope archbishop pastor martyr shahid
    """)
# Abbreviated titles: never the first word of an organisation's name.
ABBREVIATED_TITLES = words_table(
    "mr mrs ms dr prof gen maj lt col brig capt cpt sgt adm cmdr gov sen rep st fr rev"
)
# Titles that open names of places and bodies named after saints (St. Louis, St Bernard Parish):
# kept on a name tagged a place or an organisation even when abbreviated.
SAINT_TITLES = words_table("st saint")
# Honorifics after which a single token is a *given* name (Arabic/Persian usage).
GIVEN_NAME_HONORIFICS = words_table("haj hajj hajji hadj sayyed sayyid seyed seyyed sheikh shaikh sheik")
LEADING_ARTICLES = words_table("the a an")
# Name particles: Arabic/Persian/Hebrew articles and connectors, folded away for matching.
PARTICLES = words_table("al el ul ad ed ud ar er ur as es us an en un at et ut az ez uz a e ha")
# Particles that also stand as separate words ("Badr al Din", "Al Qaeda").
FREE_PARTICLES = words_table("al el ul ha")
# Name-forming prefixes joined with the next word (Abu Mahdi, Bin Laden, Abdul Karim).
JOINING_PREFIXES = words_table("abu abou abo umm um bin ibn ben bint abd abdul abdel abdol")
# Corporate suffixes dropped from organisation names.
CORP_SUFFIXES = words_table(
    "inc incorporated corp corporation co company ltd llc plc sa ag nv gmbh spa sas group holdings"
)
# Generational suffixes after a family name ("King Jr."): the family name alone is then
# resolved like any surname (left alone between two people: ``surnames._choose``).
GENERATIONAL = words_table("jr sr")
TRAILING_WORDS = CORP_SUFFIXES | GENERATIONAL
# Country and union abbreviations written before another name ("U.S. Air Force",
# "UK Treasury"): spelled out so they match the written-out form.
ABBREVIATED_PLACES = {
    "us": ("united", "states"),
    "usa": ("united", "states"),
    "uk": ("united", "kingdom"),
    "eu": ("european", "union"),
    "uae": ("united", "arab", "emirates"),
    "un": ("united", "nations"),
}
# Small words ignored when forming initials.
INITIAL_STOPWORDS = words_table("of and the for in on at to de du la le del des")

_BRACKETS = frozenset("()[]{}")
_APOSTROPHES = "'’‘`´ʼʻʾʿ"
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}]s?$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_TRAILING_NOUN = re.compile(r"^[a-z]{4,}$")  # a lower-case common noun after a name
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]\.?$")
_EDGE_JUNK = re.compile(r"^[\W_]+|[^\w.]+$|(?<=\w\w\w)\.$")  # keeps the dot of "Gen." and "U.S."
_SENTENCE_STOP = re.compile(r"(?<=\w\w\w)\.\s*$")
_MODEL = re.compile(r"^[a-z]{0,3}\d+[a-z]{0,3}$")  # a model number: A380, 787, F35
_PLURAL_MODEL = re.compile(r"^([a-z]{0,3}\d+)s$")  # 787s, A380s: the plural of a model


@dataclass(slots=True, frozen=True)
class Name:
    """A cleaned name: ``display`` for people to read, ``tokens`` folded for matching."""

    display: str  # cleaned surface form, titles and articles removed
    tokens: tuple[str, ...]  # folded tokens (ascii, lower, particles and apostrophes removed)
    given_honorific: bool  # a single token that followed Haj/Sayyed/Sheikh: a given name
    acronym: bool  # written like an acronym (all capitals, e.g. IRGC, U.S.)
    firm: bool = False  # written with a partnership's legal form ("Paulson & Co."): a company

    @property
    def key(self) -> str:
        """The exact matching key: folded tokens joined."""
        return " ".join(self.tokens)

    @property
    def joined(self) -> str:
        return "".join(self.tokens)


# Penn Treebank escapes some corpora keep in their text: -LRB- ( -RRB- ) and quotes `` ''.
_PTB_TOKENS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_PTB = re.compile(r"-[LR][RSC]B-|``|''")


def untokenize(text: str) -> str:
    """Treebank bracket and quote tokens back to the characters they stand for, so that
    "Minerals Management Service -LRB- MMS -RRB-" reads as a name and its acronym."""
    if "-" not in text and "`" not in text and "''" not in text:
        return text
    return _PTB.sub(lambda m: _PTB_TOKENS.get(m.group(0), '"'), text)


def _squash(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", untokenize(text))).strip()


def surface(text: str) -> str:
    """The mention as readers see it, tidied: one line, no possessive, no leading article,
    no sentence's full stop before a citation mark ("Asa'ib Ahl al-Haq.[9]")."""
    text = untokenize(text)
    if text.find("[") > 0:
        text = _SENTENCE_STOP.sub("", text.split("[")[0])
    if text.find("(") > 0:
        text = text.split("(")[0]
    words = _strip_possessive([w for w in _squash(text).split(" ") if w])
    while len(words) > 1 and words[0].lower() in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(w for w in words if w not in _BRACKETS).strip(' ,;:"“”-')


def _strip_possessive(words: list[str]) -> list[str]:
    if len(words) > 1 and _POSSESSIVE.fullmatch(words[-1]):
        words = words[:-1]  # tokenized text: "Apple Computer 's"
    if words:
        last = _POSSESSIVE.sub("", words[-1]) if len(words[-1]) > 2 else words[-1]
        words = [*words[:-1], last] if last else words[:-1]
    return words


def _bare(word: str) -> str:
    return _EDGE_JUNK.sub("", anyascii(word)).lower().replace(".", "")


def _capitals_not_title(words: list[str]) -> bool:
    """An abbreviated title written in capitals without a period before a word that is not
    (a headline in capitals): an abbreviation of the name ("DR Congo"), not "Dr"."""
    first = _EDGE_JUNK.sub("", words[0])
    return (
        first.isupper()
        and "." not in first
        and _bare(first) in ABBREVIATED_TITLES
        and len(words) > 1
        and not words[1].isupper()
    )


def _is_title(words: list[str], org_like: bool, named_place: bool = False) -> bool:
    """``words[0]`` is a title to drop; for an organisation-like mention only when an
    abbreviation or when two words or more remain (General Motors keeps its first word); for
    a name tagged a place or an organisation (``named_place``) only an abbreviated personal
    title (Prince William Sound, King County, Grand Isle, St. Louis keep theirs)."""
    bare = _bare(words[0])
    if bare in LEADING_ARTICLES:
        return True
    if bare not in TITLES or _capitals_not_title(words):
        return False
    if named_place:
        return bare in ABBREVIATED_TITLES and bare not in SAINT_TITLES
    return not org_like or bare in ABBREVIATED_TITLES or len(words) > 2


def _strip_titles(
    words: list[str], org_like: bool = False, named_place: bool = False
) -> tuple[list[str], bool]:
    """Drop leading articles and titles; report whether a given-name honorific preceded."""
    given = False
    while len(words) > 1 and _bare(words[-1]) in TRAILING_WORDS:
        words = words[:-1]  # first, so "General Motors Corporation" keeps "General", "King Jr." "King"
    while len(words) > 1 and _is_title(words, org_like, named_place):
        given = _bare(words[0]) in GIVEN_NAME_HONORIFICS or (given and _bare(words[0]) in TITLES)
        words = words[1:]
    while len(words) > 1 and (_bare(words[-1]) in TRAILING_WORDS or _TRAILING_NOUN.match(words[-1])):
        words = words[:-1]  # "Apple Inc.", "Ansar Allah movement", "Mughniyeh Jr."
    return words, given and len(words) == 1


def fold_token(word: str) -> list[str]:
    """ASCII, lower case, without apostrophes and name particles (al-Din -> din)."""
    ascii_word = anyascii(word).lower()
    for mark in _APOSTROPHES + "'":
        ascii_word = ascii_word.replace(mark, "")
    parts = [_PLURAL_MODEL.sub(r"\1", p) for p in re.split(r"[^a-z0-9]+", ascii_word) if p]
    if len(parts) > 1 and "&" not in word:  # an ampersand joins initials ("AT&T"), never a particle
        parts = [p for p in parts if p not in PARTICLES] or parts[-1:]
    return parts


@lru_cache(maxsize=1 << 16)
def clean_name(text: str, org_like: bool = False, named_place: bool = False) -> Name | None:
    """Clean a mention's text; None when nothing name-like is left (see ``_clean_words``).

    A name closed by a partnership's legal form ("Paulson & Co.") keeps the form as its last
    token and as ``firm``: cutting it like "Inc." would leave a family name ("Paulson") that
    the surname rules join to a person (Henry Paulson)."""
    squashed = _squash(text)
    words = _strip_possessive([w for w in squashed.split(" ") if w])
    firm = firm_form(words)
    if firm is None:
        return _clean_words(words, org_like, named_place)
    base, form, token = firm
    name = _clean_words(base, org_like=True, named_place=named_place)
    if name is None:
        return None
    return Name(" ".join([name.display, *form]), (*name.tokens, token), False, False, True)


def _clean_words(words: list[str], org_like: bool = False, named_place: bool = False) -> Name | None:
    """Clean a mention's words; None when nothing name-like is left.

    ``org_like``: the tagger called it an organisation, product or the like, so a leading
    word that could be a title (General, Supreme) is kept unless clearly a title.
    ``named_place``: the tagger called it a place, a facility or an organisation, so a title
    is part of the name unless abbreviated (Mr, Gen.); ``nodes`` drops it when the rest
    names a person of the document."""
    words = _strip_possessive([w for w in (_EDGE_JUNK.sub("", w) for w in words) if w])
    if not words:
        return None
    acronym = len(words) == 1 and _is_acronym(words[0])
    words, given = _strip_titles(words, org_like, named_place)
    if len(words) == 1 and _bare(words[0]) in CORP_SUFFIXES:
        return None  # "LLC", "Inc.": the tagger cut the company's name off
    tokens: list[str] = []
    for i, word in enumerate(words):
        folded = fold_token(word.replace(".", "") if _DOTTED.match(word) else word)
        if len(folded) == 1 and folded[0] in FREE_PARTICLES and i < len(words) - 1:
            continue  # a free-standing particle: "Badr al Din", "Al Qaeda"
        tokens.extend(folded)
    tokens = _expand_places(_join_prefixes(tokens), words)
    letters = sum(c.isalpha() for c in "".join(tokens))
    if not tokens or (letters < 2 and not (_MODEL.match(tokens[-1]) and len("".join(tokens)) >= 3)):
        return None
    return Name(" ".join(words), tuple(tokens), given, acronym)


def is_model_number(token: str) -> bool:
    """A folded token that is a model number: A380, 787, F35 (three characters or more)."""
    return len(token) >= 3 and bool(_MODEL.match(token)) and any(c.isdigit() for c in token)


def _expand_places(tokens: list[str], words: list[str]) -> list[str]:
    """A leading country abbreviation written in capitals before another word: spelled out."""
    if len(tokens) > 1 and tokens[0] in ABBREVIATED_PLACES and _is_acronym(words[0]):
        return [*ABBREVIATED_PLACES[tokens[0]], *tokens[1:]]
    return tokens


def _join_prefixes(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        if out and out[-1] in JOINING_PREFIXES:
            out[-1] += token
        else:
            out.append(token)
    return out


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("-", "").replace("&", "")
    return 2 <= len(letters) <= 10 and letters.isalpha() and letters.isupper()


def initials(name: Name) -> str:
    """The initials of a multi-word name, small words skipped: Islamic Jihad -> ij."""
    words = [w for w in re.split(r"[\s\-]+", anyascii(name.display).lower()) if w]
    return "".join(w[0] for w in words if w not in INITIAL_STOPWORDS and w[0].isalnum())
