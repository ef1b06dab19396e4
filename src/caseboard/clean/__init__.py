"""Cleaning stage: body text, captions and removed spans, with a map to the original.

``clean_document`` dispatches on the document kind (HTML or flattened text) and
then fills the metadata both paths share.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from caseboard.config import CleanConfig
from caseboard.records import CleanDocument, RawDocument, Skipped

STAGE_VERSION = "clean-2"  # bumped when metadata changes (outlets, path dates), so documents are re-cleaned


def clean_document(raw: RawDocument, cfg: CleanConfig) -> CleanDocument:
    if raw.kind == "html":
        from caseboard.clean.html import clean_html

        clean = clean_html(raw, cfg)
    else:
        from caseboard.clean.text import clean_text

        clean = clean_text(raw, cfg)
    from caseboard.clean.metadata import enrich

    clean.meta = enrich(clean, cfg)
    return clean


def clean_documents(raws: Iterable[RawDocument], cfg: CleanConfig) -> Iterator[CleanDocument | Skipped]:
    """Clean each document; one that fails is yielded as ``Skipped`` with the reason."""
    for raw in raws:
        try:
            yield clean_document(raw, cfg)
        except Exception as exc:  # one broken document never stops a build
            yield Skipped(raw.path, f"could not be cleaned: {type(exc).__name__}: {exc}")
