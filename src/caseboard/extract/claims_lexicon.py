"""General word lists for claims: reporting verbs, hedges, negation, contrast cues, loaded terms.

Nothing here names a particular outlet, article or person: these are general English lexicons,
applied the same way to every source (documented in docs/claims.md).
"""

from __future__ import annotations

# Lemmas of verbs that attribute a statement to their grammatical subject.
REPORTING_VERBS = frozenset(
    {
        "say", "tell", "claim", "report", "accuse", "deny", "state", "announce", "declare", "assert",
        "allege", "confirm", "reveal", "insist", "argue", "write", "add", "note", "warn", "explain",
        "acknowledge", "admit", "suggest", "maintain", "contend", "disclose", "indicate", "describe",
        "call", "believe", "estimate", "testify", "quote", "cite", "observe", "remark", "stress",
        "emphasize", "concede", "conclude", "caution", "recall", "point",
    }
)  # fmt: skip

# Subject nouns that make an attribution anonymous ("a senior official said").
ANONYMOUS_NOUNS = frozenset(
    {
        "official", "source", "officer", "diplomat", "spokesman", "spokeswoman", "spokesperson", "aide",
        "insider", "expert", "analyst", "witness", "resident", "person", "people", "man", "woman",
        "commander", "colleague", "observer",
    }
)  # fmt: skip

# Nouns naming a report rather than a person ("according to foreign reports").
REPORT_NOUNS = frozenset(
    {"report", "reports", "rumor", "rumors", "rumour", "rumours", "version", "versions", "media", "account",
     "accounts", "estimate", "estimates", "sources", "claims"}
)  # fmt: skip

# Hedging cues, matched on lowercased token text (single words) or as phrases.
HEDGE_WORDS = frozenset(
    {
        "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly", "probably",
        "likely", "unlikely", "perhaps", "maybe", "may", "might", "could", "unverified", "unconfirmed",
        "rumor", "rumors", "rumour", "rumours", "seemingly", "presumably", "suspected", "believed",
        "alleged", "claimed", "estimated", "approximately", "about", "around", "roughly", "nearly",
    }
)  # fmt: skip
HEDGE_PHRASES = (
    "according to",
    "there are rumors",
    "it is believed",
    "is said to",
    "are said to",
    "was said to",
    "is thought to",
    "was thought to",
    "foreign reports",
    "some versions",
    "it is possible",
    "is debated",
)

# Words that make a number approximate: numbers so marked are compared with a wider tolerance.
APPROXIMATE_WORDS = frozenset(
    {"about", "around", "approximately", "roughly", "nearly", "some", "almost", "over", "more", "than",
     "at", "least", "up", "to", "estimated", "dozens", "hundreds", "thousands", "several"}
)  # fmt: skip

NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor"})

# Verbs by which one source contests another's account ("Y denied the claim"), and their passive
# ("the claim is debated"); nouns naming an account; words marking a competing source or account.
CONTEST_VERBS = frozenset(
    {"contradict", "dispute", "deny", "reject", "refute", "rebut", "challenge", "contest", "debate"}
)
ACCOUNT_NOUNS = frozenset(
    {
        "claim", "view", "report", "account", "testimony", "statement", "version", "finding", "assertion",
        "estimate", "figure", "allegation", "accusation", "suggestion", "conclusion", "story", "theory",
        "assessment", "equation", "charge", "study", "analysis", "survey", "data", "source", "reports",
    }
)  # fmt: skip
COMPETING_WORDS = frozenset(
    {
        "another",
        "different",
        "competing",
        "opposite",
        "contrary",
        "alternative",
        "conflicting",
        "contradictory",
    }
)
CONFLICTING_WORDS = frozenset({"conflicting", "contradictory", "contradicting", "competing"})
# One sentence holding both sides ("X disputes White House claims that ...", "X denied reports that
# ..."): the verbs, and the nouns of another speaker's account they take as object. Not "charge"
# (a court's charges are denied as a plea), nor offers, bills, ideas.
CONTESTING_VERBS = CONTEST_VERBS - {"debate"}
CONTESTED_ACCOUNTS = frozenset(
    {"claim", "report", "assertion", "statement", "allegation", "accusation", "contention", "account",
     "version", "testimony", "finding", "rumor", "rumour", "insistence"}
)  # fmt: skip
# Accounts that circulate without an author ("denied reports that ...", "rejected claims that ..."):
# with a that-clause, their own noun names the side.
CIRCULATING_ACCOUNTS = frozenset({"claim", "report", "allegation", "accusation", "rumor", "rumour"})


# Nouns that make a place a facility (a precise place: two different ones cannot both be right).
FACILITY_NOUNS = frozenset(
    {
        "airport", "hospital", "prison", "base", "embassy", "hotel", "mosque", "church", "palace",
        "station", "port", "camp", "compound", "square", "stadium", "university", "building", "house",
        "bridge", "checkpoint", "barracks",
    }
)  # fmt: skip

# Nouns of a named site where a one-off happening (explosion, sinking, crash) takes place.
SITE_NOUNS = FACILITY_NOUNS | {
    "rig", "refinery", "platform", "plant", "well", "pipeline", "tanker", "mine", "factory", "ship", "vessel",
    "reactor", "school", "plane", "aircraft", "ferry",
}  # fmt: skip

# Event triggers whose framing is compared (the verbs chosen for one act).
KILLING_LEMMAS = frozenset(
    {"kill", "murder", "assassinate", "target", "eliminate", "execute", "slay", "liquidate", "martyr",
     "neutralize", "die", "strike", "bomb", "attack", "hit", "take"}
)  # fmt: skip
KILLING_NOUNS = frozenset(
    {"killing", "murder", "assassination", "elimination", "execution", "martyrdom", "death", "strike",
     "airstrike", "attack", "liquidation", "targeting"}
)  # fmt: skip

# Loaded terms: words whose choice frames a subject. General political vocabulary, counted for
# every source alike; the list describes word choice, it does not grade it.
LOADED_TERMS: dict[str, str] = {
    "terror": "terror", "terrorism": "terror", "terrorist": "terror", "terrorists": "terror",
    "resistance": "resistance", "martyr": "martyr", "martyrs": "martyr", "martyrdom": "martyr",
    "martyred": "martyr", "shahid": "martyr", "regime": "regime", "regimes": "regime",
    "zionist": "zionist", "zionists": "zionist", "zionism": "zionist", "imperialist": "imperialist",
    "imperialism": "imperialist", "anti-imperialist": "imperialist", "imperial": "imperialist",
    "murder": "murder", "murdered": "murder", "murderer": "murder", "assassination": "assassination",
    "assassinated": "assassination", "propaganda": "propaganda", "militia": "militia",
    "militias": "militia", "occupation": "occupation", "occupier": "occupation", "occupiers": "occupation",
    "liberation": "liberation", "aggression": "aggression", "crusader": "crusader", "jihad": "jihad",
    "jihadist": "jihad", "jihadists": "jihad", "extremist": "extremist", "extremists": "extremist",
    "hero": "hero", "heroic": "hero", "enemy": "enemy", "enemies": "enemy", "proxy": "proxy",
    "proxies": "proxy", "thug": "thug", "thugs": "thug", "puppet": "puppet", "arrogant": "arrogant",
    "mastermind": "mastermind", "architect": "architect", "butcher": "butcher", "evil": "evil",
}  # fmt: skip

QUOTE_OPEN = frozenset({'"', "\u201c", "\u2018", "'", "\u00ab"})
QUOTE_CLOSE = frozenset({'"', "\u201d", "\u2019", "'", "\u00bb"})
