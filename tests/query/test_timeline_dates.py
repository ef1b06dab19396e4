"""The date a reader is shown for an event: an ISO prefix or YYYY/YYYY read from its range."""

from __future__ import annotations

from caseboard.query.timeline import TimelineEntry
from caseboard.query.timeline_dates import shown_date


def test_the_shown_date_is_the_calendar_form_of_the_range():
    """QA #12 and #17: TimeML values are no ISO prefix; a range narrowed by grouping reads narrower."""
    assert shown_date("199", "1990-01-01", "1999-12-31") == "1990/1999"
    assert shown_date("1980-FA", "1980-09-01", "1980-11-30") == "1980"
    assert shown_date("2018-W11", "2018-03-12", "2018-03-18") == "2018-03"
    assert shown_date("2018-W13", "2018-03-26", "2018-04-01") == "2018"
    assert shown_date("2016", "2016-05-01", "2016-05-31") == "2016-05"
    assert shown_date("2001-09-11TEV", "2001-09-11", "2001-09-11") == "2001-09-11"
    assert shown_date("2019/2020", "2019-12-31", "2020-01-31") == "2019/2020"
    assert shown_date("2007", "2007-01-01", "2007-12-31") == "2007"
    assert shown_date("PRESENT_REF", None, "2020-01-31") is None
    assert shown_date("2015", None, "2015-12-31") == "2015"


def test_the_range_is_shown_only_where_the_date_does_not_say_it():
    season = TimelineEntry(
        "s", "attack", "1980", "1980-09-01", "1980-11-30", "season", "sentence", "s", [], None, [], "1980-FA"
    )
    month = TimelineEntry(
        "m", "death", "2016-05", "2016-05-01", "2016-05-31", "year", "narrative", "s", [], None, [], "2016"
    )
    assert season.when == "1980 [1980-09-01..1980-11-30]"
    assert month.when == "2016-05 (narrative)"
