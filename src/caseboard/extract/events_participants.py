"""Participants, places and details of event mentions.

A participant is kept only when it is an entity mention (PERSON, ORG, GPE, NORP, FAC, LOC) or a
personal pronoun that resolves to a person named before it (``events_pronouns``); pronouns like
"those" and common nouns like "revolution" are dropped. A place is a place name attached to the
trigger, or modifying an event noun; a mention naming nobody and nowhere that adds nothing to a
timeline is left out (``without_details``). See docs/events.md, "Participants and place" and
"Participants and triggers".
"""

from __future__ import annotations

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_pronouns import antecedent, referents, sentence_people
from caseboard.extract.events_pronouns_syntax import PERSONAL_PRONOUNS, pronoun_token
from caseboard.extract.events_records import Argument, EventMention
from caseboard.extract.events_syntax import SentenceView
from caseboard.records import Mention, Token
from caseboard.resolve.demonyms import is_place_word
from caseboard.resolve.names import clean_name

PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Mentions nothing else is a part of: what a statement says is no part of the saying, and a dated
# fact names no kind of happening ("Asia was feeling the effects of the 2002 Bali bombings").
UNTYPED = frozenset({lex.STATEMENT, lex.OTHER, lex.REPORTED})
# What makes a plural event noun particular ("the attacks", "three killings", "Israeli strikes").
BOUNDING = ("det", "poss", "nummod", "compound", "amod", "nmod", "quantmod")


def people_in(
    view: SentenceView,
    context: list[Argument] | None = None,
    earlier: dict[int, Argument | None] | None = None,
) -> list[Argument]:
    """Persons of the sentence, most salient first (``events_pronouns.sentence_people``): its named
    persons and its pronouns as whom they stand for, given the ``context`` of the sentence before;
    without a context a pronoun names only someone named before it in its own sentence."""
    return sentence_people(view, context or [], earlier)


def is_personal_pronoun(arg: Argument | None) -> bool:
    return arg is not None and arg.text.casefold() in PERSONAL_PRONOUNS


def settle(
    view: SentenceView, event: EventMention, recent: list[Argument],
    earlier: dict[int, Argument | None] | None = None,
) -> EventMention:  # fmt: skip
    """Resolve he/she/his to a named person (``events_pronouns``: left unlinked when English leaves
    it open), then drop participants that are not named entities. ``earlier``: the sentence's
    pronouns resolved (``events_pronouns.referents``), computed once for all its events."""
    earlier = referents(view, recent) if earlier is None else earlier
    event.agent = resolved(view, event, event.agent, event.patient, recent, earlier)
    event.patient = resolved(view, event, event.patient, event.agent, recent, earlier)
    event.agent, event.patient = named(event.agent), named(event.patient)
    if event.age_holder is not None:
        event.age_holder = named(resolved(view, event, event.age_holder, None, recent, earlier))
    return event


def resolved(
    view: SentenceView, event: EventMention, arg: Argument | None, other: Argument | None,
    recent: list[Argument], earlier: dict[int, Argument | None],
) -> Argument | None:  # fmt: skip
    """A personal pronoun of the sentence: the person it stands for that is not the event's other
    participant, or None; a person of the context no rule could name stays unknown."""
    if arg is None or not is_personal_pronoun(arg):
        return arg
    if any(arg is person for person in recent):  # "at 22 he joined": the unknown of the context
        return None
    tok = pronoun_token(view, arg, event.trigger_start)
    if tok is None:
        return None
    taken = other if other is not None and not is_personal_pronoun(other) else None
    return antecedent(view, tok, recent, earlier, taken)


def named(arg: Argument | None) -> Argument | None:
    return arg if arg is not None and arg.label in PARTICIPANT_LABELS else None


def is_place(view: SentenceView, mention: Mention) -> bool:
    """A place name: labelled GPE/LOC/FAC (the resolved entity's type first), or a name the tagger
    took for an organisation or a person that opens with a place word ("Kfar Saba", "Camp Speicher")."""
    label = view.label_of(mention)
    if label in lex.PLACE_LABELS:
        return True
    words = mention.text.split()
    first = words[1] if len(words) > 2 and words[0].casefold() == "the" else words[0] if words else ""
    return label in ("ORG", "PERSON") and len(words) > 1 and first.casefold() in lex.TOPONYM_WORDS


def modifier_place(view: SentenceView, noun: Token) -> Argument | None:
    """ "the Madrid bombing", "the Kfar Darom bus attack": a place name modifying an event noun is
    where it happened; a country's name there is a party ("a U.S. airstrike", "the Iraq invasion"),
    except before a disaster ("the Japan earthquake")."""
    if noun.pos not in ("NOUN", "PROPN"):
        return None
    for mod in view.kids(noun, "compound", "nmod", "amod"):
        for _, mention in view.mentions_under(mod):
            if is_place(view, mention) and not (is_country(view, mention) and by_party(noun)):
                return view.of_mention(mention)
    return None


def is_country(view: SentenceView, mention: Mention) -> bool:
    """A country's name (general knowledge: ``resolve.demonyms``), by its entity's canonical name."""
    entity = view.entity_of.get(mention.id)
    name = clean_name(view.entity_names.get(entity, mention.text) if entity else mention.text)
    return name is not None and is_place_word(name)


def names_a_party(view: SentenceView, tok: Token, mention: Mention) -> bool:
    """A country's name premodifying an event noun: who did or suffered it, not where ("killed in a US
    drone strike at Baghdad airport" happened in Baghdad)."""
    head = view.head_of(tok)
    while head is not None and head.dep in ("compound", "amod", "nmod") and head.pos in ("NOUN", "PROPN"):
        head = view.head_of(head)
    return (
        tok.dep in ("compound", "amod", "nmod", "poss") and head is not None
        and head.lemma.lower() in lex.NOUN_TRIGGERS and by_party(head) and is_country(view, mention)
    )  # fmt: skip


