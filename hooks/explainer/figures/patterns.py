"""The patterns of figures as the region's press writes them, and the vocabulary they
are made of: number words, scales, currencies written before or after the number,
months, weekdays, periods, fractions and measures.

Each rule says which words an article must hold for it to match at all, so a pattern
is compiled (``patterns``) only for the articles that need it: compiling every pattern
costs more than scanning a short article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache

from explainer.figures.currency import MINOR_UNITS
from explainer.figures.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

# --- Vocabulary --------------------------------------------------------------

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "quadrillion": 1_000_000_000_000_000,  # Vietnam's press: "VND1.2 quadrillion"
    "lakh": 100_000,  # South Asian press: "Rs8 lakh", "2 crore"
    "crore": 10_000_000,
    "dozen": 12,  # "two dozen"
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
_TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
CURRENCY_SYMBOLS = {
    "us$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "฿": "THB",
    "៛": "KHR",
    "৳": "BDT",
    "₭": "LAK",
}
# Codes and signs written before the number, as the region's press does ("RM13.3 billion",
# "Rp 15 million", "Rs8 lakh", "VND25-30 million", "K2,100", "S$5"), by the key they get.
CURRENCY_PREFIXES = {
    "RM": "MYR",
    "Rp": "IDR",
    "Rs": "rupee",
    "VND": "VND",
    "VNĐ": "VND",
    "USD": "USD",
    "EUR": "EUR",
    "JPY": "JPY",
    "KRW": "KRW",
    "MYR": "MYR",
    "IDR": "IDR",
    "THB": "THB",
    "KHR": "KHR",
    "MMK": "MMK",
    "NPR": "NPR",
    "INR": "INR",
    "SGD": "SGD",
    "CNY": "CNY",
    "RMB": "CNY",
    "Tk": "BDT",
    "PHP": "PHP",
    "Php": "PHP",  # the Philippine press's "Php 45"
    "Ks": "MMK",  # Myanmar's press: "Ks 1,500"
    "Nu": "BTN",  # Bhutan's ngultrum: "Nu 5 billion"
    "BDT": "BDT",
    "LAK": "LAK",
    "TWD": "TWD",
    "HKD": "HKD",
    "LKR": "LKR",
    "PKR": "PKR",
    "AUD": "AUD",
    "GBP": "GBP",
    "S$": "SGD",
    "HK$": "HKD",
    "A$": "AUD",
    "NT$": "TWD",
    "₩": "KRW",
    "₫": "VND",
    "₱": "PHP",
    "₹": "INR",
    "K": "MMK",  # kyat, only before a number that cannot be a name (K2,100, K300,000; not K2)
    "P": "PHP",  # the Philippine press's peso sign, on the same terms as the kyat's K
    "W": "KRW",  # the won as some Korean papers write it ("W1.5 trillion"), on the same terms
    "Bt": "THB",  # The Nation's baht: "Bt2.5 billion"
}
# Scale words the press shortens ("RM1.2bil", "$3bn", "RM500mil"), as parse_number reads them.
SCALE_ABBREVIATIONS = {
    "bn": "billion",
    "bil": "billion",
    "b": "billion",
    "m": "million",
    "mil": "million",
    "mln": "million",
    "mn": "million",
    "tn": "trillion",
    "tr": "trillion",  # Pakistan's business press: "Rs1.23tr"
    "trn": "trillion",
    "bln": "billion",
    "tril": "trillion",
    "k": "thousand",
    "cr": "crore",
    # as headlines and some Philippine and US copy write them: "P1.2B", "$5M", "$50K"
    "B": "billion",
    "M": "million",
    "K": "thousand",
    "Bn": "billion",
    "Mn": "million",
}
CURRENCY_WORDS = {
    "riels": "KHR",
    "riel": "KHR",
    "rupiah": "IDR",
    "rupees": "rupee",
    "rupee": "rupee",
    "kyats": "MMK",
    "kyat": "MMK",
    "đồng": "VND",
    "yuan": "CNY",
    "pesos": "peso",
    "peso": "peso",
    "taka": "BDT",
    "ringgit": "MYR",
    "dollars": "USD",
    "dollar": "USD",
    "yen": "JPY",
    "baht": "THB",
    "kip": "LAK",
    "euros": "EUR",
    "won": "KRW",
    "dong": "VND",
    "euro": "EUR",
    # currencies named with their country, as written: the country decides the code
    **{
        f"{country} {name}{plural}": code
        for country, name, code in (
            ("US", "dollar", "USD"),
            ("U.S.", "dollar", "USD"),
            ("American", "dollar", "USD"),
            ("Singapore", "dollar", "SGD"),
            ("Hong Kong", "dollar", "HKD"),
            ("Taiwan", "dollar", "TWD"),
            ("New Taiwan", "dollar", "TWD"),
            ("Australian", "dollar", "AUD"),
            ("Brunei", "dollar", "BND"),
            ("Canadian", "dollar", "CAD"),
            ("Nepali", "rupee", "NPR"),
            ("Nepalese", "rupee", "NPR"),
            ("Indian", "rupee", "INR"),
            ("Pakistani", "rupee", "PKR"),
            ("Sri Lankan", "rupee", "LKR"),
            ("Philippine", "peso", "PHP"),
            ("Mexican", "peso", "MXN"),
            ("Malaysian", "ringgit", "MYR"),
            ("Indonesian", "rupiah", "IDR"),
            ("Thai", "baht", "THB"),
            ("Vietnamese", "dong", "VND"),
            ("Cambodian", "riel", "KHR"),
            ("Lao", "kip", "LAK"),
            ("Laotian", "kip", "LAK"),
            ("Myanmar", "kyat", "MMK"),
            ("Bangladeshi", "taka", "BDT"),
            ("Chinese", "yuan", "CNY"),
            ("Japanese", "yen", "JPY"),
            ("Korean", "won", "KRW"),
            ("South Korean", "won", "KRW"),
        )
        for plural in ("", "s")
        if not (plural and name in ("ringgit", "rupiah", "baht", "dong", "yuan", "yen", "won", "taka", "kip"))
    },
    "renminbi": "CNY",
    "HK dollars": "HKD",
    "HK dollar": "HKD",
    "NT dollars": "TWD",
    "NT dollar": "TWD",
    "Sing dollars": "SGD",
    "roubles": "RUB",
    "rubles": "RUB",
    # codes written after the number, as some outlets do ("250,000 VND", "5,000 USD")
    **{code: code for code in "USD EUR JPY KRW MYR IDR THB KHR MMK NPR INR SGD CNY VND PHP BDT LAK HKD TWD".split()},
    "RMB": "CNY",
    "Kuwaiti dinars": "KWD",
    "Kuwaiti dinar": "KWD",
    "Bahraini dinars": "BHD",
    "Jordanian dinars": "JOD",
    "Saudi riyals": "SAR",
    "Qatari riyals": "QAR",
    "UAE dirhams": "AED",
    "dirhams": "AED",
}

# Qualifiers, longest first, grouped by which way they push the number.
QUALIFIERS = {
    "below": (
        "nearly",
        "almost",
        "under",
        "less than",
        "fewer than",
        "up to",
        "close to",
        "just under",
        "at most",
        "no more than",
    ),
    "above": (
        "more than",
        "over",
        "at least",
        "upwards of",
        "just over",
        "well over",
        "as many as",
        "as much as",
        "in excess of",
    ),
    "about": ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated"),
    "added": ("another", "an additional", "an extra", "a further", "additional", "extra"),
    "exact": ("exactly", "only", "just", "a total of"),
}
QUALIFIER_DIRECTION = {q: direction for direction, words in QUALIFIERS.items() for q in words}

# --- Patterns ------------------------------------------------------------------


def alternatives(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# South Asian grouping first ("12,50,000", "1,25,00,000"), then thousands grouped by dots as Indonesian
# and Vietnamese copy may write them ("1.500.000"), thousands commas, then plain digits.
_NUMERAL = (
    r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
_UNIT_WORD = alternatives(UNITS)
_TENS_WORD = alternatives(TENS)
_SCALE_WORD = alternatives(SCALES)
_AND_A_HALF = r"(?:\s+and\s+a\s+half|-and-a-half)"
_BELOW_100 = rf"(?:(?:{_TENS_WORD})(?:-(?:{_UNIT_WORD}))?|{_UNIT_WORD})"
# "a hundred and fifty", "three thousand and twelve", as British English writes them
_AND_TAIL = rf"(?:\s+and\s+{_BELOW_100}\b(?!\s+(?:{_SCALE_WORD})|-))"
_WORD_NUMBER = (  # "twenty-five", "two and a half", "two dozen", "a million", "half a million", "tens of thousands"
    rf"{_BELOW_100}{_AND_A_HALF}?(?:(?:\s+(?:{_SCALE_WORD}))+{_AND_TAIL}?)?"
    rf"|(?:half\s+)?an?\s+(?:{_SCALE_WORD})(?:\s+(?:{_SCALE_WORD}))*{_AND_TAIL}?"
    r"|(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|hundreds|thousands|millions|scores(?=\s+of\b)"
)
# A number as written: a numeral (with an optional scale word) or number words.
_NUMBER = rf"(?:(?:{_NUMERAL}){_AND_A_HALF}?(?:\s+(?:{_SCALE_WORD}))?|{_WORD_NUMBER})"
# Nothing glued in front (COVID-19, G20, 3.5, [^1], --8<--, €5) ... (€ is looked for on
# its own: a class mixing \w with characters past U+00FF in three or more runs is slow to compile)
_BEFORE = r"(?<![\w.,:/#^@\\&$£¥-])(?<!€)"
# ... and nothing glued behind but sentence punctuation or a compound ("130-point plan").
_AFTER = r"(?![\w@/\\^<>=]|[.,:]\d)"

_MONTH_NAMES = alternatives(m.capitalize() for m in MONTHS)
_MONTH_SHORT = alternatives(m.capitalize() for m in MONTH_ABBREVIATIONS)
_MONTH = rf"(?:{_MONTH_NAMES}|(?:{_MONTH_SHORT})\.?)"
_MONTH_UPPER = alternatives(m.upper() for m in MONTHS)  # a dateline's "JULY 25"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# the Indian press's "the 2026-27 fiscal" or "the 2026-27 fiscal year"
_SPLIT_FISCAL = rf"(?:the\s+)?{_YEAR}[-/]\d{{2,4}}\s+(?:fiscal|financial)(?:\s+year)?"
_DAYS_JOIN = r"(?:\s*[-–]\s*|\s+(?:to|until|till)\s+)"  # "3-5 March", "March 4 to 9"
# not an amount after it: "rose on March 3 to 9 baht" is a day and a price
_NO_UNIT = r"(?!\s+(?!(?:in|at|on|and|or|for|when|while|with|to|from|as|after|before|during|but)\b)[a-z])"
# "March 4 to 9" but not "rose on March 3 to 9 baht" (a day and a price); "June 7-8 was" is a range
_MONTH_DAYS_JOIN = rf"(?:\s*[-–]\s*|\s+(?:to|until|till)\s+(?=\d{{1,2}}(?:st|nd|rd|th)?\b{_NO_UNIT}))"
_WEEKDAY = alternatives(w.capitalize() for w in WEEKDAYS)

# Months, weekdays and words as they can appear in a match, for the prefilter below.
_MONTH_STEMS = tuple(m[:3].capitalize() for m in MONTHS)  # every month name and abbreviation starts so
_CENTURIES = ("18", "19", "20")  # how every _YEAR starts
_WEEKDAY_NAMES = tuple(w.capitalize() for w in WEEKDAYS)
_NEXT_LAST = ("next", "Next", "last", "Last", "this", "This", "past", "Past", "coming", "Coming")

# Every number written in words starts and ends with one of these as a whole word.
_NUMBER_WORDS = frozenset([*UNITS, *TENS, *SCALES, "half", "dozens", "hundreds", "thousands", "millions", "scores"])
_SPAN_UNIT = r"(?:minute|hour|day|week|month|year|decade)s?"


def _UNIT_THEN(word: str) -> tuple[str, ...]:  # noqa: N802 (a table of strings, read like a constant)
    """ "months to", "year and": a time unit right before ``word``, as the prefilter looks for it."""
    units = ("minute", "hour", "day", "week", "month", "year", "decade")
    return tuple(f"{unit}{plural}{' ' if word[0] != ',' else ''}{word}" for unit in units for plural in ("", "s"))


_DURATION_UNITS = frozenset([*_TIME_UNITS, *(f"{unit}s" for unit in _TIME_UNITS), "centuries"])
MONTH_WORDS = frozenset([*MONTHS, *MONTH_ABBREVIATIONS])
_MONTH_LEADS = frozenset("in since until by from through early late mid".split())
# What the word right before a needed word must be (see RULES), by kind of need.
_WORD_BEFORE: dict[str, Callable[[str], bool]] = {
    "counted": lambda word: word[-1].isdigit() or word in _NUMBER_WORDS,  # a number
    "dated": lambda word: word[0].isdigit() or word == "of",  # a day of the month, or "of"
    "led": lambda word: word in _MONTH_LEADS,  # "in", "since", "mid-" ...
}

# Months with no day or year: every name but May (a verb and a name), not before a
# capitalised word ("April Lim") or a number (a date, matched above).
_BARE_MONTH = alternatives(m.capitalize() for m in MONTHS if m != "may")
_BARE_MONTH_NAMES = tuple(m.capitalize() for m in MONTHS if m != "may")
# Weekdays that name a feast or a sale, not a day of this week.
_WEEKDAY_NOT_AFTER = "".join(rf"(?<!{word}\s)" for word in ("Good", "Black", "Ash", "Holy", "Super", "Cyber"))

_KIN_WORDS = tuple(
    """son sons daughter daughters children child brother brothers sister sisters wife husband mother father
    girl boy baby toddler infant grandson granddaughter""".split()
)
_KIN = alternatives(_KIN_WORDS)

# Currency signs and codes before a number; the kyat's "K" only before a number that is
# plainly money (a thousands comma, three digits or a scale word), so "K2" stays a name.
_CURRENCY_PREFIX = (
    rf"(?:{alternatives(p for p in CURRENCY_PREFIXES if p not in ('K', 'P', 'W', 'Rs', 'Tk'))}|(?:Rs|Tk)\.?"
    r"|[KPW](?=\d{1,3},\d{3}|\d{3}|\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn|B|M)\b))"
)
# Currency signs written before the number, "US$" first.
_SIGN = r"US\$|\$|€|£|¥|฿|৳|៛|₭"
# Currencies and their hundredths written after the number: "4,000 riel", "80 sen", "250,000 VND".
_MONEY_WORD = alternatives([*CURRENCY_WORDS, *MINOR_UNITS])
# "30 per cent", "30%", and the British and wire shortenings "30pc", "30 pct"
_PERCENT = r"(?:\s?%|[\s-]per[\s-]?cent\b|[\s-]percent\b|\s?pc\b|\s?pct\b)"
# "lakh crore" (a trillion rupees) is one scale of two words; a hyphen may join the scale ("a Rs 500-crore plan").
# Capital shortenings only glued to the number ("$5M"; "$20 K-pop" is no amount of thousands).
_MONEY_SCALE = (
    rf"(?:(?:lakh|thousand)\s+crore|{_SCALE_WORD}|{alternatives(a for a in SCALE_ABBREVIATIONS if a.islower())}"
    rf"|(?<=\d)(?:{alternatives(a for a in SCALE_ABBREVIATIONS if not a.islower())}))"
)
_SCALE_JOIN = r"(?:\s?|-(?=(?:(?:m|b|tr)illion|lakh|crore)\b))"
# A second number after a dash or "to" makes a range: "VND25-30 million", "RM1,850 to RM2,500".
_RANGE_TAIL = r"(?:\s?[-–]\s?|\s+to\s+)"
# Money strings the prefilter looks for: a code or sign right before a digit or a space.
_PREFIX_NEEDS = tuple(f"{p}{c}" for p in CURRENCY_PREFIXES for c in "0123456789 .")

# A fraction's part is the ordinal of its denominator ("a fifth"), but for halves and quarters.
FRACTION_PARTS = {
    "half": 2,
    "quarter": 4,
    **{word: n for word, n in ORDINAL_WORDS.items() if 3 <= n <= 10 and word != "fourth"},
}
_FRACTION_PLURALS = alternatives(["halves", *(f"{part}s" for part in FRACTION_PARTS if part != "half")])
MULTIPLES = {"double": 2, "twice": 2, "triple": 3, "treble": 3, "thrice": 3, "quadruple": 4}
_SEASONS = "spring|summer|autumn|fall|winter|monsoon"
# Units of measure written after a number, long forms first; short forms are matched
# case-sensitively so "mm" and "MW" mean what they say, and may be glued on ("400mm").
_SHORT_UNITS = ("km/h", "km", "kph", "mph", "mm", "cm", "kg", "MW", "GW", "kWh", "GWh", "hPa", "°C", "°F")
_MEASURE_UNITS = (
    r"(?:square\s+|cubic\s+)?(?:(?:milli|centi|kilo|nano)?met(?:er|re)s?|miles?|feet|foot|inch(?:es)?)"
    r"|(?:kilo)?grams?|kilos?|tonnes?|tons|hectares?|acres?|(?:milli)?lit(?:er|re)s?|barrels?"
    r"|degrees(?:\s+(?:Celsius|Fahrenheit))?|hectopascals?|knots|(?:kilo|mega|giga)watt(?:-hour|\s+hour)?s?"
    rf"|sq\s+km|{alternatives(_SHORT_UNITS)}"
)
# The word right after the number in every spaced measure, lower case as the prefilter folds it.
_MEASURE_NEEDS = (
    *(f"{p}{u}" for p in ("", "milli", "centi", "kilo", "nano") for u in ("meter", "meters", "metre", "metres")),
    *"mile miles feet foot inch inches gram grams kilogram kilograms kilo kilos tonne tonnes tons".split(),
    *"hectare hectares acre".split(),
    *"acres liter liters litre litres milliliter milliliters millilitre millilitres barrel barrels degrees".split(),
    *"hectopascal hectopascals knots kilowatt kilowatts megawatt megawatts gigawatt gigawatts square cubic sq".split(),
    *"km kph mph mm cm kg mw gw kwh gwh hpa °".split(),
)

# (kind, pattern, flags, needs): every match of the pattern holds one of the strings
# in needs = (where, strings), lower case for re.I patterns, found: "text" anywhere,
# "word" as a whole word, or as a whole word right after a word that passes the
# _WORD_BEFORE test of that name, with only spaces or hyphens between. None: no such
# strings exist.
RULES: tuple[tuple[str, str, int, tuple[str, Collection[str]] | None], ...] = (
    (  # "March 3", "Sept 9, 2024", and a dateline's "JULY 25"
        "date",
        rf"\b(?P<month>{_MONTH}|{_MONTH_UPPER})\s+(?P<day>{_DAY})(?:{_MONTH_DAYS_JOIN}(?P<day2>{_DAY}))?"
        rf"(?:,?\s+(?P<year>{_YEAR}))?(?![\w,]\d)\b",
        0,
        ("text", _MONTH_STEMS + tuple(stem.upper() for stem in _MONTH_STEMS)),
    ),
    (
        "date",
        rf"{_BEFORE}(?:the\s+)?(?P<day>{_DAY})(?:{_DAYS_JOIN}(?P<day2>{_DAY}))?(?:\s+of)?\s+"
        rf"(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?\b",
        0,
        ("dated", MONTH_WORDS),
    ),
    ("date", rf"\b(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b", 0, ("text", _CENTURIES)),
    (
        "date",
        rf"(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough|early|late)\s+|\bmid-)(?P<v>(?P<month>{_MONTH}))\b(?!\s+\d)",
        0,
        ("led", MONTH_WORDS),
    ),
    (  # "early June", "mid-July", "late March": part of a month, a period of days
        "period",
        rf"\b(?P<lead>[Ee]arly|[Ll]ate|[Mm]id)[\s-](?P<month>{_MONTH})(?:\s+(?P<year>{_YEAR}))?\b(?!\s+\d)",
        0,
        ("led", MONTH_WORDS),
    ),
    (  # a hyphen only between two months: "the April-September period"
        "date",
        rf"\b(?P<month>{_BARE_MONTH})\b(?!\s+[A-Z][a-z]|-(?!(?:{_BARE_MONTH}|May)\b))",
        0,
        ("text", _BARE_MONTH_NAMES),
    ),
    (  # "between January and May": May after another month is the month
        "date",
        rf"\b(?:{_BARE_MONTH})\s+(?:and|to|or|through|until)\s+(?P<v>(?P<month>May))\b",
        0,
        ("text", ("May",)),
    ),
    (  # "Jan-Mar", "Oct-Dec": abbreviated months joined by a hyphen are the ends of one range
        "date",
        rf"\b(?P<month>{_MONTH_SHORT})\.?(?=[-–](?:{_MONTH})\b(?!-))",
        0,
        ("text", _MONTH_STEMS),
    ),
    (
        "date",
        rf"\b(?:{_MONTH})[-–](?P<v>(?P<month>{_MONTH_SHORT}))\b(?![-–]|\.?\s+\d)",
        0,
        ("text", _MONTH_STEMS),
    ),
    (  # "the end of the month", "the beginning of October", "the end of 2027"
        "period",
        r"\b(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?"
        rf"(?:FY\s?(?:{_YEAR}|\d\d)\b|(?:fiscal|financial)\s+year\s+{_YEAR}(?:[-/]\d{{2,4}})?"
        rf"|(?:(?:fiscal|financial|calendar|school|academic)\s+)?(?:month|year|week|decade|century|quarter|season"
        rf"|(?:{alternatives(MONTHS)})(?:\s+{_YEAR})?|{_YEAR}))\b",
        re.I,
        ("text", ("end of", "beginning of", "start of", "middle of", "turn of", "close of")),
    ),
    (  # "recent years", "the coming months", "the past few weeks"
        "period",
        r"\b(?:recent|coming|(?:past|next|last)\s+(?:few|several))\s+(?:days|weeks|months|years|decades)\b",
        re.I,
        ("word", ("recent", "coming", "few", "several")),
    ),
    ("period", r"\b(?:decades|centuries)\b", re.I, ("word", ("decades", "centuries"))),
    (  # "Q3", "Q1 2025", "H1 2026", "3Q": a quarter or half of a year, as business pages write it
        "period",
        rf"\b(?:(?:Q[1-4]|[1-4]Q)(?:\s+(?:of\s+)?{_YEAR})?|H[12]\s+{_YEAR}|(?:(?<=\bin\s)|(?<=\bfor\s))H[12])\b",
        0,
        None,
    ),
    (  # "the June quarter": the three months to the end of June
        "period",
        rf"(?<![-–])\b(?:the\s+)?(?:{_MONTH_NAMES})(?:\s+{_YEAR})?\s+quarter\b",
        0,
        ("word", ("quarter",)),
    ),
    (  # "end-March", "end-June 2025", "mid-year", "the year-end", "mid-month": part of a month or year in one
        # word, not one describing a noun ("year-end bonuses", "mid-year exams")
        "period",
        rf"\b(?:[Ee]nd-(?:{_MONTH_NAMES})(?:\s+{_YEAR})?|(?:the\s+)?(?:[Yy]ear|[Mm]onth)-end|[Mm]id-(?:year|month)"
        r"|[Ee]nd-year)\b(?!-)(?!\s+(?!(?:this|last|next|and|or|to|when|as|at|in|for|from|because|but)\b)[a-z])",
        0,
        ("text", ("nd-", "ear-end", "onth-end", "id-year", "id-month")),
    ),
    (  # "early next month", "late last month", "early in the month", "late in the year"
        "period",
        r"\b(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*(?:(?:next|last|this)\s+month|in\s+the\s+(?:month|year))\b",
        0,
        ("word", ("month", "year")),
    ),
    (  # "early 2026", "late 2024", "mid-2025", "end-2024", "the early 2030s"
        "period",
        rf"\b(?:(?:[Ee]arly|[Ll]ate)[\s-]|[Mm]id-?|[Ee]nd-)(?:{_YEAR})s?\b",
        0,
        ("text", _CENTURIES),
    ),
    (  # "early next year", "late last year"
        "period",
        r"\b(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*(?:next|last|this)\s+year\b",
        0,
        ("word", ("early", "late", "mid")),
    ),
    (  # "the next two years", "over the past three months": one period, not a duration ("will last six months")
        "period",
        r"(?:\bthe\s+|(?<=\bin\s)|(?<=\bover\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bwithin\s))"
        r"(?:next|past|last|coming|previous)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
        r"\s+(?:decades|years|months|weeks|days|hours)\b",
        re.I,
        ("word", ("decades", "years", "months", "weeks", "days", "hours")),
    ),
    (  # "a year earlier", "the previous year", "the following month", "the day before"
        "period",
        r"\b(?:(?:a|an|one|the)\s+(?:year|month|week|day|decade|quarter)\s+(?:earlier|later|previously)"
        r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years|months|weeks|days)\s+"
        r"(?:earlier|later|previously)"
        r"|the\s+(?:year|month|week|day|decade)\s+(?:before|after)|the\s+next\s+day"
        r"|the\s+(?:previous|following|preceding|prior)\s+(?:year|month|week|day|decade|quarter)"
        r"|the\s+year-ago\s+(?:quarter|period|month|week|half))\b"
        r"(?!\s+than\b)",  # "two weeks earlier than in most years" is an amount of time, a duration
        re.I,
        (
            "word",
            (
                "earlier",
                "later",
                "before",
                "after",
                "previously",
                "previous",
                "following",
                "preceding",
                "prior",
                "day",
                "ago",
            ),  # fmt: skip
        ),  # fmt: skip
    ),
    (  # "last spring", "next winter", "early summer", "spring 2024"
        "period",
        rf"(?<!the\s)\b(?:(?:(?:last|next|this|early|late|coming|past)\s+|mid-)(?:{_SEASONS})"
        rf"|(?:the\s+)?(?:{_SEASONS})\s+(?:of\s+)?(?:{_YEAR}|(?:last|this|next)\s+year))\b",
        re.I,
        ("word", ("spring", "summer", "autumn", "fall", "winter", "monsoon")),
    ),
    (  # "the last fiscal year", "fiscal 2027", "FY2024/25", "the first half of next year"
        "period",
        rf"\b(?:(?:the\s+)?(?:(?:last|next|this|current|previous|coming|past)\s+)?(?:fiscal|financial)\s+year"
        rf"(?:\s+{_YEAR}(?:[-/]\d{{2,4}})?|\s+(?:ending|ended|to|through)\s+(?:in\s+)?(?:{_MONTH_NAMES})(?:\s+{_YEAR})?)?|(?:fiscal|financial)\s+{_YEAR}(?:[-/]\d{{2,4}})?"
        rf"|(?:the\s+)?{_YEAR}(?:[-/]\d{{2,4}})?\s+(?:fiscal|financial)\s+year)\b",
        re.I,
        ("word", ("fiscal", "financial")),
    ),
    ("period", rf"\bFY\s?(?:{_YEAR}|\d\d)(?:[-/]\d{{2,4}})?\b", 0, ("text", ("FY",))),
    (  # "the first week of November", "the last week of June 2025": seven days of a month
        "period",
        rf"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of\s+(?:{_MONTH_NAMES})(?:\s+{_YEAR})?\b",
        0,
        ("word", ("week",)),
    ),
    (  # "the first nine months of this year", "the first seven months of FY27"
        "period",
        r"\b(?:the\s+)?first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+"
        rf"(?:(?:the|this|next|last)\s+year|(?:fiscal\s+)?{_YEAR}|FY\s?(?:{_YEAR}|\d\d)|{_SPLIT_FISCAL}"
        r"|(?:the\s+)?(?:(?:this|current|last|next|previous)\s+)?(?:fiscal|financial)\s+year)\b",
        re.I,
        ("word", ("months",)),
    ),
    (  # "the first three quarters of the year": January to September, not three quarters of something
        "period",
        r"\b(?:the\s+)?first\s+(?:two|three)\s+quarters(?:\s+of\s+(?:(?:the|this|next|last)\s+year|"
        rf"(?:fiscal\s+)?{_YEAR}))?\b(?!\s+of\b)",
        re.I,
        ("word", ("quarters",)),
    ),
    (  # "in the first seven months": of the publication year, as "the fourth quarter" is
        "period",
        r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bover\s))the\s+first\s+(?:two|three|four|five|six|seven|eight|nine|ten"
        r"|eleven|\d{1,2})\s+months\b(?!\s+(?:of|after|since|following|under|at|in|on)\b)",
        re.I,
        ("word", ("months",)),
    ),
    (  # "this quarter", "next quarter", "the current quarter"
        "period",
        r"\b(?:the\s+)?(?:this|next|last|current|coming)\s+quarter\b(?!\s+of\b)",
        re.I,
        ("word", ("quarter",)),
    ),
    (  # "early next week", "late last week"
        "period",
        r"\b(?:[Ee]arly|[Ll]ate)\s+(?:next|last|this)\s+week\b",
        0,
        ("word", ("early", "late")),
    ),
    (
        "period",
        r"\b(?:the\s+)?(?:first|second|third|fourth|final|last|latest|latter)(?:\s+|-(?=(?:half|quarter)\s+[a-z]))"
        r"(?:half|quarter)"
        rf"(?:\s+of\s+(?:(?:the|this|next|last)\s+year|(?:fiscal\s+)?{_YEAR}|FY\s?(?:{_YEAR}|\d\d)|{_SPLIT_FISCAL}"
        r"|(?:the\s+)?(?:(?:this|current|last|next|previous)\s+)?(?:fiscal|financial)\s+year))?\b",
        re.I,
        ("word", ("half", "quarter")),
    ),
    (  # "2:30pm", "7 a.m.", "10.15am"
        "time",
        rf"(?:{_BEFORE}|(?<=[ap]m[-–])|(?<=[ap]\.m\.[-–]))(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?(?:[ap]m\b|[ap]\.m\b\.?)",
        re.I,
        (
            "text",
            tuple(f"{d}{s}" for d in "0123456789" for s in ("am", "pm", " am", " pm", "a.m", " a.m", "p.m", " p.m")),
        ),
    ),
    ("time", rf"{_BEFORE}(?:[01]\d|2[0-3]):[0-5]\d(?![\d:])(?!\s?[ap]\.?m\b)", 0, ("text", (":",))),
    (  # "3-5pm", "10.30-11.30am": two hours sharing one am or pm
        "time",
        rf"{_BEFORE}(?P<span>(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?)\s?[-–]\s?(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?"
        r"(?:[ap]m\b|[ap]\.m\b\.?)",
        re.I,
        (
            "text",
            tuple(f"{d}{s}" for d in "0123456789" for s in ("am", "pm", " am", " pm", "a.m", " a.m", "p.m", " p.m")),
        ),
    ),
    ("time", r"\b(?:12\s+)?(?:noon|midnight|midday)\b", re.I, ("word", ("noon", "midnight", "midday"))),
    (  # "three o'clock", "10 o’clock"
        "time",
        rf"\b(?:{alternatives(w for w, n in UNITS.items() if 1 <= n <= 12)}|1[0-2]|[1-9])\s+o['’]clock\b",
        re.I,
        ("text", ("o'clock", "o’clock")),
    ),
    (  # the wires' "0800 GMT", South Asian papers' "0600 hrs", "at 1800 hours"
        "time",
        r"\b(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC|hrs)\b|(?<=\bat\s)(?:[01]\d|2[0-3])[0-5]\d\s+hours\b",
        0,
        ("word", ("gmt", "utc", "hrs", "hours")),
    ),
    (  # "six in the morning", "9 in the evening"
        "time",
        rf"\b(?:{alternatives(w for w, n in UNITS.items() if 1 <= n <= 12)}|1[0-2]|[1-9])(?:\s+o['’]clock)?"
        r"\s+in\s+the\s+(?:morning|afternoon|evening)\b",
        re.I,
        ("word", ("morning", "afternoon", "evening")),
    ),
    (  # "two-thirds", "three quarters"
        "fraction",
        rf"\b(?:{_UNIT_WORD})[\s-](?:{_FRACTION_PLURALS})\b",
        re.I,
        ("word", tuple(f"{part}s" for part in FRACTION_PARTS if part != "half") + ("halves",)),
    ),
    (  # "a quarter", "one third", "half"; _plausible tells "a third of" from "a third term"
        "fraction",
        rf"\b(?:(?:a|one)[\s-](?:{alternatives(FRACTION_PARTS)})|(?<!\bsame\s)half)\b(?!-)",
        re.I,
        ("word", tuple(FRACTION_PARTS)),
    ),
    (  # "one in five", "1 in 4", "one out of every three"
        "fraction",
        rf"{_BEFORE}(?P<share>{_UNIT_WORD}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?:every\s+)?"
        rf"(?P<whole>{_UNIT_WORD}|{_TENS_WORD}|a\s+(?:hundred|thousand|million)|(?!{_YEAR}\b)\d{{1,4}}(?:,\d{{3}})?)\b(?![.,]\d)"
        r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|attempts|innings)\b)",
        re.I,
        ("word", ("in", "of")),
    ),
    (  # "six times the average income", "three times as many": a multiple
        "fraction",
        rf"{_BEFORE}(?:{_BELOW_100}{_AND_A_HALF}?|\d+(?:\.\d+)?)\s+times"
        r"(?=\s+(?:the|that|as|what|its|their|his|her|more|higher|larger|bigger)\b)",
        re.I,
        ("word", ("times",)),
    ),
    (  # "threefold", "a 10-fold rise": a multiple
        "fraction",
        rf"{_BEFORE}(?:{_BELOW_100}|\d+(?:\.\d+)?)-?fold\b",
        re.I,
        ("text", ("fold",)),
    ),
    (  # "nearly double the level", "twice as many"
        "fraction",
        rf"\b(?:{alternatives(MULTIPLES)})(?=\s+(?:the|that|as|what|its|their|his|her)\b)",
        re.I,
        ("word", tuple(MULTIPLES)),
    ),
    (  # "400 millimeters", "6 to 7 nanometers", "15 kilometers per hour", "5-kilogram"
        "measure",
        rf"{_BEFORE}(?P<number>(?i:{_NUMBER}))(?:{_RANGE_TAIL}(?P<number2>{_NUMERAL}))?[\s-](?P<unit>{_MEASURE_UNITS})"
        r"(?:\s+(?:per|an|a)\s+(?P<per>hour|second|day|year)(?!\s+(?:earlier|later|ago)))?(?![\w/])",
        0,
        ("counted", _MEASURE_NEEDS),
    ),
    (  # "half a kilo", "half a tonne": a measure of half one unit
        "measure",
        rf"\b(?P<number>[Hh]alf\s+an?)\s+(?P<unit>{_MEASURE_UNITS})(?![\w/])",
        0,
        ("word", ("half",)),
    ),
    (  # "400mm", "5kg", "20°C", "200-400mm"
        "measure",
        rf"{_BEFORE}(?P<number>{_NUMERAL})(?:[-–](?P<number2>{_NUMERAL}))?(?P<unit>{alternatives(_SHORT_UNITS)})(?![\w/])",
        0,
        ("text", tuple(f"{d}{unit}" for d in "0123456789" for unit in _SHORT_UNITS)),
    ),
    (  # "peaked at 4.9m", "1.6m of water", "a 4m wall": metres in a sentence about a height or length,
        # else millions ("4.9m visitors", "reached 1.2m in 2024"): see extract._metres_or_millions
        "measure",
        rf"{_BEFORE}(?P<number>\d{{1,3}}(?:\.\d+)?)(?P<unit>m)(?![\w/²³@.,-]\w|[\w²³])",
        0,
        ("text", tuple(f"{d}m" for d in "0123456789")),
    ),
    (  # "topped 38C", "a low of 12F": a temperature the British and wire style write without the degree sign
        "measure",
        rf"{_BEFORE}(?P<number>\d{{1,2}}(?:\.\d)?)(?P<unit>[CF])\b(?![\w'’-])",
        0,
        ("text", tuple(f"{d}{u}" for d in "0123456789" for u in "CF")),
    ),
    ("measure", r"\b[Mm]agnitude[\s-]+(?P<number>\d(?:\.\d)?)(?![\d.]\d)", 0, ("text", ("agnitude",))),
    (  # "a week", "an hour", "for another year": a duration unless it is a rate ("$200 a month"), see _plausible
        "duration",
        r"\b(?P<a>[Aa]n?|[Aa]nother|[Hh]alf\s+an?)\s+(?P<unit>minute|hour|day|week|month|year|decade|century)\b(?!-)"
        r"(?P<half>\s+and\s+a\s+half\b)?",
        0,
        ("word", ("minute", "hour", "day", "week", "month", "year", "decade", "century")),
    ),
    (  # "in his 80s", "their early 20s"
        "age",
        r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:early|mid|late)[\s-]+)?(?P<v>(?P<number>[1-9]0)(?P<decade>s))\b",
        0,
        ("text", ("0s",)),
    ),
    (
        "relative-time",
        rf"\b(?P<after_the>(?<=[Tt]he\s))?(?P<rel>[Nn]ext|[Ll]ast|[Tt]his|[Pp]ast|[Cc]oming)\s+"
        rf"(?P<unit>year|month|week|weekend|decade|{_WEEKDAY}|{alternatives(m.capitalize() for m in MONTHS)})\b",
        0,
        ("text", _NEXT_LAST),
    ),
    (  # "over the weekend": the last one for the past tense, the next for the future
        "relative-time",
        r"(?:(?<=\bover\s)|(?<=\bduring\s)|(?<=\bat\s)|(?<=\bon\s)|(?<=\bfor\s))(?P<rel>the)\s+(?P<unit>weekend)\b"
        r"(?!\s+of\b)",
        re.I,
        ("word", ("weekend",)),
    ),
    (  # "the 1st of next month", "the 15th of this month"
        "relative-time",
        r"\b(?:the\s+)?(?P<mday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+of\s+(?P<rel>this|next|last)\s+(?P<unit>month)\b",
        re.I,
        ("word", ("month",)),
    ),
    (
        "relative-time",
        r"\b(?P<rel>[Ee]arlier|[Ll]ater)\s+this\s+(?P<unit>year|month|week)\b",
        0,
        ("text", ("earlier", "Earlier", "later", "Later")),
    ),
    (
        "relative-time",
        r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|(?<![Tt]he\s)[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b",
        0,
        ("text", ("esterday", "oday", "omorrow", "onight", "ast night", "morning", "afternoon", "evening")),
    ),
    # "said Thursday", "Monday's meeting", "between Monday and Friday": a weekday is a date wherever it stands
    ("relative-time", rf"{_WEEKDAY_NOT_AFTER}\b(?P<weekday>{_WEEKDAY})\b", 0, ("text", _WEEKDAY_NAMES)),
    (
        "relative-time",
        rf"{_BEFORE}(?P<number>{_NUMBER}|[Aa]n?)\s+(?P<unit>years?|months?|weeks?|days?|decades?)\s+ago\b",
        re.I,
        ("text", ("ago",)),
    ),
    (  # "between $2,500 and $4,000", "between RM1,850 and RM2,500": one figure with two ends
        "money",
        rf"\b[Bb]etween\s+(?:(?P<symbol>{_SIGN})|(?P<code>{_CURRENCY_PREFIX}))\s?(?P<number>{_NUMERAL})"
        rf"(?:\s?(?P<low_scale>{_MONEY_SCALE}))?\s+and\s+(?:{_SIGN}|{_CURRENCY_PREFIX})?\s?(?P<number2>{_NUMERAL})"
        rf"(?:\s?(?P<scale>{_MONEY_SCALE})\b)?{_AFTER}",
        0,
        ("word", ("between",)),
    ),
    (  # "P43 per kilo" in a Philippine story: the peso sign before a small amount (see _peso_sign)
        "money",
        r"(?<![\w$])(?P<code>P)(?P<number>\d{1,3}(?:\.\d\d)?)(?P<short>)(?![\w,]|\.\d)",
        0,
        ("text", tuple(f"P{d}" for d in "123456789")),
    ),
    (  # "$300–400", "$3,000 or $4,000"
        "money",
        rf"(?<![\w$])(?P<symbol>{_SIGN})\s?(?P<number>{_NUMERAL})"
        rf"(?:(?:\s?(?P<low_scale>{_MONEY_SCALE}))?{_RANGE_TAIL}(?:{_SIGN})?(?P<number2>{_NUMERAL})"
        rf"|\s+or\s+(?:{_SIGN})(?P<alternative>{_NUMERAL}))?"
        rf"(?:{_SCALE_JOIN}(?P<scale>{_MONEY_SCALE})\b)?{_AFTER}",
        0,
        ("text", tuple(CURRENCY_SYMBOLS)),
    ),
    (  # "RM13.3 billion", "Rp 15 million", "Rs8 lakh", "VND25-30 million", "RM1,850 to RM2,500"
        "money",
        rf"(?<![\w$])(?P<code>{_CURRENCY_PREFIX})\s?(?P<number>{_NUMERAL})"
        rf"(?:(?:\s?(?P<low_scale>{_MONEY_SCALE}))?{_RANGE_TAIL}(?:{_CURRENCY_PREFIX})?\s?(?P<number2>{_NUMERAL}))?"
        rf"(?:{_SCALE_JOIN}(?P<scale>{_MONEY_SCALE})\b)?{_AFTER}",
        0,
        ("text", _PREFIX_NEEDS),
    ),
    (
        "money",
        rf"{_BEFORE}(?P<minus>minus\s+)?(?:between\s+(?P<low>{_NUMBER})\s+and\s+|(?P<low2>{_NUMBER})(?:{_RANGE_TAIL}|\s+or\s+))?"
        rf"(?P<number>(?i:{_NUMBER})|\b[Aa](?=\s+(?:US\s+)?(?:dollar|euro|rupee|peso|cent)\b(?![-’'])))"
        rf"(?:(?<=\d)(?P<scale>mn|bn|tn|m|b)\b)?(?:\s+|-(?=[a-z]))(?P<currency>(?:US\s+)?(?:{_MONEY_WORD}))\b",
        0,
        ("text", (*CURRENCY_WORDS, *MINOR_UNITS)),
    ),
    (  # "millions of dollars", "hundreds of millions of rupees": an amount of money nobody counted
        "money",
        r"\b(?P<number>(?:[Tt]ens|[Hh]undreds)\s+of\s+(?:thousands|millions|billions)|[Tt]housands|[Mm]illions|[Bb]illions)"
        rf"\s+of\s+(?P<currency>(?:US\s+)?(?:{_MONEY_WORD}))\b",
        0,
        ("word", ("of",)),
    ),
    (
        "percentage",
        rf"{_BEFORE}(?P<minus>minus\s+|[-−](?=\d))?(?:[Bb]etween\s+(?P<low2>{_NUMERAL})(?P<low_sign>{_PERCENT})?\s+and\s+"
        rf"|(?P<low>{_NUMERAL})(?P<low_sign2>{_PERCENT})?(?:\s?[-–]\s?|\s+(?:to|or)\s+))?"
        rf"(?P<number>(?i:{_NUMBER})){_PERCENT}",
        0,
        ("text", ("%", "percent", "per cent", "per-cent", "pc", "pct")),
    ),
    # name-like tokens of at most 64 characters, taken whole: see NAMED_WITH_AGE in voices/grammar.py
    ("age", r"(?P<name>\b[A-Z][\w’'.-]{0,63}+(?:\s++[A-Z][\w’'.-]{0,63}+){0,3}),\s(?P<number>\d{1,3}),(?=\s)", 0, None),
    (  # "aged 34", "men aged 18 to 35", "women aged between 19 and 41"
        "age",
        rf"\b[Aa]ged\s+(?P<v>(?:between\s+(?P<low2>\d{{1,3}})\s+and\s+|(?P<low>\d{{1,3}})(?:\s+to\s+|\s?[-–]\s?))?"
        rf"(?P<number>\d{{1,3}}|{_WORD_NUMBER})(?:\s+years?(?:\s+old)?)?)\b",
        0,
        ("text", ("aged", "Aged")),
    ),
    (  # "at the age of 45", "at age 14", "between the ages of 20 and 35", "raise the retirement age to 65"
        "age",
        rf"\b[Aa]ges?\s+(?:of\s+|is\s+|was\s+|to\s+|at\s+|from\s+)?(?P<v>(?:between\s+(?P<low2>\d{{1,3}})\s+and\s+"
        rf"|(?P<low>\d{{1,3}})(?:\s+(?:to|and)\s+|\s?[-–]\s?))?(?P<number>\d{{1,3}}|{_BELOW_100}))\b(?![.,]\d|%)",
        0,
        ("word", ("age", "ages")),
    ),
    (  # "children under 5", "workers over 60", "pupils below 12": the people of an age
        "age",
        r"\b(?i:children|kids|people|persons|those|anyone|adults|students|pupils|babies|infants|workers|residents"
        r"|citizens|seniors|women|men|girls|boys|patients|applicants)\s+(?:under|below|over|above)\s+"
        r"(?P<v>(?P<number>\d{1,2}))\b(?![.,]\d|\s*(?:%|per\b|percent|kg|km|cm|years?\s+of|minutes|hours|days|weeks|months))",
        0,
        ("word", ("under", "below", "over", "above")),
    ),
    (  # "a man of 26", "a girl of nine": a person's age
        "age",
        rf"\b(?:man|woman|boy|girl|child|widow|widower)\s+of\s+(?P<v>(?P<number>\d{{1,2}}|{_UNIT_WORD}|{_TENS_WORD}))\b"
        r"(?!\s*(?:[,.]\d|per|percent|%|years|months|days))",
        0,
        ("word", ("of",)),
    ),
    (  # "He was 31.", "she is 45,": a person's age as the whole predicate
        "age",
        rf"\b(?:[Hh]e|[Ss]he)\s+(?:is|was|turned|turns)\s+(?P<v>(?P<number>\d{{1,2}}|{_UNIT_WORD}|{_TENS_WORD}))(?=\s*[,.;])",
        0,
        ("word", ("he", "she")),
    ),
    (  # "65 or older", "18 and over"
        "age",
        rf"{_BEFORE}(?P<v>(?P<number>\d{{1,2}}))\s+(?:or|and)\s+(?:older|over|above)\b",
        0,
        ("word", ("older", "over", "above")),
    ),
    (  # "143 of those who died were under 30.": an age as the whole predicate
        "age",
        r"\b(?:are|were|is|was)\s+(?:under|over|below|above)\s+(?P<v>(?P<number>\d{1,2}))(?=\s*[.;])",
        0,
        ("word", ("under", "over", "below", "above")),
    ),
    (  # "a third of whom are over 65, ...", "Most are over 50 and": people's age, the clause going on
        "age",
        r"\b(?i:whom|who|they|most|many|all|some|half|both)\s+(?:are|were)\s+(?:now\s+)?(?:under|over|below|above)\s+"
        r"(?P<v>(?P<number>\d{1,2}))(?=\s*(?:[,:)]|and\b|but\b|so\b))",
        0,
        ("word", ("under", "over", "below", "above")),
    ),
    (  # "her sons, 15 and 17," "his wife, 52,": the ages of family named by kin
        "age",
        rf"\b(?:{_KIN})\s*,\s+(?P<v>(?P<number>\d{{1,2}}))(?=\s*,|\s+and\s+\d{{1,2}}\s*,)",
        0,
        ("word", _KIN_WORDS),
    ),
    ("age", rf"\b(?:{_KIN})\s*,\s+\d{{1,2}}\s+and\s+(?P<v>(?P<number>\d{{1,2}}))(?=\s*,)", 0, ("word", _KIN_WORDS)),
    (  # "Thandar, who is 29, ...", "the youngest of whom is nine."
        "age",
        rf"\b(?:who|whom)\s+(?:is|was)\s+(?P<v>(?P<number>\d{{1,3}}|{_WORD_NUMBER}))(?=\s*[,.;])",
        0,
        ("word", ("who", "whom")),
    ),
    ("age", rf"{_BEFORE}(?P<number>\d{{1,3}}|{_WORD_NUMBER})[\s-]years?[\s-]olds?\b", re.I, ("text", ("old",))),
    (  # "the under-18s", "over-60s", "an under-23 side": an age limit
        "age",
        r"\b(?:[Uu]nder|[Oo]ver)-(?P<v>(?P<number>\d{1,2}))s?\b(?!-)",
        0,
        ("text", ("nder-", "ver-")),
    ),
    (
        "duration",
        rf"{_BEFORE}(?:(?P<low>{_NUMBER})(?:\s+(?:to|or)\s+|\s?[-–]\s?))?(?P<number>{_NUMBER})[\s-]+"
        rf"(?P<unit>(?:{alternatives(_TIME_UNITS)})s?|centuries)"
        r"(?:\s+(?P<rate>a|per|each)\s+(?P<per>day|week|month|year|hour))?\b",
        re.I,
        ("counted", _DURATION_UNITS),
    ),
    (  # "between three and 11 years" (a rule of its own, so the one above keeps its fast start)
        "duration",
        rf"between\s+(?P<low2>{_NUMBER})\s+and\s+(?P<number>{_NUMBER})\s+(?P<unit>(?:{alternatives(_TIME_UNITS)})s?)\b",
        re.I,
        ("word", ("between",)),
    ),
    (  # "between 18 months and two years", "from six months to a year": one range, in the smaller unit
        "duration",
        rf"between\s+(?P<low>{_NUMBER}|an?)\s+(?P<low_unit>{_SPAN_UNIT})\s+and"
        rf"\s+(?P<number>{_NUMBER}|an?)\s+(?P<unit>{_SPAN_UNIT})\b",
        re.I,
        ("word", ("between",)),
    ),
    (
        "duration",
        rf"{_BEFORE}(?P<low2>{_NUMBER}|an?)\s+(?P<low_unit2>{_SPAN_UNIT})\s+to"
        rf"\s+(?P<number>{_NUMBER}|an?)\s+(?P<unit>{_SPAN_UNIT})\b",
        re.I,
        ("text", _UNIT_THEN("to")),
    ),
    (  # "four years and ten months", "two hours and 15 minutes": one duration, in the smaller unit
        "duration",
        rf"{_BEFORE}(?P<big>{_NUMBER}|an?)\s+(?P<big_unit>{_SPAN_UNIT}),?\s+and\s+(?P<number>{_NUMBER})\s+"
        rf"(?P<unit>{_SPAN_UNIT})\b(?!\s+(?:later|earlier|ago|before|after)\b)",
        re.I,
        ("text", _UNIT_THEN("and") + _UNIT_THEN(", and")),
    ),
    (  # "three working days", "two straight months": a duration, in the unit after the adjective
        "duration",
        rf"{_BEFORE}(?P<number>{_NUMBER})\s+(?:working|business|straight|consecutive|successive)\s+"
        r"(?P<unit>days|weeks|months|years|hours)\b",
        re.I,
        ("word", ("working", "business", "straight", "consecutive", "successive")),
    ),
    (  # "Chen Wei-ting (陳威廷), 52, accepted", "said the resident, 42, who": an age set off by commas
        "age",
        r"(?:(?<=[a-z])|(?<=\)))\s*,\s(?P<v>(?P<number>[1-9]\d)),\s(?=[a-z])(?!and\b|or\b)",
        0,
        ("text", (",",)),
    ),
    ("year", rf"{_BEFORE}(?P<year>{_YEAR})(?P<decade>s)?{_AFTER}", 0, ("text", _CENTURIES)),
    # the end of "2021-2023": a year after a year and a hyphen, the other end of a range
    ("year", rf"(?<=\b\d{{4}}-)(?P<year>{_YEAR}){_AFTER}", 0, ("text", _CENTURIES)),
    ("ordinal", rf"{_BEFORE}(?P<number>\d+)(?:st|nd|rd|th)\b", 0, None),
    (
        "ordinal",
        rf"\b(?P<word>(?:(?:{_TENS_WORD})-)?(?:{alternatives(ORDINAL_WORDS)}))\b",
        re.I,
        ("text", tuple(ORDINAL_WORDS)),
    ),
    (  # "between 400,000 and 800,000": one figure with two ends (two years are a date range)
        "count",
        rf"\b[Bb]etween\s+(?!{_YEAR}\s+and\s+{_YEAR}\b)(?P<low>{_NUMERAL}|{_UNIT_WORD}|{_TENS_WORD})(?:\s+(?P<low_scale>{_SCALE_WORD}))?\s+and\s+"
        rf"(?P<number>{_NUMERAL}|{_UNIT_WORD}|{_TENS_WORD})(?:\s+(?P<scale>{_SCALE_WORD}))?(?![\w@/\\^<>=-]|[.,:]\d)",
        0,
        ("word", ("between",)),
    ),
    (  # "two or three jobs", "5 to 10 villages": one figure with two ends ("2019 to 2023" is a date range)
        "count",
        rf"{_BEFORE}(?!{_YEAR}\s+to\s+{_YEAR}\b)(?P<low>{_NUMERAL}|{_UNIT_WORD}|{_TENS_WORD})(?:\s+(?P<low_scale>{_SCALE_WORD}))?\s+(?:to|or)\s+"
        rf"(?P<number>{_NUMERAL}|{_UNIT_WORD}|{_TENS_WORD})(?:\s+(?P<scale>{_SCALE_WORD}))?(?![\w@/\\^<>=-]|[.,:]\d)",
        re.I,
        ("word", ("to", "or")),
    ),
    (  # "300-400 people", "5–10": a dash between two numbers, the first the smaller (see _plausible)
        "count",
        rf"{_BEFORE}(?!{_YEAR}\s?[-–])(?P<low>{_NUMERAL})\s?[-–]\s?(?P<number>{_NUMERAL})(?:\s+(?P<scale>{_SCALE_WORD}))?{_AFTER}",
        0,
        ("text", ("-", "–")),
    ),
    (
        "count",
        rf"{_BEFORE}(?P<number>{_NUMERAL})(?:\s?(?P<scale>(?:mn|bn)\b|(?<=\s)(?:{_SCALE_WORD})))?{_AFTER}",
        0,
        None,
    ),
    # not after a word and a hyphen: "tier-two suppliers", "Category-three" name a rank
    ("count", rf"(?<!\w-)\b(?P<number>{_WORD_NUMBER})\b(?!-[A-Za-z])", re.I, ("word", _NUMBER_WORDS)),
)
# re's IGNORECASE matches these to an ASCII letter that str.lower() does not give.
ASCII_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_TOKEN = re.compile(r"\w+|[^\w\s-]")
_compile = cache(re.compile)  # each pattern is compiled at most once, and only when an article needs it


def patterns_for(text: str) -> list[tuple[str, re.Pattern]]:
    """The figure patterns that can match in ``text``, compiled on first use.

    Compiling every pattern costs more than scanning a short article, so a pattern is
    skipped when none of its ``needs`` occurs in the text (whitespace runs count as one
    space, as in "per cent"); that is a necessary condition, so no match is lost.
    """
    plain = " ".join(text.split())
    folded = plain.translate(ASCII_TWINS).lower()
    tokens = _TOKEN.findall(folded)
    pairs = list(zip(tokens, tokens[1:], strict=False))
    found = {"word": set(tokens)}
    for where, test in _WORD_BEFORE.items():
        found[where] = {word for before, word in pairs if test(before)}
    return [
        (kind, _compile(source, flags))
        for kind, source, flags, needs in RULES
        if needs is None or _found(needs, found, folded if flags & re.I else plain)
    ]


def _found(needs: tuple[str, Collection[str]], found: dict[str, set[str]], text: str) -> bool:
    where, strings = needs
    if where == "text":
        return any(string in text for string in strings)
    return not found[where].isdisjoint(strings)
