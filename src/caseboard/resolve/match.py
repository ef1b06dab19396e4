"""Pairwise name comparison: spelling variants, short forms, and must-not-merge checks."""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from caseboard.resolve.demonyms import is_place_key
from caseboard.resolve.kinds import ORG_END_WORDS, without_unit_word
from caseboard.resolve.names import Name, fold_token, skeleton, words_table

# Minimum rapidfuzz ratio (0-100) for two same-skeleton tokens to count as one spelling.
VARIANT_RATIO = 70.0
# A word that qualifies an organisation name without changing what it names:
# a nationality adjective (Palestinian, Iraqi, Lebanese, Turkish).
_DEMONYM = re.compile(r"^[a-z]{2,}(?:ian|ican|ese|ish|i)$")
# Words that describe a company's trade after its name: Apple Computer, Ford Motor, Airbus Industrie.
COMPANY_DESCRIPTORS = words_table("""
    computer computers motor motors industries industrie industry international airlines airways
    aerospace systems technologies technology electronics communications entertainment
    pharmaceuticals petroleum oil energy steel chemicals media enterprises software
    commercial airplanes aircraft aviation automotive
    """)

# Words that end a name of a kind of body, event, place or thing: a name that opens with
# another name and ends in one of them names something else (Apple Worldwide Developers
# Conference, Republican Party, Boeing Field).
GENERIC_HEADS = words_table("""
    party parties program programme programs project conference convention summit council committee
    commission association federation foundation institute institution university college school
    academy museum center centre hospital court tribunal department ministry office bureau agency
    authority board store stores shop network channel fund funds index average exchange market award
    awards prize cup league championship championships tournament festival show expo fair series
    corps union alliance coalition team club church army navy force forces guard police service
    services division unit plant factory field airport station stadium arena park hall building
    tower bridge street road avenue square river lake mountain island bay city county state
    province region district valley act law bill treaty accord plan day week year edition version
    """)


# A roman numeral closing a name: a numbered thing of its own (Transocean Development Driller III).
_ROMAN = re.compile(r"^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$")


def ends_in_number(word: str) -> bool:
    """A name's last word is a number or a roman numeral (iPhone 4, Driller III, Black Swan II)."""
    return any(c.isdigit() for c in word) or bool(_ROMAN.match(word.strip(".,")))


# The last word of an armed body's name, which is often left out (Quds Force / Quds).
ARMED_HEADS = words_table("force forces army guard guards corps brigade brigades militia")


def tokens_variant(a: str, b: str) -> bool:
    """Two folded tokens are spellings of one word (Qasem/Qassem, Daqduq/Daqduk; not
    Arab/Arabiya: a short word's spellings differ by two letters at most)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    short = la if la < lb else lb  # not min(): this runs 1.5 million times on 200 articles
    if short < 3 or (short < 6 and abs(la - lb) > 2) or skeleton(a) != skeleton(b):
        return False
    if a[0] != b[0] and (short < 5 or a[0] not in "aeiou" or b[0] not in "aeiou"):
        return False
    if _first_vowel_class(a) != _first_vowel_class(b):
        return False  # Khamenei / Khomeini: a and o are not spellings of one vowel
    return fuzz.ratio(a, b) >= VARIANT_RATIO


_VOWEL_CLASS = {"a": "a", "e": "i", "i": "i", "o": "u", "u": "u"}


def _first_vowel_class(token: str) -> str:
    """The class of the first vowel after the first letter: a, i (e/i) or u (o/u);
    transliterations swap e/i and o/u freely, a/o or a/u rarely."""
    return next((_VOWEL_CLASS[c] for c in token[1:] if c in _VOWEL_CLASS), "")


def typo_of(a: str, b: str) -> bool:
    """``a`` could be a slip of the keyboard for ``b``: long, same first letter, 1-2 edits."""
    if a == b or min(len(a), len(b)) < 6 or a[0] != b[0]:
        return False
    return DamerauLevenshtein.distance(a, b) <= (1 if len(b) < 8 else 2)


def _depluralize(token: str) -> str:
    return token[:-1] if len(token) > 4 and token.endswith("s") and not token.endswith("ss") else token


def names_variant(a: Name, b: Name) -> bool:
    """Whole names that are spellings of each other (Kata'ib Hezbollah / Kataeb Hizbullah,
    Mustafa Badreddine / Mustafa Badr al-Din), a unit word on one side allowed (Kataa'b
    Hizbullah Brigades)."""
    if _tokens_variant_names(a, b):
        return True
    short_a, short_b = without_unit_word(a), without_unit_word(b)
    if short_a is None and short_b is None:
        return False
    a2 = Name(a.display, short_a or a.tokens, a.given_honorific, a.acronym)
    b2 = Name(b.display, short_b or b.tokens, b.given_honorific, b.acronym)
    return _tokens_variant_names(a2, b2)


def _tokens_variant_names(a: Name, b: Name) -> bool:
    if a.tokens == b.tokens:
        return True
    if len(a.tokens) == len(b.tokens):
        ta, tb = a.tokens, b.tokens
        if len(ta) > 1:  # Revolutionary Guards / Revolutionary Guard, but never Hamas / Hama
            ta, tb = (*ta[:-1], _depluralize(ta[-1])), (*tb[:-1], _depluralize(tb[-1]))
        if all(tokens_variant(x, y) for x, y in zip(ta, tb, strict=True)):
            return True
    if len(a.tokens) >= 2 and len(b.tokens) >= 2:
        return tokens_variant(a.tokens[0], b.tokens[0]) and tokens_variant(
            "".join(a.tokens[1:]), "".join(b.tokens[1:])
        )
    return False


def persons_compatible(a: Name, b: Name) -> bool:
    """Two full person names (2+ tokens) that may name one person: same given name and
    same family name, a middle name allowed on one side (George W. Bush / George Bush)."""
    if names_variant(a, b):
        return True
    if not tokens_variant(a.tokens[0], b.tokens[0]) or not tokens_variant(a.tokens[-1], b.tokens[-1]):
        return False
    short, long_ = sorted((a.tokens[1:-1], b.tokens[1:-1]), key=len)
    return not short or all(any(tokens_variant(s, t) for t in long_) for s in short)


def is_qualifier(token: str, acronym_like: bool) -> bool:
    """A leading word that narrows an organisation name without renaming it."""
    return acronym_like or (len(token) >= 5 and bool(_DEMONYM.match(token)))


def org_short_form(short: Name, full: Name) -> bool:
    """``short`` is ``full`` without leading qualifiers: Islamic Jihad / Palestinian Islamic
    Jihad, Quds Force / IRGC Quds Force; never Hezbollah / Kata'ib Hezbollah."""
    n = len(short.tokens)
    if n >= len(full.tokens) or (n == 1 and short.tokens != full.tokens[-1:]):
        return False  # one word must be the same word: Capitol is not ETX Capital
    if not names_variant(short, Name("", full.tokens[-n:], False, False)):
        return False
    extra_words = full.display.split()[: len(full.display.split()) - n]
    extra_tokens = full.tokens[: len(full.tokens) - n]
    if is_place_key(" ".join(extra_tokens)):
        return True  # U.S. Air Force / Air Force, United States Senate / Senate
    if n >= 2 and _parent_name(extra_words):
        return True  # Revolutionary Guards Quds Force / Quds Force
    if len(extra_words) != len(extra_tokens):
        return False
    pairs = zip(extra_tokens, extra_words, strict=True)
    return all(is_qualifier(tok, len(word) > 1 and word.replace("-", "").isupper()) for tok, word in pairs)