def by_party(noun: Token) -> bool:
    """An event noun a country's name before it takes part in; a disaster happens in that country
    ("the Japan earthquake", "the U.S. oil spill")."""
    return lex.NOUN_TRIGGERS.get(noun.lemma.lower()) != lex.DISASTER


def place_of(view: SentenceView, trigger: Token) -> Argument | None:
    """A GPE/LOC/FAC mention attached by in/at/near/... to the trigger, its object, its by-phrase or
    the noun a participle trigger modifies ("the barracks in Beirut destroyed by a bomber")."""
    modified = [h for h in [view.head_of(trigger)] if h is not None and trigger.dep == "acl"]
    heads = [trigger, *view.kids(trigger, "dobj", "nsubjpass"), *view.by_objects(trigger), *modified]
    for head in heads:
        for prep in view.kids(head, "prep"):
            if prep.text.lower() not in lex.PLACE_PREPOSITIONS:
                continue
            for obj in view.kids(prep, "pobj"):
                for tok, mention in view.mentions_under(obj):
                    if not names_a_party(view, tok, mention) and is_place(view, mention):
                        return view.of_mention(mention)
    return None


def without_details(view: SentenceView, found: list[EventMention]) -> list[EventMention]:
    """The sentence's mentions less those that name nobody and nowhere and add nothing to a timeline:
    a part of a fuller happening of the sentence ("the Americans attacked a base ..., resulting in the
    deaths of 25", "died in a helicopter crash", "launched a raid, killing eight soldiers and capturing
    two": the fuller mention already cites the sentence), a dated verb with no subject of its own
    ("served for 20 years, beginning in 1998", "involved in choosing the head", "based on"), or a
    kind of happening ("assassinations are forbidden")."""
    tokens = {t.start: t for t in view.tokens}
    fuller = {
        tokens[m.trigger_start].index for m in found
        if is_named(m) and m.type not in UNTYPED and m.trigger_start in tokens
    }  # fmt: skip
    return [m for m in found if is_named(m) or not is_detail(view, tokens.get(m.trigger_start), m, fuller)]


def is_detail(view: SentenceView, tok: Token | None, mention: EventMention, fuller: set[int]) -> bool:
    if tok is None:
        return False
    if mention.type == lex.OTHER and not own_subject(view, tok):
        return True
    return part_of(view, tok, fuller) or is_generic(view, tok)


def is_generic(view: SentenceView, noun: Token) -> bool:
    """ "assassinations are forbidden", "the CIA may not carry out assassinations": a bare plural event
    noun (no determiner, number, possessor or modifier but a participle: "targeted killings are
    permitted"), subject or object of a present-tense or
    infinitive verb, names a kind of happening, not one that happened ("explosions rocked the city",
    "hundreds of lawsuits have been filed" did happen)."""
    bounds = [k for k in view.kids(noun, *BOUNDING) if not (k.dep == "amod" and k.tag == "VBN")]
    if noun.pos != "NOUN" or noun.tag != "NNS" or bounds:  # "targeted killings are permitted": a kind
        return False
    verb = view.head_of(noun)
    if verb is None or verb.pos not in ("VERB", "AUX") or noun.dep not in ("nsubj", "nsubjpass", "dobj"):
        return False
    auxes = view.kids(verb, "aux", "auxpass")
    if any(a.lemma.lower() == "have" for a in auxes):  # a present perfect tells what has happened
        return False
    tenses = {verb.tag, *(a.tag for a in auxes)}
    return bool(tenses & {"VBP", "VBZ"}) or (verb.tag == "VB" and not tenses & {"VBD", "MD"})


def is_named(mention: EventMention) -> bool:
    return bool(mention.participants()) or mention.place is not None


def part_of(view: SentenceView, tok: Token, fuller: set[int]) -> bool:
    """``tok`` hangs, within a few steps, from a fuller trigger (or from the verb that did one:
    "launched a raid, killing ..."); a since/after/before phrase tells another happening, and a verb
    with a subject of its own is a clause of its own ("X was killed in 2001 and his son died in 2005")."""
    if view.kids(tok, "nsubj", "nsubjpass"):
        return False
    cur = view.head_of(tok)
    for _ in range(5):
        if cur is None or cur.text.lower() in lex.PRESUPPOSING_PREPOSITIONS or cur.lemma.lower() == "prior":
            return False
        if cur.index in fuller or any(o.index in fuller for o in realised(view, cur)):
            return True
        if view.kids(cur, "nsubj", "nsubjpass"):  # another clause: "..., but the lawsuit spooked them"
            return False
        cur = view.head_of(cur)
    return False


def realised(view: SentenceView, verb: Token) -> list[Token]:
    return view.kids(verb, "dobj") if verb.lemma.lower() in lex.DOING_VERBS else []


def own_subject(view: SentenceView, verb: Token) -> bool:
    """A verb with a subject (its own, or shared along conj/xcomp: "was cut and capped", "was confirmed
    to have contracted"; a relative pronoun: "the stage, which began in 2015"), or a main verb: not a
    bare participle or gerund ("beginning in 1998", "in choosing the head", "a magazine associated
    with ...") nor a word that is no verb ("From Wednesday's story", "LONDON, June 14")."""
    if verb.pos not in ("VERB", "AUX"):
        return False
    cur: Token | None = verb
    for _ in range(4):
        if cur is None:
            return False
        if view.kids(cur, "nsubj", "nsubjpass", "csubj", "expl") or cur.dep == "ROOT":
            return True
        cur = view.head_of(cur) if cur.dep in ("conj", "xcomp") else None
    return False
