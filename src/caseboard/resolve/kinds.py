"""Words that say what kind of thing a name names: an armed group, a party, a province.

General vocabulary of English news and of transliterated Arabic organisation names;
nothing here names a particular organisation. The tagger often calls an Arabic group's
name a person ("Kata'ib Hezbollah", "Asa'ib Ahl al-Haq"): a person's name never opens
with a word for brigades or a movement, nor ends with "Division" or "Governorate".
"""

from __future__ import annotations

from collections.abc import Iterable

from caseboard.resolve.names import Name, fold_token, words_table

# Transliterated Arabic words for a kind of organisation that open its name (folded).
ARABIC_ORG_WORDS = words_table("""
    kataib kataeb kataab katayib asaib asaeb harakat harakah haraka liwa liwaa firqa firqat
    jaysh jaish jabhat jabha saraya tanzim hizb
    """)
# English words that end the name of an organisation, never a person's name.
ORG_END_WORDS = words_table("""
    brigade brigades battalion battalions regiment militia militias division divisions army corps
    front movement party council committee organization organisation forces force guard guards
    agency ministry department directorate network
    """)
# English words that end the name of an administrative place.
PLACE_END_WORDS = words_table("governorate province district prefecture oblast county")
# Words that end a company's name, never a person's ("Cameron International", "Virgin Group");
# legal forms (Inc, Corp) are cut off by ``clean_name`` before names are compared.
COMPANY_END_WORDS = words_table("""
    international group holdings systems industries airlines airways bank bancorp technologies
    enterprises motors petroleum pharmaceuticals brothers bros corp corporation inc co company ltd llc plc
    """)
# A unit word an armed group's name may carry or leave out (Kataa'b Hizbullah Brigades /
# Kata'ib Hezbollah): dropped to compare two names when two words or more remain.
UNIT_WORDS = words_table(
    "brigade brigades battalion battalions militia militias movement organization organisation"
)


def kind_of_text(text: str) -> str | None:
    """ORG or GPE when the words of a mention say what kind of thing it names."""
    words = [w for w in text.replace("’", "'").split() if w[:1].isalpha()]
    if len(words) < 2:
        return None
    first = fold_token(words[0])
    if words[-1].lower() in PLACE_END_WORDS:
        return "GPE"
    if words[-1].lower() in ORG_END_WORDS or (first and first[0] in ARABIC_ORG_WORDS):
        return "ORG"
    return None


def kind_of_mentions(texts: Iterable[str]) -> str | None:
    """The kind most multi-word mentions of a cluster say, when more than half of them say one."""
    kinds = [kind_of_text(t) for t in texts if len(t.split()) > 1]
    named = [k for k in kinds if k]
    if not named or 2 * len(named) <= len(kinds):
        return None
    return max(sorted(set(named)), key=named.count)


def is_company_name(name: Name) -> bool:
    """A name of two words or more that ends with a company word, or a firm's name written
    with its partnership's legal form ("Paulson & Co.", "Mumford & Sons")."""
    return name.firm or (len(name.tokens) > 1 and name.tokens[-1] in COMPANY_END_WORDS)


def without_unit_word(name: Name) -> tuple[str, ...] | None:
    """The folded tokens without a trailing unit word, when two tokens or more remain."""
    if len(name.tokens) >= 3 and name.tokens[-1] in UNIT_WORDS:
        return name.tokens[:-1]
    return None
