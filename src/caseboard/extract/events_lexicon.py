"""Event types and their trigger words, by lemma (general English, no corpus-specific words)."""

from __future__ import annotations

BIRTH = "birth"
DEATH = "death"  # death or killing
ATTACK = "attack"  # attack or strike
APPOINTMENT = "appointment"
MEETING = "meeting"  # meeting or visit
ARREST = "arrest"  # arrest or kidnapping
FOUNDING = "founding"
AGREEMENT = "agreement"
STATEMENT = "statement"
DISASTER = "disaster"  # explosion, crash, spill, outbreak
LEGAL = "legal"  # charge, trial, verdict, sentence, lawsuit
RESIGNATION = "resignation"
DECISION = "decision"  # approval, vote, ban, suspension by an authority
OTHER = "other"  # a fact dated only through an age ("joined ... at the age of 18")
REPORTED = "reported"  # a day the articles name when no event has it (events_reported)

EVENT_TYPES = (BIRTH, DEATH, ATTACK, APPOINTMENT, MEETING, ARREST, FOUNDING, AGREEMENT, DISASTER, LEGAL,
               RESIGNATION, DECISION, STATEMENT, OTHER, REPORTED)  # fmt: skip

# How much a type says about "what happened": statements are kept but rank low; a dated fact and a
# reported day (a day named with no recognised happening) name no type of happening.
TYPE_WEIGHT = {STATEMENT: 0.2, OTHER: 0.5, REPORTED: 0.5}

VERB_TRIGGERS: dict[str, str] = {
    "bear": BIRTH,
    "kill": DEATH, "assassinate": DEATH, "murder": DEATH, "eliminate": DEATH, "die": DEATH,
    "execute": DEATH, "slay": DEATH,
    "strike": ATTACK, "attack": ATTACK, "bomb": ATTACK, "shell": ATTACK, "raid": ATTACK,
    "invade": ATTACK, "target": ATTACK, "fire": ATTACK, "shoot": ATTACK, "ambush": ATTACK, "assault": ATTACK,
    "bombard": ATTACK, "stab": ATTACK, "massacre": ATTACK, "besiege": ATTACK, "retake": ATTACK,
    "recapture": ATTACK,
    "appoint": APPOINTMENT, "name": APPOINTMENT, "nominate": APPOINTMENT, "replace": APPOINTMENT,
    "succeed": APPOINTMENT, "promote": APPOINTMENT, "elect": APPOINTMENT,
    "meet": MEETING, "visit": MEETING,
    "arrest": ARREST, "kidnap": ARREST, "capture": ARREST, "detain": ARREST, "abduct": ARREST,
    "imprison": ARREST,
    "found": FOUNDING, "establish": FOUNDING, "form": FOUNDING, "create": FOUNDING,
    "sign": AGREEMENT, "agree": AGREEMENT, "ratify": AGREEMENT,
    "say": STATEMENT, "announce": STATEMENT, "declare": STATEMENT, "claim": STATEMENT, "deny": STATEMENT,
    "confirm": STATEMENT, "state": STATEMENT, "warn": STATEMENT, "tell": STATEMENT,
    "explode": DISASTER, "crash": DISASTER, "collapse": DISASTER, "sink": DISASTER, "erupt": DISASTER,
    "leak": DISASTER, "spill": DISASTER, "flood": DISASTER,
    "charge": LEGAL, "sue": LEGAL, "convict": LEGAL, "sentence": LEGAL, "indict": LEGAL, "acquit": LEGAL,
    "fine": LEGAL, "testify": LEGAL,
    "resign": RESIGNATION, "quit": RESIGNATION, "dismiss": RESIGNATION, "oust": RESIGNATION,
    "approve": DECISION, "vote": DECISION, "ban": DECISION, "suspend": DECISION, "halt": DECISION,
    "veto": DECISION, "pass": DECISION, "rule": DECISION, "order": DECISION, "lift": DECISION,
}  # fmt: skip

