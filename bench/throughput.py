"""Build throughput against raw spaCy on a fixed set of Timeline17 articles.

    .venv/bin/python bench/throughput.py [--docs 500] [--processes 1]

Runs each side in its own process (so peak memory is measured apart):
  raw:   nlp.pipe over the decoded texts with the same model and batch size;
  build: `Caseboard.build` of the same files into a fresh database (ingest,
         cleaning, annotation, dates, storage and the cross-document stages).
Both sides load the model before their clock starts (`load_nlp` is cached, so the
build uses the loaded one); `--model-load-in-build` times the build's own load
as the bench did before 2026-12-01 14:50 UTC.
Prints tokens per second for both, the ratio, and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "timeline17"


def fixed_articles(n: int) -> list[Path]:
    """The first ``n`` articles in a fixed order, taken round-robin over topics."""
    topics = sorted(p for p in BENCH.iterdir() if (p / "InputDocs").is_dir())
    per_topic = [sorted((t / "InputDocs").rglob("*.txt")) for t in topics]
    out: list[Path] = []
    i = 0
    while len(out) < n and any(i < len(files) for files in per_topic):
        out.extend(files[i] for files in per_topic if i < len(files) and len(out) < n)
        i += 1
    return out


def run_raw(files: list[Path], processes: int) -> dict:
    from caseboard.annotate import load_nlp
    from caseboard.config import load_config

    cfg = load_config().annotate
    nlp = load_nlp(cfg.model)
    texts = [f.read_text("utf-8", errors="replace") for f in files]
    started, cpu = time.perf_counter(), time.process_time()
    docs = nlp.pipe(texts, batch_size=cfg.batch_size, n_process=processes)
    tokens = sum(sum(1 for t in doc if not t.is_space) for doc in docs)  # the build stores no space tokens
    return {"tokens": tokens, "seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu}


def run_build(files: list[Path], processes: int, preload: bool = True) -> dict:
    from caseboard.annotate import load_nlp
    from caseboard.api import Caseboard
    from caseboard.config import load_config

    cfg = load_config(annotate__n_process=processes)
    if preload:  # loaded before the clock starts, as on the raw side (the build reuses it)
        load_nlp(cfg.annotate.model)
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "files"
        listing.mkdir()
        for i, f in enumerate(files):  # one folder of links keeps the paths list short
            (listing / f"{i:04d}_{f.parent.name}_{f.name}").symlink_to(f)
        board = Caseboard(Path(tmp) / "bench.duckdb", cfg=cfg)
        started, cpu = time.perf_counter(), time.process_time()
        report = board.build([str(listing)])
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"tokens": report.tokens, "seconds": seconds, "cpu": cpu, "documents": report.processed}


def child(mode: str, n: int, processes: int, preload: bool) -> None:
    files = fixed_articles(n)
    result = run_raw(files, processes) if mode == "raw" else run_build(files, processes, preload)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--model-load-in-build", action="store_true", help="time the build's model load too")
    parser.add_argument("--child", choices=["raw", "build"])
    args = parser.parse_args()
    if args.child:
        child(args.child, args.docs, args.processes, not args.model_load_in_build)
        return
    results = {}
    for mode in ("raw", "build"):
        command = [sys.executable, __file__, "--child", mode, "--docs", str(args.docs)]
        command += ["--processes", str(args.processes)]
        command += ["--model-load-in-build"] if args.model_load_in_build else []
        out = subprocess.run(command, capture_output=True, text=True, check=True)
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    raw, build = results["raw"], results["build"]
    raw_tps, build_tps = raw["tokens"] / raw["seconds"], build["tokens"] / build["seconds"]
    raw_cps, build_cps = raw["tokens"] / raw["cpu"], build["tokens"] / build["cpu"]
    print("| run | documents | tokens | seconds | tokens/s | CPU seconds | tokens/CPU s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| raw nlp.pipe | {args.docs} | {raw['tokens']} | {raw['seconds']:.1f} | {raw_tps:.0f} | "
          f"{raw['cpu']:.1f} | {raw_cps:.0f} | {raw['peak_rss_mb']:.0f} |")  # fmt: skip
    print(f"| caseboard build | {build['documents']} | {build['tokens']} | {build['seconds']:.1f} | "
          f"{build_tps:.0f} | {build['cpu']:.1f} | {build_cps:.0f} | "
          f"{build['peak_rss_mb']:.0f} |")  # fmt: skip
    print(f"\nbuild / raw throughput: {build_tps / raw_tps:.2f} (target >= 0.80)")
    # the two sides run one after the other: on a shared machine the load can change in between,
    # and CPU time moves far less with it than wall time
    print(f"build / raw throughput per CPU second: {build_cps / raw_cps:.2f}")


if __name__ == "__main__":
    main()
