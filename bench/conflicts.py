"""Conflict detection benchmark: labelled statement pairs (precision/recall beside a naive
baseline), optionally the claim figures of a caseboard, and the evidence-span check.

    python bench/conflicts.py                       # labelled pairs
    python bench/conflicts.py --db caseboard.duckdb # + clusters, conflicts, evidence-span check
    python bench/conflicts.py --no-pairs --timeline17 25            # build bpoil_*/H1N1_* (25 per outlet)
    python bench/conflicts.py --no-pairs --db FILE --restage --sample 20 --seed 5  # rerun claims stage
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from caseboard.annotate import load_nlp
from caseboard.compare.claims_cluster import build_clusters, cluster_key
from caseboard.compare.conflicts import find_conflicts
from caseboard.compare.conflicts_reported import reported_conflicts
from caseboard.config import load_config
from caseboard.extract.claims import extract_claims
from caseboard.extract.claims_text import claim_inputs
from caseboard.store import Store

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "claims" / "pairs.jsonl"


def predict(pair: dict, nlp) -> tuple[bool, bool]:  # noqa: ANN001
    """(caseboard says conflict, naive baseline says conflict) for one labelled pair."""
    a, b = claim_inputs([(p["text"], p["published"], p["outlet"]) for p in (pair["a"], pair["b"])], nlp)
    claims = extract_claims(a) + extract_claims(b)
    sources = {a.doc: pair["a"]["outlet"], b.doc: pair["b"]["outlet"]}
    found = (
        find_conflicts(build_clusters(claims, sources), sources)
        + reported_conflicts(a)
        + reported_conflicts(b)
    )
    keyed = [(cluster_key(c), c.value.casefold(), c.doc) for c in claims if cluster_key(c)]
    naive = any(k1 == k2 and v1 != v2 and d1 != d2 for k1, v1, d1 in keyed for k2, v2, d2 in keyed)
    return bool(found), naive


def score(labels: list[bool], predicted: list[bool]) -> tuple[float, float, int, int, int]:
    tp = sum(p and g for p, g in zip(predicted, labels, strict=True))
    fp = sum(p and not g for p, g in zip(predicted, labels, strict=True))
    fn = sum(g and not p for p, g in zip(predicted, labels, strict=True))
    return tp / max(1, tp + fp), tp / max(1, tp + fn), tp, fp, fn


def run_pairs() -> None:
    nlp = load_nlp(load_config().annotate.model)
    pairs = [json.loads(line) for line in PAIRS.read_text().splitlines() if line.strip()]
    labels, ours, naive = [], [], []
    for pair in pairs:
        o, n = predict(pair, nlp)
        labels.append(pair["label"] == "conflict")
        ours.append(o)
        naive.append(n)
        mark = "ok " if o == labels[-1] else "ERR"
        print(f"{mark} {pair['id']:28} label={pair['label']:8} caseboard={o!s:5} naive={n!s:5}")
    print(
        f"\n{len(pairs)} pairs ({sum(labels)} conflicts, {len(labels) - sum(labels)} agreeing look-alikes)\n"
    )
    print("| method | precision | recall | TP | FP | FN |\n|---|---|---|---|---|---|")
    for name, pred in (("caseboard", ours), ("naive: any different value", naive)):
        p, r, tp, fp, fn = score(labels, pred)
        print(f"| {name} | {p:.2f} | {r:.2f} | {tp} | {fp} | {fn} |")


def run_db(path: str) -> None:
    with Store(path, read_only=True) as store:
        raw = dict(store.query("SELECT id, raw_text FROM documents"))
        spans = store.query('SELECT doc, start, "end", quote FROM claims') + store.query(
            'SELECT doc, start, "end", quote FROM conflict_sides'
        )
        ok = sum(raw[d][s:e] == q for d, s, e, q in spans)
        multi = store.query(
            "SELECT count(*) FROM claim_clusters WHERE independent >= 2 AND cardinality(sources) >= 2"
        )
        kinds = store.query("SELECT kind, count(*) FROM conflicts GROUP BY kind ORDER BY kind")
        print(f"\n{path}: {len(raw)} documents, {store.query('SELECT count(*) FROM claims')[0][0]} claims")
        print(f"clusters stated by >= 2 independent sources: {multi[0][0]}; conflicts: {dict(kinds)}")
        share = 100 * ok / max(1, len(spans))
        print(f"evidence spans whose original text equals the quote: {ok}/{len(spans)} ({share:.1f}%)")


TIMELINE17 = Path(__file__).resolve().parents[2] / "shared" / "bench" / "timeline17"
_TOKENS = {"-LRB-": "(", "-RRB-": ")", "``": '"', "''": '"', " 's": "'s", " ,": ",", " .": ".", " n't": "n't"}


def _detokenize(text: str) -> str:
    for old, new in _TOKENS.items():
        text = text.replace(old, new)
    return text


def timeline17_jsonl(out: Path, per_outlet: int, offset: int = 0) -> int:
    """``per_outlet`` articles of every bpoil_*/H1N1_* outlet (from the ``offset``-th, in date order)
    as one JSONL file."""
    n = 0
    with out.open("w") as f:
        for folder in sorted([*TIMELINE17.glob("bpoil_*"), *TIMELINE17.glob("H1N1_*")]):
            files = sorted((folder / "InputDocs").glob("*/*"))[offset : offset + per_outlet]
            for path in files:
                text = _detokenize(" ".join(path.read_text(errors="replace").splitlines()))
                item = {"text": text, "outlet": folder.name.split("_")[1], "published": path.parent.name}
                f.write(json.dumps(item) + "\n")
                n += 1
    return n


def run_timeline17(per_outlet: int, workdir: Path, offset: int = 0) -> Path:
    from caseboard.api import Caseboard
    from caseboard.extract.claims_stage import claims_stage

    source, db = workdir / "timeline17.jsonl", workdir / "timeline17.duckdb"
    count = timeline17_jsonl(source, per_outlet, offset)
    print(f"\ntimeline17 bpoil_* + H1N1_*: {count} articles ({per_outlet} per outlet from #{offset})")
    board = Caseboard(db)
    board.build([str(source)])
    with Store(db) as store:
        claims_stage(store, board.cfg)
    return db


def restage(path: str) -> None:
    from caseboard.extract.claims_stage import claims_stage

    with Store(path) as store:
        claims_stage(store, load_config())


def sample_conflicts(path: str, n: int = 20, seed: int = 5) -> list[dict]:
    """A seeded random sample of ``n`` conflicts (all of them when fewer), each with its sides."""
    with Store(path, read_only=True) as store:
        rows = store.query("SELECT id, kind, explanation FROM conflicts ORDER BY id")
        picked = sorted(random.Random(seed).sample(rows, n)) if len(rows) > n else rows
        out = []
        for cid, kind, explanation in picked:
            sides = store.query(
                "SELECT s.doc, d.outlet, d.published, s.quote FROM conflict_sides s JOIN documents d "
                "ON d.id = s.doc WHERE s.conflict = ? ORDER BY s.idx",
                [cid],
            )
            out.append({"id": cid, "kind": kind, "explanation": explanation, "sides": sides})
            print(f"\n[{kind}] {cid} {explanation}")
            for doc, outlet, published, quote in sides:
                print(f"   {outlet} {published} {doc}: {quote[:300]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", action="append", default=[], help="a built caseboard with the claims stage run"
    )
    parser.add_argument("--no-pairs", action="store_true")
    parser.add_argument("--sample", type=int, default=20, help="conflicts to print for judging by hand")
    parser.add_argument("--seed", type=int, default=5, help="seed of the random conflict sample")
    parser.add_argument("--restage", action="store_true", help="rerun the claims stage on each --db first")
    parser.add_argument("--timeline17", type=int, default=0, metavar="N", help="build N articles per outlet")
    parser.add_argument("--offset", type=int, default=0, help="skip the first N articles of each outlet")
    parser.add_argument("--workdir", default="/tmp/caseboard-bench-conflicts")
    args = parser.parse_args()
    if not args.no_pairs:
        run_pairs()
    dbs = list(args.db)
    if args.timeline17:
        Path(args.workdir).mkdir(parents=True, exist_ok=True)
        dbs.append(str(run_timeline17(args.timeline17, Path(args.workdir), args.offset)))
    for path in dbs:
        if args.restage:
            restage(path)
        run_db(path)
        sample_conflicts(path, args.sample, args.seed)


if __name__ == "__main__":
    main()
