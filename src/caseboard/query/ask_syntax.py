"""Descriptions of an entity from the stored parse: appositions ("X, the commander of Y,") and
copular sentences ("X is a ...")."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from caseboard.query.ask_records import Question

if TYPE_CHECKING:
    from caseboard.query.search import SearchHit

MAX_TOKENS = 14  # longer descriptions are cut before a clause
CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "cc", "appos"})


def descriptions(
    question: Question, hit: SearchHit, mentions: list[dict[str, Any]], tokens: list[dict[str, Any]]
) -> list[str]:
    """What the sentence says the asked entity is."""
    from caseboard.query.ask_sentences import is_asked

    asked = [m for m in mentions if is_asked(m, question) and m["label"] != "CARDINAL"]
    if not asked:
        return []
    by_idx = {t["idx"]: t for t in tokens}
    children: dict[int, list[int]] = defaultdict(list)
    for t in tokens:
        if t["head"] != t["idx"]:
            children[t["head"]].append(t["idx"])
    found = []
    for mention in asked:
        inside = {t["idx"] for t in tokens if t["start"] >= mention["start"] and t["end"] <= mention["end"]}
        root = next((i for i in inside if by_idx[i]["head"] not in inside), None)
        if root is None:
            continue
        for span in described_spans(root, inside, by_idx, children):
            text = span_text(hit, [by_idx[i] for i in sorted(span)])
            if text and text.lower() not in {mention["text"].lower(), ""}:
                found.append(text)
    return found


def described_spans(
    root: int, inside: set[int], by_idx: dict[int, dict[str, Any]], children: dict[int, list[int]]
) -> list[set[int]]:
    spans = [subtree(c, children) for c in children[root] if by_idx[c]["dep"] == "appos" and c not in inside]
    head = by_idx[root]["head"]
    if by_idx[root]["dep"] == "appos" and head in by_idx:
        before = {i for i in subtree(head, children) if i < min(subtree(root, children))}
        spans.append(before)
    title = titles_before(root, inside, by_idx, children)
    if title:
        spans.append(title)
    if by_idx[root]["dep"].startswith("nsubj") and head in by_idx and by_idx[head]["lemma"] == "be":
        spans += [subtree(c, children) for c in children[head] if by_idx[c]["dep"] == "attr"]
    return [trimmed(s, by_idx) for s in spans if s]


def titles_before(
    root: int, inside: set[int], by_idx: dict[int, dict[str, Any]], children: dict[int, list[int]]
) -> set[int]:
    """ "Judge Michael Pastor": the title words (not names) of the same phrase just before the name."""
    first = min(inside)
    found: set[int] = set()
    for child in children[root]:
        if child < first and child not in inside and by_idx[child]["dep"] in ("compound", "amod", "nmod"):
            found |= {i for i in subtree(child, children) if i < first}
    contiguous = {i for i in found if all(j in found for j in range(i, first))}
    return contiguous if all(not by_idx[i]["ent_type"] for i in contiguous) else set()


def subtree(root: int, children: dict[int, list[int]]) -> set[int]:
    found, stack = set(), [root]
    while stack:
        node = stack.pop()
        if node not in found:
            found.add(node)
            stack.extend(children.get(node, []))
    return found


def trimmed(span: set[int], by_idx: dict[int, dict[str, Any]]) -> set[int]:
    """The leading run of the span, without punctuation at its edges or trailing clauses."""
    ordered = sorted(i for i in span if i in by_idx)
    kept: list[int] = []
    for i in ordered:
        if kept and (i != kept[-1] + 1 or len(kept) >= MAX_TOKENS or by_idx[i]["dep"] in CLAUSES):
            break
        kept.append(i)
    while kept and by_idx[kept[-1]]["pos"] in ("PUNCT", "CCONJ"):
        kept.pop()
    while kept and by_idx[kept[0]]["pos"] == "PUNCT":
        kept.pop(0)
    return set(kept)


def span_text(hit: SearchHit, tokens: list[dict[str, Any]]) -> str:
    if not tokens:
        return ""
    start, end = tokens[0]["start"] - hit.start, tokens[-1]["end"] - hit.start
    return hit.quote[start:end].strip() if 0 <= start < end <= len(hit.quote) else ""
