"""Finding event triggers in a parsed sentence and reading their participants and place."""

from __future__ import annotations

from dataclasses import dataclass

from caseboard.extract import events_lexicon as lex
from caseboard.extract.events_copular import carried_event, copular_type, done_through, office_holder
from caseboard.extract.events_irrealis import is_irrealis, negated_or_modal
from caseboard.extract.events_participants import is_place, modifier_place, place_of
from caseboard.extract.events_records import Argument
from caseboard.extract.events_syntax import SentenceView
from caseboard.records import Token

# Types whose possessor is who it befalls ("X's death", "X's arrest"), not who did it.
UNDERGOER_TYPES = frozenset({lex.DEATH, lex.BIRTH, lex.ARREST, lex.APPOINTMENT})


@dataclass(slots=True)
class Trigger:
    token: Token
    type: str
    agent: Argument | None
    patient: Argument | None
    place: Argument | None


def find_triggers(view: SentenceView) -> list[Trigger]:
    """Every token of the sentence that reports a happening of a known type."""
    out = []
    for tok in view.tokens:
        type_ = trigger_type(view, tok)
        if type_ is None or not happened(view, tok):
            continue
        agent, patient = (verb_arguments if tok.pos in ("VERB", "AUX") else noun_arguments)(view, tok, type_)
        out.append(Trigger(tok, type_, agent, patient, place_of(view, tok) or modifier_place(view, tok)))
    return [t for t in out if not restates(view, t)]


def restates(view: SentenceView, trigger: Trigger) -> bool:
    """A trigger noun that is the object of a trigger verb of the same type: one event ("signed an
    agreement"), or none when the verb did not happen ("would sign a deal")."""
    head = view.head_of(trigger.token)
    if head is not None and head.dep == "prep":
        if head.text.lower() in lex.PRESUPPOSING_PREPOSITIONS:  # "invaded X after the attacks": two
            return False
        head = view.head_of(head)
    return head is not None and head.index != trigger.token.index and trigger_type(view, head) == trigger.type


def trigger_type(view: SentenceView, tok: Token) -> str | None:
    lemma = tok.lemma.lower()
    if tok.pos == "VERB":
        if (type_ := verb_type(view, tok) or copular_type(view, tok)) is not None:
            return type_
        if (prep := entered_place(view, tok)) is not None:
            return lex.PREP_VERB_TRIGGERS[(lemma, prep.text.lower())]
        return lex.ATTACK if damaged_by_attacker(view, tok) else None
    if tok.pos in ("NOUN", "PROPN") and tok.ent_type == "":
        if (carried := carried_event(view, tok)) is not None:  # "the imposition of a siege": attack
            return trigger_type(view, carried)
        return compound_type(view, tok) or lex.NOUN_TRIGGERS.get(lemma)
    return None


def verb_type(view: SentenceView, tok: Token) -> str | None:
    lemma = tok.lemma.lower()
    if lemma not in lex.VERB_TRIGGERS:
        return None
    predicative = lemma in lex.NEEDS_OBJECT and view.kids(tok, "oprd")
    if lemma in lex.NEEDS_PASSIVE and not is_passive(view, tok) and not predicative:
        return None
    if lemma in lex.NEEDS_OBJECT and lemma not in lex.NEEDS_PASSIVE and not view.kids(tok, "dobj"):
        return None
    if lemma in lex.NEEDS_ORGANISATION and not founds_organisation(view, tok):
        return None
    return lex.VERB_TRIGGERS[lemma]


def compound_type(view: SentenceView, noun: Token) -> str | None:
    """ "rocket fire", "mortar fire": a noun that is an attack only with a weapon compound."""
    words, type_ = lex.COMPOUND_TRIGGERS.get(noun.lemma.lower(), (frozenset(), None))
    return type_ if any(c.lemma.lower() in words for c in view.kids(noun, "compound", "amod")) else None


def damaged_by_attacker(view: SentenceView, verb: Token) -> bool:
    """ "the barracks destroyed by a suicide bomber", "a missile hit the building": a verb of damage
    whose doer (the by-phrase, or an active subject) is an attacker or a weapon is an attack."""
    if verb.lemma.lower() not in lex.DAMAGE_VERBS:
        return False
    doers = view.by_objects(verb)
    subject, passive = subject_of(view, verb)
    if subject is not None and not passive:
        doers.append(subject)
    return any(d.lemma.lower() in lex.ATTACKER_NOUNS for d in doers)


