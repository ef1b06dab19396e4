"""Scoring of bench/resolve.py: gold mentions matched to predicted ones (by head word, or by the
earlier last-word rule), and B-cubed over the gold mentions."""

from __future__ import annotations

from collections import defaultdict

from caseboard.records import Mention
from resolve_data import GoldMention


def match_gold(gold: list[GoldMention], predicted: list[Mention], rule: str = "head") -> list[Mention | None]:
    """Each gold mention's predicted mention, or None (undetected).

    ``head`` (the default): first the predicted mention containing the gold head word;
    a predicted mention that contains the heads of several gold mentions stands for the
    one whose extent it fits best (nested appositions sharing one head all match); then a
    gold mention still unmatched takes an unclaimed predicted mention overlapping it
    ("The Dow Jones Industrial Average" / "Dow Jones"). ``last-token``: the earlier rule,
    the predicted mention containing the last word, else the one overlapping most, with
    no limit on how many gold mentions one predicted mention stands for."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in predicted:
        by_doc[m.doc].append(m)
    if rule == "last-token":
        return [_last_token_match(g, by_doc[g.doc]) for g in gold]
    out: list[Mention | None] = [None] * len(gold)
    claims: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        hit = next((m for m in by_doc[g.doc] if m.start <= g.head[0] and g.head[1] <= m.end), None)
        if hit is not None:
            claims[hit.id].append(i)
            out[i] = hit
    for idx in claims.values():
        m = out[idx[0]]
        best = max(idx, key=lambda i: (_fit(gold[i], m), -gold[i].start))
        for i in idx:
            out[i] = m if gold[i].head == gold[best].head else None
    taken = {m.id for m in out if m is not None}
    for i, g in enumerate(gold):
        if out[i] is None:
            free = [m for m in by_doc[g.doc] if m.id not in taken and m.start < g.end and g.start < m.end]
            if free:
                out[i] = max(free, key=lambda m: (_fit(g, m), -m.start))
                taken.add(out[i].id)
    return out


def _fit(g: GoldMention, m: Mention) -> float:
    """Overlap of the two extents over their union (1.0: the same characters)."""
    inter = min(m.end, g.end) - max(m.start, g.start)
    return inter / (max(m.end, g.end) - min(m.start, g.start))


def _last_token_match(g: GoldMention, mentions: list[Mention]) -> Mention | None:
    overlapping = [m for m in mentions if m.start < g.end and g.start < m.end]
    with_head = [m for m in overlapping if m.start <= g.last[0] and g.last[1] <= m.end]
    pool = with_head or overlapping
    return max(pool, key=lambda m: (min(m.end, g.end) - max(m.start, g.start), -m.start)) if pool else None


def bcubed(gold: list[GoldMention], predicted_cluster: list[str | None]) -> tuple[float, float, float]:
    """B-cubed over gold mentions; None in ``predicted_cluster`` is a singleton."""
    pred = [c if c is not None else f"#single{i}" for i, c in enumerate(predicted_cluster)]
    by_pred: dict[str, list[int]] = defaultdict(list)
    by_gold: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by_pred[pred[i]].append(i)
        by_gold[g.cluster].append(i)
    p = r = 0.0
    for i, g in enumerate(gold):
        same = sum(1 for j in by_pred[pred[i]] if gold[j].cluster == g.cluster)
        p += same / len(by_pred[pred[i]])
        r += same / len(by_gold[g.cluster])
    n = max(1, len(gold))
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
