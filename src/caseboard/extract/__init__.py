"""Extraction stages: time expressions, claims, conflicts."""
