"""``caseboard ask``: a plain question answered from the caseboard, with citations."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from caseboard.cli.options import config_option, db_option, json_option, open_board
from caseboard.query.ask_records import Answer, Citation


@click.command("ask")
@db_option
@config_option
@click.argument("question")
@click.option("--limit", type=int, default=5, show_default=True, help="Citations per answer.")
@click.option("--semantic", is_flag=True, help="Rerank sentences with the embeddings extra.")
@json_option
def command(
    db: str | None, config_path: str | None, question: str, limit: int, semantic: bool, as_json: bool
) -> None:
    """Answer QUESTION (when, where, who, how many, who is) from the caseboard's evidence."""
    with open_board(config_path, db) as board:
        answer = board.ask(question, limit=limit, semantic=semantic)
    click.echo(json.dumps(answer_json(answer), ensure_ascii=False, indent=2) if as_json else render(answer))


def answer_json(answer: Answer) -> dict:
    found = asdict(answer)
    if answer.answer:
        found.pop("closest")
    return found


def cite_lines(citation: Citation) -> list[str]:
    source = citation.outlet or citation.doc
    return [f"  - {source} ({citation.path} [{citation.start}:{citation.end}])", f"    “{citation.quote}”"]


def render(answer: Answer) -> str:
    if not answer.answer:
        lines = [f"No answer in this caseboard to: {answer.question}", "Closest sentences:"]
        for hit in answer.closest:
            lines.append(f"  - {hit.outlet or hit.doc} ({hit.path} [{hit.start}:{hit.end}])")
            lines.append(f"    “{hit.quote}”")
        return "\n".join(lines)
    lines = [f"{answer.answer}  ({answer.type})"]
    for citation in answer.citations:
        lines += cite_lines(citation)
    for alt in answer.alternatives:
        lines.append(f"Other sources say: {alt.answer}  ({alt.type})")
        for citation in alt.citations:
            lines += cite_lines(citation)
    return "\n".join(lines)
