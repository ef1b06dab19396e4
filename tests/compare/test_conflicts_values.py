from caseboard.compare.claims_values import incompatible, places_differ
from caseboard.extract.claims_records import AGE, DATE, NUMBER, PLACE, Claim


def claim(
    attribute: str, value: str, vtype: str, lo=None, hi=None, number=None, bound="exact", doc="a"
) -> Claim:
    return Claim(
        "x" + doc + value, doc, 0, 0, 1, "q", "s", "S", attribute, value, vtype, lo, hi, number, bound
    )


def test_date_intervals_disjoint_conflict_overlap_agrees():
    day = claim("death_date", "May 12, 2006", DATE, "2006-05-12", "2006-05-12")
    year = claim("death_date", "2016", DATE, "2016-01-01", "2016-12-31", doc="b")
    month = claim("death_date", "May 2006", DATE, "2006-05-01", "2006-05-31", doc="b")
    assert incompatible(day, year) == "date"
    assert incompatible(day, month) is None


def test_age_against_birth_is_widened_by_a_year():
    born = claim("birth_date", "1957", DATE, "1957-01-01", "1957-12-31")
    stale = claim("birth_date", "62", AGE, "1958-01-01", "1958-12-31", doc="b")
    far = claim("birth_date", "41", AGE, "1968-01-01", "1969-12-31", doc="b")
    assert incompatible(born, stale) is None
    assert incompatible(born, far) == "age"


def test_places_only_conflict_between_distinct_facilities():
    assert places_differ("Beirut airport", "Damascus airport")
    assert not places_differ("Baghdad airport", "Baghdad International Airport")
    assert not places_differ("Baghdad", "Iraq")
    assert not incompatible(claim("death_place", "Lima", PLACE), claim("death_place", "Peru", PLACE, doc="b"))


def test_numbers_beyond_rounding_and_bounds():
    eleven = claim("count:kill:worker", "11", NUMBER, number=11)
    assert incompatible(eleven, claim("count:kill:worker", "25", NUMBER, number=25, doc="b")) == "number"
    assert (
        incompatible(
            claim("c", "200", NUMBER, number=200), claim("c", "210", NUMBER, number=210, bound="approx")
        )
        is None
    )
    assert (
        incompatible(
            claim("c", "2000", NUMBER, number=2000, bound="lower"), claim("c", "2300", NUMBER, number=2300)
        )
        is None
    )


def test_negated_claims_are_never_compared():
    a = claim("death_date", "2011", DATE, "2011-01-01", "2011-12-31")
    b = claim("death_date", "2013", DATE, "2013-01-01", "2013-12-31", doc="b")
    b.negated = True
    assert incompatible(a, b) is None


def test_two_cities_of_one_region_differ_but_a_city_and_its_country_do_not():
    assert places_differ("Lyon, France", "Marseille, France")
    assert not places_differ("Lyon, France", "Lyon")
    assert not places_differ("Aleppo, Syria", "Syria")
    assert not places_differ("Lyon", "Marseille")  # no gazetteer: unknown, so compatible
    assert not places_differ("Kerman, Iran", "Kerman Province, Iran")


def test_same_origin_is_a_revision_not_a_conflict():
    from caseboard.compare.claims_cluster import conflicting_pairs

    a = claim("count:deaths:people", "81", NUMBER, number=81, doc="a")
    b = claim("count:deaths:people", "103", NUMBER, number=103, doc="b")
    assert conflicting_pairs([a, b], {"a": "Reuters", "b": "Reuters"}) == []
    assert [k for _, _, k in conflicting_pairs([a, b], {"a": "Reuters", "b": "BBC"})] == ["number"]
