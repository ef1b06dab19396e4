"""Products: a model number or a product name alone and the longer name of the same
product in its document (787 / 787 Dreamliner, A380 / Airbus A380, Taurus / Ford Taurus)."""

from __future__ import annotations

from caseboard.resolve.linking import Linker
from caseboard.resolve.names import is_model_number
from caseboard.resolve.nodes import Node


def _product_word(node: Node) -> str | None:
    """The one word of a model number (A380) or of a name the tagger calls a product."""
    if node.full or node.name.acronym:
        return None
    token = node.name.tokens[0]
    return token if is_model_number(token) or node.label == "PRODUCT" else None


def _names_product(full: Node, word: str, model: bool) -> bool:
    """``full`` ends with the word (Airbus A380, Ford Taurus) or, for a model number,
    opens with it (787 Dreamliner)."""
    tokens = full.name.tokens
    return tokens[-1] == word or (model and tokens[0] == word)


def merge_doc_products(link: Linker, by_doc: dict[str, list[int]]) -> None:
    """In each document, a model number or product word and the one longer name of it."""
    for members in by_doc.values():
        fulls = [j for j in members if link.nodes[j].full and link.nodes[j].label != "PERSON"]
        for i in members:
            word = _product_word(link.nodes[i])
            if word is None:
                continue
            model = is_model_number(word)
            found = link.roots(j for j in fulls if _names_product(link.nodes[j], word, model))
            if len(found) == 1:
                link.merge(found[0], i, "product-short-form")
