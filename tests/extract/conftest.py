"""Fixtures of the extract tests: the spaCy pipeline the build uses, loaded once."""

from __future__ import annotations

import pytest

from caseboard.annotate import load_nlp
from caseboard.config import load_config


@pytest.fixture(scope="session")
def nlp():  # noqa: ANN201 - a spaCy Language
    return load_nlp(load_config().annotate.model)
