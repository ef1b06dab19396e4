"""Caseboard: an evidence-linked caseboard from articles that disagree."""

__version__ = "0.1.0"
