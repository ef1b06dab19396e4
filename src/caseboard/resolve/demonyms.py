"""Demonyms and the places they are formed from (general knowledge, English usage).

"Iranian" names a nationality, not the state: the resolver records the pair as a
``demonym-of`` relation between the two entities instead of merging them (see
``Resolution.relations`` and docs/overrides.md)."""

from __future__ import annotations

from caseboard.resolve.names import Name, clean_name


def _table(text: str) -> dict[str, str]:
    pairs = (line.split(":") for line in text.strip().splitlines())
    return {d.strip(): place.strip() for place, ds in pairs for d in ds.split(",")}


# place: demonym, demonym ...
DEMONYMS = _table("""
    Afghanistan: Afghan
    Algeria: Algerian
    Argentina: Argentine, Argentinian
    Australia: Australian
    Austria: Austrian
    Bahrain: Bahraini
    Bangladesh: Bangladeshi
    Belgium: Belgian
    Brazil: Brazilian
    Canada: Canadian
    Chile: Chilean
    China: Chinese
    Colombia: Colombian
    Cuba: Cuban
    Denmark: Danish, Dane
    Egypt: Egyptian
    Ethiopia: Ethiopian
    Finland: Finnish, Finn
    France: French
    Germany: German
    Greece: Greek
    Hungary: Hungarian
    India: Indian
    Indonesia: Indonesian
    Iran: Iranian
    Iraq: Iraqi
    Ireland: Irish
    Israel: Israeli
    Italy: Italian
    Japan: Japanese
    Jordan: Jordanian
    Kenya: Kenyan
    Kuwait: Kuwaiti
    Lebanon: Lebanese
    Libya: Libyan
    Malaysia: Malaysian
    Mexico: Mexican
    Morocco: Moroccan
    Netherlands: Dutch
    New Zealand: New Zealander
    Nigeria: Nigerian
    North Korea: North Korean
    Norway: Norwegian
    Oman: Omani
    Pakistan: Pakistani
    Philippines: Filipino, Philippine
    Poland: Polish, Pole
    Portugal: Portuguese
    Qatar: Qatari
    Russia: Russian
    Saudi Arabia: Saudi
    Singapore: Singaporean
    South Africa: South African
    South Korea: South Korean
    Spain: Spanish, Spaniard
    Sudan: Sudanese
    Sweden: Swedish, Swede
    Switzerland: Swiss
    Syria: Syrian
    Taiwan: Taiwanese
    Thailand: Thai
    Tunisia: Tunisian
    Turkey: Turkish, Turk
    Ukraine: Ukrainian
    United Arab Emirates: Emirati
    United Kingdom: British, Briton
    United States: American
    Venezuela: Venezuelan
    Vietnam: Vietnamese
    Yemen: Yemeni
    Europe: European
    Africa: African
    Asia: Asian
    North America: North American
    """)
# Other names of the places above, as written in the news.
PLACE_NAMES = _table("""
    United States: US, USA, America, United States of America
    United Kingdom: UK, Britain, Great Britain
    Netherlands: Holland
    """)


def _key(text: str) -> str:
    name = clean_name(text)
    return name.key if name else text.lower()


_PLACE_OF = {_key(d): _key(p) for d, p in DEMONYMS.items()}
_PLACE_OF |= {_key(d + "s"): p for d, p in list(_PLACE_OF.items()) if d.endswith("n")}
_ALSO = {_key(alias): _key(p) for alias, p in PLACE_NAMES.items()}


def place_of_demonym(name: Name) -> str | None:
    """The matching key of the place a demonym is formed from (Iranians -> iran)."""
    return _PLACE_OF.get(name.key)


def place_key(name: Name) -> str:
    """A place name's key with common alternative names folded (U.S. -> united states)."""
    return _ALSO.get(name.key, name.key)


def governed_place(name: Name) -> str | None:
    """The key of the country whose government a name is: "the US Government",
    "the Canadian government", "Government of Iran" -> us / canada / iran."""
    tokens = name.tokens
    if len(tokens) >= 2 and tokens[-1] == "government":
        place = " ".join(tokens[:-1])
    elif len(tokens) >= 3 and tokens[:2] == ("government", "of"):
        place = " ".join(tokens[2:])
    else:
        return None
    place = _PLACE_OF.get(place, place)
    return _ALSO.get(place, place) if place in _PLACE_WORDS else None


_PLACE_WORDS = set(_PLACE_OF) | set(_ALSO) | set(_PLACE_OF.values())


def is_place_word(name: Name) -> bool:
    """A country, region or demonym of the table (Jordan, Jordanian, U.S.)."""
    return name.key in _PLACE_WORDS


def is_place_key(key: str) -> bool:
    return key in _PLACE_WORDS
