"""Probe: entities that mix a person with a company (issue #3, Timeline17).

    /work/main/.venv/bin/python bench/mixed_clusters.py --db STORE [--stored] [--show N]

Lists the clusters that hold a PERSON mention with a full name (two words or more once cleaned)
and an ORG mention written as a company (a legal form at its end: "Inc.", "Co.", "& Co.", "and
Company", "& Sons", "Bros." ...; or a company word ending its cleaned name: "Cameron
International") whose cleaned name the person's name does not open ("Goldman Sachs" tagged a
person beside "Goldman Sachs Group" is the firm, not a mix). "& Co." clusters are counted apart:
the firms named after a family name ("Paulson & Co." with Henry Paulson).

By default the stored mentions are resolved again with the current code (nothing is written);
``--stored`` reads the store's own entity links instead. The store must open read-only: a store
built by an earlier caseboard is copied and opened once writable (``caseboard.store.Store(copy)``)
to add its new columns.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from caseboard.records import Mention
from caseboard.resolve import resolve_entities
from caseboard.resolve.kinds import is_company_name
from caseboard.resolve.names import Name, clean_name, untokenize
from caseboard.store import Store
from caseboard.store import documents as docstore

# A legal form closing a company's name as written (before any cleaning).
LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Cos|Company|Companies|Ltd|LLC|LLP|PLC|Plc|AG|NV|"
    r"SA|GmbH)|\s+(?:&|and)\s+(?:Co|Cos|Company|Sons?|Partners)|\s+Bros)\.?$"
)
FIRM_FORM = re.compile(r"\s(?:&|and)\s+(?:Co|Cos|Company)\.?$", re.IGNORECASE)


@dataclass(slots=True)
class Mixed:
    """One cluster holding a person's full name and a company name it does not open."""

    entity: str
    persons: dict[str, int]  # person surface form -> mentions
    companies: dict[str, int]  # company surface form -> mentions
    firm: bool  # a company form is an "X & Co." firm


def _text(mention: Mention) -> str:
    return " ".join(untokenize(mention.text).split())


def company_form(mention: Mention) -> Name | None:
    """The cleaned name of an ORG mention written as a company, else None."""
    if mention.label != "ORG":
        return None
    text = _text(mention)
    name = clean_name(text, org_like=True)
    if name is None:
        return None
    return name if LEGAL_FORM.search(text) or is_company_name(name) else None


def person_form(mention: Mention) -> Name | None:
    name = clean_name(_text(mention)) if mention.label == "PERSON" else None
    firm = getattr(name, "firm", False)  # absent before the firm rule: the script also scores the old code
    return name if name is not None and len(name.tokens) > 1 and not firm else None


def mixed_clusters(mentions: list[Mention], links: dict[str, str]) -> list[Mixed]:
    """Clusters with a full person name and a company name that name does not open."""
    persons: dict[str, dict[str, tuple[Name, int]]] = defaultdict(dict)
    companies: dict[str, dict[str, tuple[Name, int]]] = defaultdict(dict)
    for mention in mentions:
        entity = links.get(mention.id)
        for table, name in ((persons, person_form(mention)), (companies, company_form(mention))):
            if entity is not None and name is not None:
                seen = table[entity].get(_text(mention))
                table[entity][_text(mention)] = (name, (seen[1] if seen else 0) + 1)
    out = []
    for entity in sorted(set(persons) & set(companies)):
        people = persons[entity]
        firms = {
            form: n
            for form, (name, n) in companies[entity].items()
            if not any(name.tokens[: len(p.tokens)] == p.tokens for p, _ in people.values())
        }
        if firms:
            firm = any(FIRM_FORM.search(form) for form in firms)
            out.append(Mixed(entity, {f: n for f, (_, n) in people.items()}, firms, firm))
    return out


def stored_links(store: Store) -> dict[str, str]:
    return dict(store.query("SELECT mention, entity FROM mention_entity"))


def _top(forms: dict[str, int], n: int = 3) -> str:
    return ", ".join(f"{f} ({c})" for f, c in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def report(found: Iterable[Mixed], names: dict[str, str], show: int) -> None:
    found = list(found)
    firms = sum(m.firm for m in found)
    print(f"clusters mixing a person and a company: {len(found)} ({firms} with an '& Co.' firm)")
    for m in found[:show]:
        mark = "firm " if m.firm else ""
        name = names.get(m.entity, m.entity)
        print(f"- {mark}{name}: persons {_top(m.persons)}; companies {_top(m.companies)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a built caseboard store (opened read-only)")
    parser.add_argument("--stored", action="store_true", help="the store's entity links, not resolved again")
    parser.add_argument("--show", type=int, default=50, help="clusters listed")
    args = parser.parse_args(argv)
    with Store(args.db, read_only=True) as store:
        mentions = list(docstore.iter_mentions(store))
        if args.stored:
            links = stored_links(store)
            names = dict(store.query("SELECT id, name FROM entities"))
        else:
            began = time.perf_counter()
            resolution = resolve_entities(mentions)
            links = resolution.links
            names = {e.id: e.name for e in resolution.entities}
            print(f"{len(mentions)} mentions -> {len(resolution.entities)} entities "
                  f"({time.perf_counter() - began:.1f} s)")  # fmt: skip
    report(mixed_clusters(mentions, links), names, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
