"""Claim input straight from a short text (for benchmarks, tests and the Python API):
the same annotate and timex stages as a build, without a database."""

from __future__ import annotations

from spacy.language import Language

from caseboard.annotate import annotate
from caseboard.config import load_config
from caseboard.extract.claims_records import ClaimInput
from caseboard.extract.dates_stage import document_timexes
from caseboard.records import CleanDocument, Metadata, RawDocument, Segment, content_id


def claim_inputs(texts: list[tuple[str, str | None, str | None]], nlp: Language) -> list[ClaimInput]:
    """(text, published ISO prefix, outlet) -> one ClaimInput per text."""
    cleans = []
    for text, published, outlet in texts:
        raw = RawDocument(
            f"text-{len(cleans)}", content_id("text", text, published, outlet, 64), text, "text", "utf-8"
        )
        precision = {4: "year", 7: "month", 10: "day"}.get(len(published or ""))
        meta = Metadata(outlet=outlet, published=published, published_precision=precision)
        cleans.append(CleanDocument(raw, text, [Segment(0, 0, len(text))], [], [], meta))
    out = []
    for ann in annotate(cleans, nlp, load_config().annotate):
        meta = ann.clean.meta
        out.append(ClaimInput(ann.doc_id, ann.clean.raw.text, meta.published, meta.outlet, ann.sentences,
                              ann.tokens, ann.mentions, document_timexes(ann)))  # fmt: skip
    return out
