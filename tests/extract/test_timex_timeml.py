"""The TimeML projection of a range: its endpoints stay two expressions, each with its own value."""

from caseboard.extract.timex import tag_timexes

SENTENCE = "The number of doctors who performed abortions declined between 1982 and 1992."


def _found(text: str, **kw: bool) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, "1998-10-25", **kw)]


def test_a_range_is_one_interval_in_the_caseboard() -> None:
    assert _found(SENTENCE) == [("between 1982 and 1992", "1982/1992")]


def test_timeml_ranges_keeps_each_endpoint_with_its_value() -> None:
    assert _found(SENTENCE, timeml_ranges=True) == [("1982", "1982"), ("1992", "1992")]


def test_timeml_ranges_keeps_fuzzy_endpoints_apart() -> None:
    found = _found("He left in late 1997 or early 1998.", timeml_ranges=True)
    assert [text for text, _ in found] == ["late 1997", "early 1998"]
    assert [value[:4] for _, value in found] == ["1997", "1998"]


def test_timeml_ranges_leaves_single_dates_alone() -> None:
    text = "The clinic was attacked on Oct. 23, 1998, two days later."
    assert _found(text, timeml_ranges=True) == _found(text)