NOUN_TRIGGERS: dict[str, str] = {
    "birth": BIRTH,
    "death": DEATH, "killing": DEATH, "assassination": DEATH, "murder": DEATH, "execution": DEATH,
    "elimination": DEATH,
    "strike": ATTACK, "attack": ATTACK, "bombing": ATTACK, "airstrike": ATTACK, "raid": ATTACK,
    "invasion": ATTACK, "assault": ATTACK, "offensive": ATTACK, "ambush": ATTACK, "shelling": ATTACK,
    "massacre": ATTACK, "bombardment": ATTACK, "incursion": ATTACK, "shooting": ATTACK, "firefight": ATTACK,
    "gunfight": ATTACK, "shootout": ATTACK, "stabbing": ATTACK, "siege": ATTACK, "downing": ATTACK,
    "retaking": ATTACK, "recapture": ATTACK,
    "appointment": APPOINTMENT, "nomination": APPOINTMENT,
    "imposition": DECISION,  # "the imposition of a curfew"; of an event noun, that noun's type
    "meeting": MEETING, "visit": MEETING, "summit": MEETING, "talks": MEETING,
    "arrest": ARREST, "kidnapping": ARREST, "capture": ARREST, "abduction": ARREST, "detention": ARREST,
    "founding": FOUNDING, "establishment": FOUNDING, "formation": FOUNDING,
    "agreement": AGREEMENT, "deal": AGREEMENT, "treaty": AGREEMENT, "accord": AGREEMENT,
    "ceasefire": AGREEMENT,
    "announcement": STATEMENT, "statement": STATEMENT,
    "explosion": DISASTER, "blast": DISASTER, "crash": DISASTER, "earthquake": DISASTER, "spill": DISASTER,
    "outbreak": DISASTER, "collapse": DISASTER, "fire": DISASTER, "eruption": DISASTER,
    "trial": LEGAL, "verdict": LEGAL, "lawsuit": LEGAL, "conviction": LEGAL, "indictment": LEGAL,
    "resignation": RESIGNATION,
    "approval": DECISION, "vote": DECISION, "ban": DECISION, "ruling": DECISION, "moratorium": DECISION,
}  # fmt: skip

# Verbs that are a trigger only with a preposition whose object is a named place, building or
# organisation: "broke into the embassy compound" (not "broke into tears").
PREP_VERB_TRIGGERS: dict[tuple[str, str], str] = {("break", "into"): ATTACK, ("storm", "into"): ATTACK}

# Nouns that are an attack only with a weapon compound: "rocket fire", "mortar fire" (not a house
# fire). "Bomb" is left out even as "car bomb" or "roadside bomb": mostly the weapon ("supplied
# insurgents with roadside bombs"), and the happening has its own verb ("a car bomb exploded").
COMPOUND_TRIGGERS: dict[str, tuple[frozenset[str], str]] = {
    "fire": (frozenset({"rocket", "mortar", "artillery", "gun", "sniper", "tank", "machine", "cannon",
                        "missile"}), ATTACK),
}  # fmt: skip
# Verbs of damage that report an attack when their doer is an attacker or a weapon: "the barracks
# destroyed by a suicide bomber", "a missile hit the building" (not "the fire destroyed the barn").
DAMAGE_VERBS = frozenset({"destroy", "damage", "hit", "wreck", "level", "flatten", "blow"})
ATTACKER_NOUNS = frozenset({
    "bomber", "attacker", "gunman", "assailant", "militant", "insurgent", "sniper", "terrorist", "missile",
    "rocket", "bomb", "drone", "shell", "mortar", "grenade", "warplane", "jet",
    "artillery", "explosive",
})  # fmt: skip
# First words of place names a tagger often labels an organisation or a person ("Kfar Saba", "Camp Speicher",
# "Fort Hood", "Mount Lebanon"): such a name modifying an event noun is where it happened.
TOPONYM_WORDS = frozenset({
    "kfar", "kafr", "tel", "beit", "ein", "deir", "ras", "wadi", "jebel", "jabal", "nahr",
    "camp", "fort", "mount", "mt", "lake", "port", "cape", "gulf", "bay", "kibbutz", "moshav",
})  # fmt: skip

# Verbs whose grammatical subject is the one the event happens to (patient), not an agent (so is the
# subject of a copula taking an office, events_copular: "he became head of ...").
SUBJECT_IS_PATIENT = frozenset({"die"})

# Taking an office with a copula (events_copular): "became head of", "was made chief of", "served as
# director of ..., beginning in 1998". The office is the complement noun or a word before it
# ("prime minister", "chief executive").
OFFICE_NOUNS = frozenset({
    "head", "commander", "chief", "leader", "director", "minister", "president", "chairman",
    "chairwoman", "chair", "secretary", "governor", "premier", "ceo", "chancellor", "mayor", "speaker",
    "ambassador", "envoy", "spokesman", "spokeswoman", "coach", "manager", "editor", "captain",
})  # fmt: skip
START_VERBS = frozenset({"begin", "start"})  # ", beginning in 1998": the start of a term
SUBJECT_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you", "who"})  # a person as subject
# Implicative verbs: their complement happened when they did ("helped establish X", "helped to found",
# "managed to kill"), unlike a wish or a plan ("vowed to kill").
IMPLICATIVE_VERBS = frozenset({"help", "manage"})
# Nouns that only carry an event noun: "the 2007 imposition of a siege" is a siege, in 2007.
LIGHT_NOUNS = frozenset({"imposition"})

