"""Ask and search: answer accuracy, citation support and latency through the Python API.

    .venv/bin/python bench/ask.py [--seeds-db FILE] [--mj-db FILE] [--db FILE] [--build] [--semantic]

Accuracy: the question sets in tests/fixtures/questions/ (seeds.jsonl over examples/soleimani,
timeline17_mj.jsonl over Timeline17's MJ_bbc topic), each question with its acceptable answers
(or none). An answer is right when it states one of them (or, for "none", when nothing is
answered). Citation support: the share of citations of right answers whose quote states the
answer. Baseline in the same run: the first value of the asked type in the top BM25 sentence.

Latency: p50/p99 of ``Caseboard.ask`` and ``Caseboard.search`` on the caseboard given by --db
(default /tmp/ask_t17.duckdb); --build first builds all of ../shared/bench/timeline17 into it.
Missing seeds/MJ caseboards are built into /tmp.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from caseboard.api import Caseboard
from caseboard.query.ask import ask
from caseboard.query.ask_question import analyse
from caseboard.query.ask_records import NONE, Answer
from caseboard.query.ask_values import number_phrases, states
from caseboard.query.search import hits_for, rank_sentences
from caseboard.query.search_index import load_index, search_index_stage
from caseboard.store import Store
from caseboard.store import search as search_store

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "tests" / "fixtures" / "questions"
T17 = ROOT.parent / "shared" / "bench" / "timeline17"
SETS = {"seeds": ("seeds.jsonl", [ROOT / "examples" / "soleimani"]), "timeline17 MJ_bbc": (
    "timeline17_mj.jsonl", [T17 / "MJ_bbc" / "InputDocs"])}  # fmt: skip
PLACE_LABELS = ("GPE", "LOC", "FAC")


@dataclass(slots=True)
class Score:
    asked: int = 0
    right: int = 0
    baseline: int = 0
    citations: int = 0
    supported: int = 0
    misses: list[str] = field(default_factory=list)


def load_questions(name: str) -> list[dict]:
    return [json.loads(line) for line in (QUESTIONS / name).read_text().splitlines() if line.strip()]


def ensure_board(db: Path, paths: list[Path]) -> Path:
    if not db.exists():
        print(f"building {db} from {', '.join(map(str, paths))} ...", flush=True)
        Caseboard(db).build([str(p) for p in paths])
    with Store(db) as store:
        if search_store.index_stamp(store) is None:
            search_index_stage(store, Caseboard(db).cfg)  # a build without the stage wired
    return db


def is_right(answer: str, kind: str, expected: dict) -> bool:
    if expected["type"] == NONE:
        return kind == NONE
    if not answer:
        return False
    return any(states(answer, v) or states(v, answer) for v in expected["answers"] if len(answer) > 1)


def baseline(store: Store, question: str) -> str:
    """The first value of the asked type in the sentence BM25 ranks first for the question."""
    q = analyse(store, question)
    top = hits_for(store, rank_sentences(load_index(store), question, None, 1))
    if not top:
        return ""
    hit = top[0]
    key = [(hit.doc, hit.sentence)]
    if q.type == "date":
        dates = [t for t in search_store.timexes_in(store, key) if t["type"] == "DATE"]
        return dates[0]["text"] if dates else ""
    if q.type == "number":
        numbers = number_phrases(hit.quote)
        return numbers[0][2] if numbers else ""
    labels = PLACE_LABELS if q.type == "place" else ("PERSON",)
    mentions = [m for m in search_store.mentions_in(store, key) if m["label"] in labels]
    if q.type in ("place", "person"):
        return mentions[0]["text"] if mentions else ""
    after = re.split(r"[,;(]", hit.quote, maxsplit=2)
    return after[1].strip() if len(after) > 1 else hit.quote


def score_set(db: Path, questions: list[dict], semantic: bool) -> Score:
    score = Score()
    with Store(db, read_only=True) as store:
        for item in questions:
            answer: Answer = ask(store, item["question"], semantic=semantic)
            score.asked += 1
            if is_right(answer.answer, answer.type, item):
                score.right += 1
                score.citations += len(answer.citations)
                score.supported += sum(states(c.quote, answer.answer) for c in answer.citations)
            else:
                score.misses.append(f"{item['id']} {item['question']} -> {answer.answer!r}")
            guess = baseline(store, item["question"])
            score.baseline += is_right(guess, "none" if not guess else "x", item)
    return score


def api(board: Caseboard, name: str):  # noqa: ANN201
    """``board.ask`` / ``board.search``; the same calls through ``board.store()`` until they are wired."""
    method = getattr(board, name, None)
    if method is not None:
        return method
    from caseboard.query.search import search

    call = {"ask": ask, "search": search}[name]

    def through_store(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        with board.store() as store:
            return call(store, *args, **kwargs)

    return through_store


def latency(db: Path, semantic: bool) -> dict[str, float]:
    board = Caseboard(db)
    board_ask, board_search = api(board, "ask"), api(board, "search")
    questions = [q["question"] for name, _ in SETS.values() for q in load_questions(name)]
    lead = r"^(who|what|when|where|how many|how much|how old)\s+(is|was|did|were)?\s*"
    terms = [re.sub(lead, "", q.lower()).rstrip("?") for q in questions]
    started = time.perf_counter()
    board_search(terms[0])
    loaded = time.perf_counter() - started
    timings: dict[str, list[float]] = {"ask": [], "search": []}
    for question, words in zip(questions, terms, strict=True):
        for kind, call, arg in (("ask", board_ask, question), ("search", board_search, words)):
            t = time.perf_counter()
            call(arg, semantic=semantic)
            timings[kind].append((time.perf_counter() - t) * 1000)
    with Store(db, read_only=True) as store:
        docs, sents = store.query(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences)"
        )[0]
    found = {
        f"{k} {p}": float(np.percentile(v, int(p[1:]))) for k, v in timings.items() for p in ("p50", "p99")
    }
    return found | {"load s": loaded, "documents": docs, "sentences": sents, "queries": len(questions)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds-db", type=Path, default=Path("/tmp/ask_bench_seeds.duckdb"))
    parser.add_argument("--mj-db", type=Path, default=Path("/tmp/ask_bench_mj.duckdb"))
    parser.add_argument("--db", type=Path, default=Path("/tmp/ask_t17.duckdb"), help="latency caseboard")
    parser.add_argument("--build", action="store_true", help="build all of timeline17 into --db first")
    parser.add_argument("--semantic", action="store_true", help="rerank with the embeddings extra")
    parser.add_argument("--no-latency", action="store_true")
    parser.add_argument("--latency-only", action="store_true")
    args = parser.parse_args()
    if not args.latency_only:
        accuracy(args)
    if args.no_latency:
        return
    if args.build:
        Caseboard(args.db).build([str(p / "InputDocs") for p in sorted(T17.iterdir()) if p.is_dir()])
    found = latency(ensure_board(args.db, []), args.semantic)
    print("\n| caseboard | documents | sentences | index load | ask p50 / p99 | search p50 / p99 |")
    print("|---|---|---|---|---|---|")
    ask_ms = f"{found['ask p50']:.0f} / {found['ask p99']:.0f} ms"
    search_ms = f"{found['search p50']:.0f} / {found['search p99']:.0f} ms"
    print(f"| {args.db.name} | {found['documents']} | {found['sentences']} | {found['load s']:.2f} s | "
          f"{ask_ms} | {search_ms} |")  # fmt: skip


def accuracy(args: argparse.Namespace) -> None:
    rows = []
    for (label, (name, paths)), db in zip(SETS.items(), (args.seeds_db, args.mj_db), strict=True):
        s = score_set(ensure_board(db, paths), load_questions(name), args.semantic)
        rows.append((label, s))
        for miss in s.misses:
            print(f"  miss [{label}] {miss}")
    mode = "BM25 + embeddings rerank" if args.semantic else "BM25"
    print(f"\n### Ask ({mode})\n")
    print("| question set | questions | right | baseline right | citations stating the answer |")
    print("|---|---|---|---|---|")
    for label, s in rows:
        share = f"{s.supported}/{s.citations} ({s.supported / max(s.citations, 1):.0%})"
        print(f"| {label} | {s.asked} | {s.right} ({s.right / s.asked:.0%}) | {s.baseline} "
              f"({s.baseline / s.asked:.0%}) | {share} |")  # fmt: skip


if __name__ == "__main__":
    main()