def founds_organisation(view: SentenceView, verb: Token) -> bool:
    """ "formed a coalition", "created the Quds Force": the object is a named organisation or an
    organisation noun. A participle adjunct ("stayed with X and Y, forming a three-man command", "forming
    a human chain") says what its subject made up, so there only a named organisation counts ("left the
    party, forming the Social Democratic Party")."""
    adjunct = verb.tag == "VBG" and verb.dep in ("advcl", "acl") and not view.kids(verb, "nsubj")
    for obj in view.kids(verb, "dobj"):
        if "ORG" in labels_under(view, obj) or (not adjunct and obj.lemma.lower() in lex.ORGANISATION_NOUNS):
            return True
    return False


def entered_place(view: SentenceView, verb: Token) -> Token | None:
    """The preposition of a verb-preposition trigger ("broke into") whose object names a place,
    building or organisation."""
    for prep in view.kids(verb, "prep"):
        if (verb.lemma.lower(), prep.text.lower()) not in lex.PREP_VERB_TRIGGERS:
            continue
        for obj in view.kids(prep, "pobj"):
            if labels_under(view, obj) & (lex.PLACE_LABELS | {"ORG"}):
                return prep
    return None


def labels_under(view: SentenceView, tok: Token) -> set[str]:
    """The labels of the entity mentions in the phrase ``tok`` heads."""
    return {view.label_of(m) for _, m in view.mentions_under(tok)}


def is_passive(view: SentenceView, tok: Token) -> bool:
    if view.kids(tok, "auxpass", "nsubjpass"):
        return True
    return tok.tag == "VBN" and tok.dep in ("acl", "advcl", "conj", "ROOT", "relcl")


def happened(view: SentenceView, tok: Token) -> bool:
    """Not negated, not hypothetical, not an infinitive ("vowed to kill", "an operation to kill"),
    not stopped, not irrealis ("any attacks", "threatened an attack", "if Iran attacks")."""
    if negated_or_modal(view, tok):
        return False
    if (helper := done_through(view, tok)) is not None:  # "helped establish": if the helping happened
        return happened(view, helper) and not is_stopped(view, tok) and not is_irrealis(view, tok)
    return not is_infinitive(view, tok) and not is_stopped(view, tok) and not is_irrealis(view, tok)


def is_stopped(view: SentenceView, tok: Token) -> bool:
    """ "to stop attacking", "refrained from shelling": a verb complement of a stopping verb."""
    if tok.pos != "VERB" or tok.dep not in ("xcomp", "pcomp", "ccomp", "dobj"):
        return False
    head = view.head_of(tok)
    if head is not None and head.dep == "prep" and head.text.lower() == "from":
        head = view.head_of(head)
    return head is not None and head.lemma.lower() in lex.STOPPING_VERBS


def is_infinitive(view: SentenceView, tok: Token) -> bool:
    """ "vowed to kill", "an operation to locate and kill X": a base form under "to" or in a
    complement clause, and a bare verb conjoined to one (it shares the "to")."""
    if tok.tag != "VB":
        return False
    if tok.pos == "VERB" and tok.dep in ("xcomp", "advcl", "ccomp"):
        return True
    if any(a.text.lower() == "to" for a in view.kids(tok, "aux")):
        return True
    head = view.head_of(tok)
    return tok.dep == "conj" and head is not None and head.pos == "VERB" and is_infinitive(view, head)


