"""Annotation stage: sentences, tokens and entity mentions (spaCy)."""

from caseboard.annotate.spacy_stage import STAGE_VERSION, annotate, load_nlp, to_annotated

__all__ = ["STAGE_VERSION", "annotate", "load_nlp", "to_annotated"]