# Lemmas that only count as a trigger in a particular use.
NEEDS_PASSIVE = frozenset({"bear", "name"})  # "was born", "was named commander"
NEEDS_OBJECT = frozenset(
    {
        "fire",
        "target",
        "form",
        "create",
        "state",
        "name",
        "pass",
        "order",
        "lift",
        "rule",
        "succeed",
        "replace",
    }
)

# "form"/"create" found something only when their object is an organisation ("formed a coalition",
# "created the Quds Force"), not "forming a line", "created a border", "creating 200 jobs".
NEEDS_ORGANISATION = frozenset({"form", "create"})
ORGANISATION_NOUNS = frozenset({
    "agency", "alliance", "army", "association", "band", "battalion", "bank", "board", "body", "brigade",
    "bureau", "cabinet", "cell", "club", "coalition", "commission", "committee", "company", "confederation",
    "consortium", "corps", "council", "department", "division", "faction", "federation", "firm", "force",
    "foundation", "front", "fund", "government", "group", "institute", "league", "legion", "militia",
    "ministry", "movement", "network", "office", "organisation", "organization", "panel", "party",
    "regiment", "society", "squad", "subsidiary", "team", "union", "unit", "venture", "wing",
})  # fmt: skip
# Verbs that say a happening stopped or did not take place: "told them to stop attacking", "refrained
# from shelling", "would deter Israel from attacking" (a verb complement of one is no happening).
STOPPING_VERBS = frozenset({
    "stop", "cease", "quit", "halt", "end", "refrain", "avoid", "prevent", "abandon", "deter", "dissuade",
    "discourage", "prohibit", "forbid", "bar",
})  # fmt: skip

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "on"})
# Names modifying an event noun: "Hezbollah attack" (agent); place names are its place instead.
AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP"})

# Irrealis (events_irrealis): what a sentence says only might, will or should happen.
MODALS = frozenset({"will", "would", "could", "might", "may", "should", "shall", "can"})
# Modifiers of an event noun saying it has not (yet) happened: "any attacks on", "future attacks", "a
# possible meeting". Those that may still be carried out ("the planned attack was carried out") yield
# to a realising verb; "any" and "no" never do ("no attack took place").
IRREALIS_MODIFIERS = frozenset({
    "any", "no", "future", "possible", "potential", "planned", "further", "proposed", "prospective",
    "threatened", "imminent", "expected", "likely",
})  # fmt: skip
NEVER_REALISED = frozenset({"any", "no"})
# Verbs saying an event noun they govern did take place ("carried out the attack", "the meeting was
# held", "the strike hit", "took place").
REALISING_VERBS = frozenset({
    "carry", "launch", "conduct", "stage", "mount", "execute", "commit", "perpetrate", "hold", "occur",
    "happen", "take", "begin", "start", "hit", "kill", "leave", "claim", "follow", "come", "unfold",
})  # fmt: skip
# Of those, the ones whose subject did the event noun they take as object ("Hezbollah launched a
# raid", "the group carried out the attack"): not "took the outbreak seriously", "the attack left 3 dead".
DOING_VERBS = frozenset({
    "carry", "launch", "conduct", "stage", "mount", "execute", "commit", "perpetrate", "hold", "unleash",
    "wage", "impose",
})  # fmt: skip
# Verbs and nouns whose complement or object is wanted, feared, threatened or demanded, not done:
# "threatened an attack", "vowed to avenge", "calls for the arrest of", "the threat of an attack".
WISH_WORDS = frozenset({
    "threaten", "threat", "vow", "warn", "warning", "call", "seek", "want", "hope", "intend", "aim",
    "consider", "prepare", "propose", "proposal", "demand", "urge", "pledge", "promise", "fear", "expect",
    "contemplate", "risk", "prospect", "possibility", "danger", "plan", "plot", "preparation",
})  # fmt: skip
# Of those, the ones whose definite object may well have happened ("a warning about the outbreak",
# "the spill is expected to head westward", "planned the 2006 kidnapping"): only an indefinite event
# noun ("warned of an attack", "planned attacks on") is a wish; "feared to have died" is a report.
WEAK_WISH_WORDS = frozenset({
    "warn", "warning", "fear", "expect", "risk", "prospect", "possibility", "danger", "contemplate",
    "plan", "plot", "prepare", "preparation",
})  # fmt: skip
# Of those, the ones that take an event noun as a bare object only through a preposition ("called for
# the arrest", not "called the killing a crime"; "considered the attack unlawful" is no wish).
WISH_NEEDS_PREPOSITION = frozenset({"call", "consider", "aim"})
# Planning words: a passive subject ("the kidnapping was planned by X") is a happening someone planned.
PLANNING_WORDS = frozenset({"plan", "plot", "prepare", "preparation"})
# A noun in a since/after/before phrase is presupposed, even inside a condition ("if you have been to
# Mexico since the outbreak").
PRESUPPOSING_PREPOSITIONS = frozenset({"since", "after", "before", "following", "during", "until"})
EVENT_NOUN_PREPOSITIONS = frozenset({"for", "of", "against", "about"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})

