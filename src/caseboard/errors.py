"""One exception family. Every message says what went wrong and what to do."""

from __future__ import annotations


class CaseboardError(Exception):
    """Base class: the CLI prints ``str(error)`` on one line and exits non-zero."""

    exit_code = 1


class InputError(CaseboardError):
    """A path or argument the user gave cannot be used."""

    exit_code = 2


class ConfigError(CaseboardError):
    """The configuration file or a setting is invalid."""

    exit_code = 2


class StoreError(CaseboardError):
    """The caseboard database cannot be opened, read or written."""

    exit_code = 3


class ModelError(CaseboardError):
    """A language model is not installed or cannot be loaded."""

    exit_code = 4


class DocumentError(CaseboardError):
    """One document cannot be read or cleaned; the build reports it and goes on."""
