"""How the region's press writes a person's name: titles and honorifics before it
(Mr, Ms, H.E., Oknha, Datuk Seri, U, Daw), particles inside it (bin, binti), and the
titles that say which pronoun fits."""

from __future__ import annotations

# Capitalised words that are titles, not names ("Labour Minister Ith Samheng").
TITLES = set(
    "Prime Minister Ministers President Vice Deputy Secretary General Director Executive Chairman "
    "Chairwoman Chair Chief Governor Ambassador Senator King Queen Prince Princess Mr Mr. Mrs Mrs. "
    "Ms Ms. Dr Dr. Professor Prof Prof. Former Senior Spokesperson Spokesman Spokeswoman Foreign "
    "Labour Labor Interior Finance Economy Commerce Defence Defense Justice Health Education "
    "Minister's Premier Lord Sir Dame Judge Mayor Commissioner Councillor Officer Manager Head "
    "Cambodian Japanese Thai Korean Chinese Vietnamese Acting Permanent Undersecretary "
    "Under-Secretary Lieutenant Colonel Major Captain Ministry Samdech Excellency Lok Oknha "
    "H.E. Datuk Dato Dato' Datin Tun Toh Haji Hajah Tuan Puan U Daw Rep. Rep Lt. Lt Gen. Gen. Col. "
    "Regent Attache Attaché Inspector Superintendent Prosecutor Justice Presiding Magistrate "
    "Pol Maj Snr Sgt Capt Cpl Pvt Adm Brig Cmdr Supt Insp Legislator Lawmaker MP Councilor Assemblyman "
    "Assemblywoman Director-General Secretary-General Attorney-General Solicitor-General Inspector-General "
    "Auditor-General Deputy-Director Undersecretary Atty Engr Adv Shri Smt Gen Col Envoy Consul Counsel Advocate "
    "Solicitor Barrister Madam Sen. Usec. Asec. Sec. Atty. Engr. Supt. Insp. Pol.".split()
)
# capitalised words of a portfolio, which a title may end with after "and" or "for"
# ("Minister for Home Affairs and Security Ram Bahadur Thapa"): never the first word of a name
PORTFOLIO_WORDS = set(
    "Affairs Security Cooperation Co-operation Development Trade Industry Commerce Tourism Culture Agriculture "
    "Fisheries Forestry Environment Energy Transport Transportation Communications Information Planning Welfare "
    "Resources Investment Technology Science Sports Youth Women Children Immigration Relations Integration "
    "Infrastructure Works Housing Land Management Water Mines Health Education Labour Labor Finance Economy "
    "Justice Defence Defense Interior Administration Training Employment Construction Telecommunications "
    "Innovation Religion Religions Veterans Rehabilitation Enterprises Supplies Statistics Budget Revenue Social "
    "Foreign Home Public Civil Rural Urban Vocational Overseas Internal External Regional Local Manpower Human "
    "Digital Society Family Women's Communications Industries".split()
)
# news outlets: a report of theirs speaks for itself, and they never speak as a person
OUTLETS = set(
    "NHK Kyodo Jiji Reuters AFP AP Xinhua Bernama Antara Yonhap Nikkei Asahi Yomiuri Mainichi VnExpress "
    "Irrawaddy Rappler Inquirer Kompas Tempo CNA BBC CNN Bloomberg".split()
)
# common nouns of a role that open a name, capitalised at a sentence's start ("Economist Tan Wei Ling")
ROLE_WORDS = set(
    "economist lawyer activist broker researcher analyst scholar professor historian journalist farmer worker "
    "fisherman villager student teacher nurse doctor engineer entrepreneur businessman businesswoman trader "
    "vendor monk priest unionist organiser organizer campaigner blogger photographer consultant trainee intern "
    "envoy".split()
)
# countries a role names before a person ("Ambassador to Việt Nam Park Sung-ho"), longest first
COUNTRIES = sorted(
    (
        "Cambodia Japan Vietnam Korea Malaysia Indonesia Nepal Myanmar Thailand Laos China Philippines Singapore "
        "Taiwan India Bangladesh Brunei Australia France Germany Qatar Kuwait Israel Russia Canada Italy Spain "
        "Poland Romania Croatia Mongolia Pakistan Maldives Oman Bahrain Jordan Lebanon Turkey Egypt Iran Iraq "
        "Britain Ukraine Mexico Brazil"
    ).split()
    + [
        "Việt Nam",
        "Viet Nam",
        "South Korea",
        "North Korea",
        "the United States",
        "the US",
        "Saudi Arabia",
        "the United Arab Emirates",
        "Hong Kong",
        "Sri Lanka",
        "Timor-Leste",
        "United Kingdom",
    ],
    key=len,
    reverse=True,
)
# honorifics that are titles only after another one ("Datuk Seri", "Tan Sri"): "Sri Wahyuni" is a name
TITLE_SECOND_WORDS = {"Seri", "Sri"}
TITLE_FIRST_WORDS = {"Datuk", "Dato", "Dato'", "Tan", "Puan", "Toh"}
# lower-case words inside a name ("Nur Hidayah binti Abdul Rashid")
NAME_PARTICLES = {"bin", "binti", "bte", "van", "der", "de", "da", "al", "el", "la", "dela", "del", "delos", "dos"}
FEMININE_TITLES = {
    "Madam",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Queen",
    "Princess",
    "Dame",
    "Chairwoman",
    "Spokeswoman",
    "Daw",
    "Datin",
    "Puan",
}
HONORIFICS = {
    "Madam",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Datuk",
    "Dato",
    "Dato'",
    "Datin",
    "Seri",
    "Sri",
    "Tan",
    "Tun",
    "Toh",
    "Puan",
    "Haji",
    "Hajah",
    "U",
    "Daw",
    "H.E",
    "Oknha",
    "Samdech",
    "Lok",
}
MASCULINE_TITLES = {"Mr", "Mr.", "King", "Prince", "Sir", "Lord", "Chairman", "Spokesman", "U"}
# Months and weekdays, also abbreviated: after "on" or "in" they start a date, never the
# rest of a name ("the People's Court of Hanoi on November 4" is a court and a day)
DATE_WORDS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
).split()
# put after a connector in a name pattern: the next word is no date word
NOT_A_DATE = r"(?!(?:" + "|".join(DATE_WORDS) + r")\b)"
# common nouns for a kind of organisation, before its name: "rating agency Icra",
# "research firm Counterpoint", "consultancy Knight Frank" (the name is the organisation's)
ORGANISATION_NOUNS = set(
    "agency firm company bank group consultancy institute organisation organization association operator "
    "regulator insurer lender carrier developer airline brokerage tank watchdog portal platform website "
    "startup start-up conglomerate retailer manufacturer exporter distributor publisher".split()
)
# words of a company's name: a run of capitalised words holding one is no person's name
# ("Ayala Land", "Hoang Phat Land Joint Stock", "Golden Sunrise Garments")
COMPANY_WORDS = set(
    "Land Lands Estate Estates Properties Realty Motors Airlines Airways Energy Power Electric Electronics Steel "
    "Capital Partners Resources Industries Telecom Logistics Foods Pharma Pharmaceuticals Technologies Systems "
    "Solutions Ventures Securities Insurance Developments Construction Trading Garment Garments Textile Textiles "
    "Factory Mills Mining Petroleum Shipping Hotels Resorts Cement Chemicals Plantations Agro Beverages Brewery "
    "Media Entertainment Apparel Joint Stock Express Sdn Bhd Berhad Pte Tbk JSC Plc LLC GmbH Transport Travel "
    "Tours Coaches".split()
)