# State and opinion verbs (events_facts): a date of their clause says when something held or was
# thought ("Iran feared ...", "the pattern epitomizes ..."), not that something happened then.
STATIVE_VERBS = frozenset({
    "fear", "believe", "think", "know", "understand", "suppose", "doubt", "suspect", "like",
    "love", "hate", "dislike", "despise", "admire", "prefer", "want", "wish", "need", "deserve", "own",
    "possess", "belong", "contain", "comprise", "consist", "include", "involve", "depend", "lack",
    "resemble", "equal", "matter", "mean", "signify", "represent", "symbolize", "symbolise",
    "epitomize", "epitomise", "embody", "exemplify", "typify", "characterize", "characterise", "exist",
})  # fmt: skip
# "whoever replaces him will ...": a free relative with -ever names anyone who might, no one who did.
FREE_RELATIVES = frozenset({"whoever", "whomever", "whatever", "whichever"})
# "led the agency until October", "was held until 2008": the date ends a state, it dates no happening.
UNTIL_WORDS = frozenset({"until", "till", "til", "untill"})
# "has worked there since 2009": a present perfect reaches from a past date to now ("has disclosed ...
# in January 2009" cannot be dated by it: English takes no closed past time with a present perfect).
SINCE_WORDS = frozenset({"since"})
UP_TO_NOW_WORDS = frozenset({"past", "recent", "so", "far"})

# Nouns for people (general English): a nationality or creed before one of them in the plural names
# the people taking part ("American soldiers", "Sunni activists"); before any other noun it only
# describes a thing or an organisation ("the American Marine barracks", "American bases", "Shiite
# militias"), which is no member of the nationality. Agent nouns in -ist, -ian, -man/-men, -keeper
# are people too ("scientists", "civilians", "militiamen", "peacekeepers").
PEOPLE_NOUNS = frozenset({
    "adviser", "advisor", "agent", "airman", "ambassador", "ancestor", "appointee", "assassin",
    "athlete", "attacker", "attorney", "author", "baby", "banker", "bishop", "bodyguard", "boss", "boy",
    "businessman", "captive", "captor", "casualty", "chief", "child", "citizen", "civilian", "cleric",
    "coastguard", "colleague", "combatant", "commander", "commando", "conscript", "consultant",
    "consumer", "contractor", "counterpart", "crew", "critic", "customer", "delegate", "demonstrator",
    "descendant", "detainee", "diplomat", "director", "dissident", "doctor", "draftee", "driver",
    "emigrant", "employee", "engineer", "envoy", "escapee", "evacuee", "executive", "exile",
    "expatriate", "expert", "family", "fan", "farmer", "fighter", "firefighter", "follower", "force",
    "founder", "friend", "general", "girl", "governor", "guard", "guerrilla", "gunman", "hacker",
    "hijacker", "hostage", "human", "imam", "immigrant", "infant", "informant", "inhabitant",
    "inspector", "insurgent", "investigator", "investor", "judge", "kid", "kidnapper", "killer", "king",
    "lawmaker", "lawyer", "leader", "legislator", "man", "manager", "marine", "mayor", "medic",
    "member", "mercenary", "merchant", "migrant", "militant", "minister", "monarch", "monk", "national",
    "native", "negotiator", "nominee", "nurse", "officer", "official", "operative", "opponent", "owner",
    "paramedic", "paratrooper", "passenger", "patient", "people", "person", "personnel", "pilgrim",
    "pilot", "player", "police", "politician", "president", "priest", "prince", "prisoner",
    "prosecutor", "protester", "pupil", "rabbi", "rebel", "recruit", "refugee", "relative", "reporter",
    "rescuer", "researcher", "resident", "retiree", "ruler", "sailor", "senator", "settler",
    "shareholder", "soldier", "spy", "staffer", "student", "supporter", "surgeon", "survivor",
    "teacher", "teen", "teenager", "tourist", "trader", "trainee", "traveler", "traveller", "troop",
    "trooper", "veteran", "victim", "villager", "visitor", "volunteer", "voter", "woman", "worker",
    "writer", "youth",
})  # fmt: skip
PEOPLE_SUFFIXES = ("ist", "ian", "man", "men", "keeper")
NOT_PEOPLE = frozenset({
    "checklist", "blacklist", "playlist", "shortlist", "wishlist", "watchlist", "median", "specimen",
    "regimen", "abdomen", "meridian", "ottoman", "exist", "persist", "insist", "resist", "assist",
})  # fmt: skip
