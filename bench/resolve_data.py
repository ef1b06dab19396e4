"""The MEANTIME reader of bench/resolve.py: each document's text rebuilt from its CAT tokens (one
sentence a line), and its gold named mentions with their cross-document cluster and head word."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

NAMED_TYPES = {"NAM", "PRE.NAM"}


@dataclass(slots=True)
class GoldMention:
    doc: str
    start: int
    end: int
    head: tuple[int, int]  # character span of the head token (``head_token``)
    cluster: str
    text: str
    last: tuple[int, int] = (0, 0)  # character span of the last token (the old head rule)


@dataclass(slots=True)
class Document:
    doc: str
    text: str
    gold: list[GoldMention]


def read_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id") or path.stem
    spans: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos, sentence = 0, None
    for tok in root.iter("token"):
        if sentence is not None and tok.get("sentence") != sentence:
            parts.append("\n")
            pos += 1
        elif parts:
            parts.append(" ")
            pos += 1
        sentence = tok.get("sentence")
        word = tok.text or ""
        spans[tok.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
    text = "".join(parts)
    return Document(doc_id, text, list(_gold_mentions(root, doc_id, spans, text)))


def _gold_mentions(
    root: ET.Element, doc_id: str, spans: dict[str, tuple[int, int]], text: str
) -> Iterable[GoldMention]:
    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is None or relations is None:
        return
    entities = {e.get("m_id"): e for e in markables.findall("ENTITY")}
    cluster_of: dict[str, str] = {}
    for rel in relations.findall("REFERS_TO"):
        target = rel.find("target")
        entity = entities.get(target.get("m_id")) if target is not None else None
        if entity is None:
            continue
        cluster = entity.get("instance_id") or f"{doc_id}:{entity.get('m_id')}"
        for source in rel.findall("source"):
            cluster_of[source.get("m_id", "")] = cluster
    for mention in markables.findall("ENTITY_MENTION"):
        m_id = mention.get("m_id", "")
        if mention.get("syntactic_type") not in NAMED_TYPES or m_id not in cluster_of:
            continue
        toks = [spans[a.get("t_id", "")] for a in mention.findall("token_anchor") if a.get("t_id") in spans]
        if toks:
            toks.sort()
            start, end = toks[0][0], toks[-1][1]
            head = head_token([text[s:e] for s, e in toks])
            yield GoldMention(doc_id, start, end, toks[head], cluster_of[m_id], text[start:end], toks[-1])


# Words that end an English noun phrase's pre-head part: the head is the last word before
# them ("Cupertino , California", "the Chief Executive Officer of General Motors").
POST_MODIFIER_STARTS = frozenset(
    [",", "(", ":", "--", "of", "in", "for", "at", "on", "near", "from", "with", "by"]
    + ["which", "who", "that", "located", "based", "and", "or"]
)
POSSESSIVES = frozenset(["'s", "'", "’s", "’"])


def head_token(words: list[str]) -> int:
    """Index of the head word of a gold extent: the last word before a post-modifier,
    after the last possessive ("Apple 's iTunes store" -> store); the last word when
    that leaves nothing."""
    begin = max((i + 1 for i, w in enumerate(words) if w in POSSESSIVES), default=0)
    end = next((i for i in range(begin, len(words)) if words[i].lower() in POST_MODIFIER_STARTS), len(words))
    return end - 1 if end > begin else len(words) - 1
