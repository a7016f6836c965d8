"""Which currency an amount is in where its words alone do not say: a rupee, a peso, a
cent or a sen is the one of the country the story is about, and where the story fixes
none the unit stays unknown (None) rather than guessed.
"""

from __future__ import annotations

import re

# Currencies several countries share a name with, by the country a story names most.
_NATIONAL = {
    "rupee": (("NPR", r"\bNepal(?:i|ese)?\b|\bKathmandu\b"),
              ("INR", r"\bIndian?\b|\b(?:New\s+)?Delhi\b|\bMumbai\b|\bKolkata\b|\bChennai\b|\bBengaluru\b"),
              ("PKR", r"\bPakistani?\b|\bIslamabad\b|\bKarachi\b|\bLahore\b"),
              ("LKR", r"\bSri Lankan?\b|\bColombo\b")),
    "peso": (("PHP", r"\bPhilippines?\b|\bFilipinos?\b|\bManila\b"), ("MXN", r"\bMexic(?:o|an)\b")),
    "sen": (("MYR", r"\bMalaysian?\b|\bKuala Lumpur\b|\bringgit\b|\bRM\s?\d"), ("BND", r"\bBrunei\b")),
}  # fmt: skip

# A hundredth of a currency, by the currency (or the name of the family of currencies) it belongs to.
MINOR_UNITS = {
    "US cents": "USD",
    "cents": "cent",
    "cent": "cent",
    "sen": "sen",
    "centavos": "peso",
    "centavo": "peso",
    "paise": "rupee",
    "paisa": "rupee",
    "satang": "THB",
}

# The dollars a story writes, by how it writes them.
_DOLLARS = (
    ("USD", r"US\$|\bUS\s+dollars?\b|\bU\.S\.\s+dollars?\b|\bUSD\b|(?<![\w$])\$(?=\s?\d)"),
    ("SGD", r"\bS\$|\bSingapore\s+dollars?\b|\bSGD\b"),
    ("HKD", r"\bHK\$|\bHong\s+Kong\s+dollars?\b|\bHKD\b"),
    ("TWD", r"\bNT\$|\bTaiwan\s+dollars?\b|\bTWD\b"),
    ("AUD", r"\bA\$|\bAustralian\s+dollars?\b|\bAUD\b"),
    ("BND", r"\bB\$|\bBrunei\s+dollars?\b|\bBND\b"),
)


# Where the press writes its own dollar as a bare "$" and the US one as "US$" (the Straits
# Times, the Borneo Bulletin, Hong Kong's papers), by the country and its own explicit sign.
_LOCAL_DOLLARS = (
    ("SGD", r"\bSingapore(?:an)?s?\b", r"\bS\$|\bSGD\b"),
    ("BND", r"\bBrunei(?:an)?s?\b", r"\bB\$|\bBND\b"),
    ("HKD", r"\bHong\s+Kong(?:ers?)?\b", r"\bHK\$|\bHKD\b"),
)
_US_SIGN = re.compile(r"\bUS\$|\bUSD\b")
# What only a Singapore paper writing for Singaporeans names: its amounts in "$" are Singapore dollars.
_SINGAPORE_HOME = re.compile(
    r"\bHDB\b|\bHousing\s+Board\b|\bCPF\b|\bCentral\s+Provident\s+Fund\b|\bMedi(?:Save|save|Shield)\b"
    r"|\bGST\s+Vouchers?\b|\bEdusave\b|\bSkillsFuture\b|\bWorkfare\b|\bCOE\b|\bCertificates?\s+of\s+Entitlement\b"
)
_BARE_SIGN = re.compile(r"(?<![\w$])\$(?=\s?\d)")


def local_dollar(text: str) -> str | None:
    """The currency of a bare "$" where it is not the US dollar: a story about Singapore (or
    Brunei, or Hong Kong) that writes "US$" for US money and never the local sign writes "$"
    for its own dollar, and so does a Singapore paper's story about Singaporeans' own schemes
    (HDB flats, CPF savings); elsewhere None (a bare "$" is then the US dollar)."""
    if not _BARE_SIGN.search(text):
        return None
    if not _US_SIGN.search(text):
        home = _SINGAPORE_HOME.search(text) and not re.search(_LOCAL_DOLLARS[0][2], text)
        return "SGD" if home else None
    for code, country, own_sign in _LOCAL_DOLLARS:
        if len(re.findall(country, text)) >= 2 and not re.search(own_sign, text):
            return code
    return None


def national_currencies(text: str) -> dict[str, str | None]:
    """'Rs 150,000' in a Nepali story is Nepalese rupees, 'pesos' in a Philippine one
    Philippine pesos, '80 sen' in a Malaysian one ringgit; 'cents' are hundredths of the one
    dollar the story writes amounts in; a bare "$" is the local dollar where ``local_dollar``
    finds one. A name the story does not settle maps to None."""
    found: dict[str, str | None] = {name: None for name in (*_NATIONAL, "cent")}
    for name, countries in _NATIONAL.items():
        counted = [(len(re.findall(pattern, text)), code) for code, pattern in countries]
        most, code = max(counted)
        if most:
            found[name] = code
    local = local_dollar(text)
    if local is not None:
        found["$"] = local
    dollars = [code for code, pattern in _DOLLARS if re.search(pattern, text)]
    if len(dollars) == 1 and local is None:  # with a local dollar the story writes two
        found["cent"] = dollars[0]
    return found


def minor_unit(currency: str) -> bool:
    """Whether an amount's currency word names hundredths ("80 sen", "45 cents")."""
    return currency in MINOR_UNITS


def story_unit(unit: str | None, groups: dict, national: dict[str, str | None]) -> str | None:
    """The unit of an amount as its story fixes it (``national``: what ``national_currencies``
    found): a bare "$" or "dollars" is the local dollar where the story has one, a shared name
    ("rupee", "cent") the one of the story's country, or None."""
    if not unit:
        return unit
    bare_dollar = groups.get("symbol") == "$" or groups.get("currency", "").lower() in ("dollar", "dollars")
    if bare_dollar and national.get("$"):
        return national["$"]
    return national.get(unit, unit)