def _parent_name(words: list[str]) -> bool:
    """Words that name a body of its own before a unit's name: capitalised, two or more,
    the last a word for an organisation (Revolutionary Guards, National Guard)."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in ORG_END_WORDS


def org_leading_form(short: Name, full: Name) -> bool:
    """A company name and the longer name it opens when the rest only says what the
    company does (Apple / Apple Computer, China Eastern / China Eastern Airlines; not
    Apple / Apple Corps or Apple TV), or is a firm's legal form (Oppenheimer / Oppenheimer & Co.)."""
    n = len(short.tokens)
    if len(full.tokens) <= n or short.acronym:
        return False
    if not all(tokens_variant(a, b) for a, b in zip(short.tokens, full.tokens, strict=False)):
        return False
    rest = full.tokens[n:]
    return all(t in COMPANY_DESCRIPTORS for t in rest) or (full.firm and len(rest) == 1 and not short.firm)


def org_prefix_form(short: Name, full: Name) -> bool:
    """``short`` opens ``full`` and the rest of ``full`` is written as a name, each word
    with a capital, ending in neither a number (or roman numeral) nor a word for a kind of body
    (Dow / Dow Jones, Northrop / Northrop Grumman; not iPhone / iPhone 4, Transocean /
    Transocean Development Driller III, Apple / Apple Worldwide
    Developers Conference, Republican / Republican Party, Boeing / Boeing-Air Force)."""
    words = full.display.split()
    n = len(short.display.split())
    if len(words) <= n or short.acronym or len(full.tokens) <= len(short.tokens):
        return False
    if tuple(t for w in words[:n] for t in fold_token(w)) != short.tokens:
        return False
    rest = words[n:]
    if len(short.tokens) == 1 and len(rest) == 1 and rest[0].lower() in ARMED_HEADS:
        return True  # an armed body by its distinctive word: Quds / Quds Force, Mahdi / Mahdi Army
    if not all(w[:1].isupper() for w in rest) or rest[-1].lower().strip(".,") in GENERIC_HEADS:
        return False
    return not ends_in_number(rest[-1])


def orgs_related(a: Name, b: Name) -> bool:
    """Organisation names that may name one body (variants or qualified short forms)."""
    return (
        names_variant(a, b)
        or org_short_form(a, b)
        or org_short_form(b, a)
        or org_leading_form(a, b)
        or org_leading_form(b, a)
    )


def expansions_related(a: Name, b: Name) -> bool:
    """Two full names given for one acronym that may name one body: spellings, short forms,
    or a name the tagger cut short (European Aeronautic Defence / ... Defence & Space)."""
    short, long_ = sorted((a.tokens, b.tokens), key=len)
    cut_short = all(tokens_variant(x, y) for x, y in zip(short, long_, strict=False))
    return cut_short or orgs_related(a, b) or persons_compatible(a, b)


def reads_as_person(name: Name) -> bool:
    """A name tagged as a person that no word marks as a company or a body (the tagger
    calls "Douglas Aircraft" a person; its "Douglas" is not a given name; "Walker & Co." is a
    firm's)."""
    return not name.firm and not any(
        t in COMPANY_DESCRIPTORS or t in GENERIC_HEADS or t in ORG_END_WORDS for t in name.tokens[1:]
    )


def surname_of(short: Name, full: Name) -> bool:
    """A one-token person reference to ``full``: its family name, or its given name
    after an honorific that takes given names (Haj Qassem)."""
    if len(short.tokens) != 1 or len(full.tokens) < 2:
        return False
    token = short.tokens[0]
    if short.given_honorific:
        return tokens_variant(token, full.tokens[0])
    return tokens_variant(token, full.tokens[-1]) or tokens_variant(token, "".join(full.tokens[1:]))