def subject_of(view: SentenceView, verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject token and whether it is a passive subject (shared across conjuncts)."""
    cur: Token | None = verb
    for _ in range(4):
        if cur is None:
            break
        if found := view.kids(cur, "nsubjpass"):
            return found[0], True
        if found := view.kids(cur, "nsubj"):
            return found[0], False
        cur = view.head_of(cur) if cur.dep in ("conj", "xcomp") else None
    return None, False


def verb_arguments(view: SentenceView, verb: Token, type_: str) -> tuple[Argument | None, Argument | None]:
    subject, passive = subject_of(view, verb)
    controller = view.controlling_verb(verb) if type_ != lex.OTHER else None  # a fact's gerund: a detail
    if subject is None and controller is not None:
        subject, passive = subject_of(view, controller)[0], False
    if subject is None and (owner := view.gerund_possessor(verb)) is not None:  # "X's killing"
        subject, passive = owner, type_ in UNDERGOER_TYPES
    takes_office = type_ == lex.APPOINTMENT and copular_type(view, verb) is not None  # befalls its subject
    if subject is None and takes_office:
        subject = office_holder(view, verb)  # "X served as head of Y, beginning in 1998": X
    agent = patient = None
    if subject is not None:
        if passive or takes_office or verb.lemma.lower() in lex.SUBJECT_IS_PATIENT:
            patient = view.argument(subject)
        else:
            agent = view.argument(subject)
    elif verb.dep in ("acl", "relcl") and (noun := view.head_of(verb)) is not None:
        if verb.tag == "VBN":
            patient = view.argument(noun)
        else:
            agent = view.argument(noun)
    for obj in view.by_objects(verb):
        agent = view.argument(obj)
    if patient is None and type_ != lex.STATEMENT:
        objects = (
            view.kids(verb, "dobj") or _prep_objects(view, verb, ("with", "on", "against", "into"))
            or shared_objects(view, verb)
        )  # fmt: skip
        if objects:
            patient = view.argument(objects[0])
    return agent, patient


def shared_objects(view: SentenceView, verb: Token) -> list[Token]:
    """ "invaded and occupied Iraq": the object of a subjectless conjoined verb is the first one's too."""
    return [
        obj
        for conj in view.kids(verb, "conj")
        if conj.pos == "VERB" and not view.kids(conj, "nsubj", "nsubjpass")
        for obj in view.kids(conj, "dobj")
    ]


def noun_arguments(view: SentenceView, noun: Token, type_: str) -> tuple[Argument | None, Argument | None]:
    agent = patient = None
    undergoer = type_ in UNDERGOER_TYPES
    light, noun = noun, carried_event(view, noun) or noun  # "the imposition of a siege on X by Y"
    for poss in view.kids(noun, "poss"):
        if undergoer:
            patient = view.argument(poss)
        else:
            agent = view.argument(poss)
    for obj in _prep_objects(view, noun, ("of",)):
        if undergoer or type_ == lex.ATTACK:
            patient = patient or view.argument(obj)
        else:
            agent = agent or view.argument(obj)
    for obj in _prep_objects(view, noun, ("on", "against", "with")):
        patient = patient or view.argument(obj)
    for obj in _prep_objects(view, noun, ("by",)) + _prep_objects(view, light, ("by",)):
        agent = view.argument(obj)
    if agent is None:
        agent = participle_doer(view, noun)
    if agent is None and type_ == lex.MEETING:
        agent = host_subject(view, noun)
    if agent is None:
        agent = modifier_agent(view, noun) or realiser(view, noun)
    return agent, patient


def participle_doer(view: SentenceView, noun: Token) -> Argument | None:
    """ "the lawsuit filed by the administration", "the attack carried out by X": the by-phrase of a
    participle modifying the event noun."""
    for acl in view.kids(noun, "acl"):
        if acl.tag == "VBN" and (doers := view.by_objects(acl)):
            return view.argument(doers[0])
    return None


def modifier_agent(view: SentenceView, noun: Token) -> Argument | None:
    """ "the Hezbollah attack": a person, organisation or group name modifying the event noun; a
    place name there ("the Kfar Darom bus attack") is its place (``modifier_place``), never its agent."""
    agent = None
    for mod in view.kids(noun, "compound", "amod", "nmod"):
        mention = view.mention_at(mod)
        if mention is not None and view.label_of(mention) in lex.AGENT_LABELS and not is_place(view, mention):
            agent = view.of_mention(mention)
    return agent


def realiser(view: SentenceView, noun: Token) -> Argument | None:
    """ "Hezbollah launched a raid", "the group carried out the attack": the subject of a verb of
    doing whose object is the event noun did it (not "took the outbreak seriously")."""
    head = view.head_of(noun)
    if noun.dep != "dobj" or head is None or head.lemma.lower() not in lex.DOING_VERBS:
        return None
    subject, passive = subject_of(view, head)
    return view.argument(subject) if subject is not None and not passive else None


def host_subject(view: SentenceView, noun: Token) -> Argument | None:
    """ "In a visit to Beirut, X laid wreaths", "at a meeting in Moscow, X unfurled a map": the
    visitor is the subject of the clause the visit's in/during/on/at phrase belongs to."""
    prep = view.head_of(noun) if noun.dep == "pobj" else None
    if prep is None or prep.text.lower() not in ("in", "during", "on", "at"):
        return None
    verb = view.head_of(prep)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    subject, passive = subject_of(view, verb)
    return view.argument(subject) if subject is not None and not passive else None


def _prep_objects(view: SentenceView, head: Token, preps: tuple[str, ...]) -> list[Token]:
    found = []
    for prep in view.kids(head, "prep"):
        if prep.text.lower() in preps:
            found.extend(view.kids(prep, "pobj"))
    return found
