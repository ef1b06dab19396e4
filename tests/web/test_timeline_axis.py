"""The web timeline's axis in headless Chromium: a dot is a known day, a vaguer date (a month, a season, a
year) is a bar over the interval it allows, however short that is on the axis; the date filters show their
whole placeholder."""

from __future__ import annotations

from tests.web.conftest import LiveServer, shoot

DRAWN = """() => Array.from(document.querySelectorAll('svg.axis:not(.counts) a')).map(a => {
  const shape = a.querySelector('circle, rect');
  const box = shape.tagName === 'rect'
    ? [+shape.getAttribute('x'), +shape.getAttribute('x') + +shape.getAttribute('width')]
    : [+shape.getAttribute('cx'), +shape.getAttribute('cx')];
  return [a.getAttribute('href').split('#ev-')[1], shape.tagName, box];
})"""

PLACEHOLDERS = """() => Array.from(document.querySelectorAll('#tl-filters input[placeholder]')).map(input => {
  const style = getComputedStyle(input);
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = style.font;
  const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return [input.name, ctx.measureText(input.placeholder).width, room];
})"""


def _events(page, url: str) -> dict[str, dict]:  # noqa: ANN001 - a Playwright page
    answer = page.request.get(url + "/api/timeline?limit=1000").json()
    return {e["id"]: e for e in answer["events"]}


def test_a_dot_is_a_known_day_and_a_vaguer_date_a_bar(page, live_server: LiveServer) -> None:
    events = _events(page, live_server.url)
    page.goto(live_server.url + "/timeline")
    assert page.locator("svg.axis.counts").count() == 0, "the demo's events are drawn one by one"
    drawn = page.evaluate(DRAWN)
    assert len(drawn) == sum("x0" in e for e in events.values())
    vague = 0
    for ident, shape, (left, right) in drawn:
        e = events[ident]
        if e["earliest"][:10] == e["latest"][:10]:
            assert shape == "circle", f"{e['when']} is a known day: a dot"
            continue
        vague += 1
        assert shape == "rect", f"{e['when']} ({e['earliest']}..{e['latest']}) is a bar, not a dot"
        assert left <= e["x0"] * 10 + 0.01 and right >= e["x1"] * 10 - 0.01, "the bar covers its interval"
        assert right - left >= 3, "a short interval is still a visible bar"
    assert vague >= 10, "the demo has month, season and year dates"
    shoot(page, "10-timeline-axis")
    assert page.errors == []


def test_a_month_is_drawn_as_a_bar(page, live_server: LiveServer) -> None:
    events = _events(page, live_server.url)
    months = [i for i, e in events.items() if len(e["when"]) == 7 and e["when"][4] == "-" and "x0" in e]
    assert months, "the demo dates events to a month (2000-10)"
    page.goto(live_server.url + "/timeline")
    for ident in months:
        link = page.locator(f'svg.axis a[href$="#ev-{ident}"]')
        bar, dot = link.locator("rect.span").count(), link.locator("circle").count()
        assert (bar, dot) == (1, 0), f"{events[ident]['when']} is drawn as a dot"


def test_the_date_filters_show_their_whole_placeholder(page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/timeline")
    fields = page.evaluate(PLACEHOLDERS)
    dates = [f for f in fields if f[0] in ("from", "to")]
    assert len(dates) == 2
    for name, needed, room in dates:
        assert needed <= room, f"{name} cuts its placeholder: {needed:.0f}px of text in {room:.0f}px"
