"""What the glossary says about a figure: its exact value and key, what it counts, the
date or range it means and who states it. Every sentence here is written for the test."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from explainer import voices
from explainer.bundle import ArticleBundle
from explainer.downloads.figures_data import figures_csv, figures_json
from explainer.errors import InputError
from explainer.figures.stage import figure_stage
from explainer.pages.figure_disagreements import disagreement_note, disagreements
from explainer.pages.figures_page import figures_page
from explainer.text.article import parse_article
from explainer.text.metadata import default_meta

PUBLISHED = {"published": dt.date(2024, 5, 20), "published_approximate": False}


def bundle_of(text: str, tmp_path: Path | None = None, attributed: bool = False, slug: str = "story") -> ArticleBundle:
    meta = {**default_meta(slug), **PUBLISHED, "title": "Story"}
    article = parse_article(slug, f"{slug}.txt", text.encode("utf-8"), meta)
    bundle = ArticleBundle(article=article, voices=voices.attribute(article) if attributed else None)
    where = (tmp_path or Path("/nonexistent")) / "story.figures.yml"
    bundle.figures = figure_stage(article, bundle.voices, where)
    return bundle


def figure(bundle: ArticleBundle, key: str):
    found = bundle.figures.get(key)
    assert found is not None, [f.key for f in bundle.figures.figures]
    return found


# --- Exact values and readable keys ---------------------------------------------------------

RIEL = "The district council set aside 4.1 billion riel for new wells, and 2.5 percent of it for repairs."


def test_scaled_amounts_are_exact_with_readable_keys():
    bundle = bundle_of(RIEL)
    riel = figure(bundle, "khr-4-1-billion")
    assert riel.number == Decimal("4100000000") and riel.unit == "KHR"
    share = figure(bundle, "pct-2-5")
    assert share.number == Decimal("2.5") and share.unit == "percent"


def test_downloads_carry_the_exact_value():
    bundle = bundle_of(RIEL)
    data = {f["key"]: f for f in json.loads(figures_json(bundle))["figures"]}
    assert data["khr-4-1-billion"]["number"] == 4100000000
    assert data["khr-4-1-billion"]["unit"] == "KHR"
    assert data["pct-2-5"]["number"] == 2.5
    rows = {row["key"]: row for row in csv.DictReader(io.StringIO(figures_csv(bundle)))}
    assert rows["khr-4-1-billion"]["number"] == "4100000000"
    assert "4099999999" not in figures_csv(bundle) and "e+09" not in figures_json(bundle)


def test_glossary_shows_the_value_as_written_and_in_full():
    page = figures_page(bundle_of(RIEL))
    # the heading gives the figure as written, then the entry's finding
    assert re.search(
        r"^## 4\.1 billion riel <span class=\"ex-finding\">· [^<]+</span> \{ #fig-khr-4-1-billion \}$", page, re.M
    )
    assert "- **Value:** 4,100,000,000 KHR" in page
    assert "e+09" not in page and "4.1e" not in page


def test_an_explanation_under_the_former_key_names_the_new_one(tmp_path):
    (tmp_path / "story.figures.yml").write_text("khr-4-1e-09: |\n  Written when keys were floats.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"no figure with key 'khr-4-1e-09'.*did you mean 'khr-4-1-billion'"):
        bundle_of(RIEL, tmp_path)
    (tmp_path / "story.figures.yml").write_text("35-percent: |\n  Old key.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"did you mean 'pct-35'"):
        bundle_of("Only 35 percent of the boats came back.", tmp_path)


# --- What a figure counts ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        # the head noun with the words before it that modify it; a prepositional phrase ends it
        (
            "The centre trained 1,200 prospective migrant workers in language, safety and law.",
            "1,200",
            "prospective migrant workers",
        ),
        ("The fund paid 640 teachers for training in the capital.", "640", "teachers"),
        ("Nearly 290,000 households in Sabah lost power.", "290,000", "households"),
        ("The port holds 9,000 trucks with valid permits.", "9,000", "trucks"),
        ("Officials found 512 kitchens with rats last spring.", "512", "kitchens"),
        ("Some 340 overseas Filipino nurses waited for visas.", "340", "overseas Filipino nurses"),
        # a relative clause or a participle ends it
        ("The board paid the families of 75 fishermen who drowned at sea.", "75", "fishermen"),
        ("The town will hire 300 inspectors assigned to the docks.", "300", "inspectors"),
        ("Only a fifth of the money sent to the villages was saved.", "a fifth", "money"),
        # joined nouns and joined modifiers stay together
        ("He bought 300 villas and flats in the suburbs.", "300", "villas and flats"),
        ("About 40 Thai and Lao truck drivers slept at the border.", "40", "Thai and Lao truck drivers"),
        ("The town has dozens of garment and footwear factories.", "dozens", "garment and footwear factories"),
        # quantity words are not part of it
        ("The ministry will open offices in 12 more towns.", "12", "towns"),
        ("She shared a room with 30 other cooks.", "30", "cooks"),
        # an of-complement names the counted set; a possessive reads as "of"
        (
            "About 35 percent of the province's registered migrant workers are women.",
            "35 percent",
            "registered migrant workers of the province",
        ),
        ("Rain fell on 70 percent of the farms.", "70 percent", "farms"),
        ("The storm dropped 300 millimeters of rain on the coast.", "300 millimeters", "millimeters of rain"),
        (
            "It flooded 400 hectares of rice fields and maize plots near the river.",
            "400 hectares",
            "hectares of rice fields and maize plots",
        ),
        ("Inspectors said 2,000 of the boats had no licence.", "2,000", "boats"),
        ("Only 9 of 150 graduates found work in their field.", "9", "graduates"),
        ("Four of the town's 26 clinics closed in May.", "26", "clinics of the town"),
        # fractions and shares count their noun
        ("Inspectors visited half of the places on the list.", "half", "places"),
        ("One in five households in Kampot lost a roof.", "One in five", "households"),
        ("Half the stalls in the market stayed shut.", "Half", "stalls"),
        ("More than two-thirds of the money came from Korea.", "two-thirds", "money"),
        # "of them" counts what the count before it in the sentence counts
        (
            "There were 1,500 registered fishing boats, about a third of them idle.",
            "a third",
            "registered fishing boats",
        ),
        ("The six, two of them nurses, were freed on bail.", "two", "nurses"),
        # a number with no noun after it takes the noun its sentence gives
        ("The total of new arrivals rose to 12,000 in June.", "12,000", "new arrivals"),
        ("The agency will add clinics in 9 more districts, bringing the total to 40.", "40", "districts"),
        ("The city registered 880 taxis, up from 610 a year earlier.", "610", "taxis"),
        ("Of the 4,000 students who sat the test, 1,100 passed.", "1,100", "students"),
        ("The school budget is up 18 percent on last year.", "18 percent", "school budget"),
        ("Bus fares have risen more than 40 percent since 2020.", "40 percent", "Bus fares"),
        ("The mills raised their prices by a quarter in March.", "a quarter", "prices"),
        ("The council raised drivers' fees by 6 percent.", "6 percent", "fees of drivers"),
        ("The hall has a seating capacity of 9,000.", "9,000", "seating capacity"),
        ("Buyers face a hidden charge of about 12 percent on each order.", "12 percent", "hidden charge"),
        ("The fine was one of 14 handed to traders this year.", "14", "fine"),
        ("Shops whose stock is more than 60% imported pay a fee.", "60%", "stock"),
        ("The share of pupils who walk to school fell below 30 per cent.", "30 per cent", "pupils"),
        ("The vessels are registered in Manila, with Cebu accounting for a third.", "a third", "vessels"),
        ("Teachers earn about four times the average farm wage.", "four times", "average farm wage"),
        ("The clerk wrote to the owner three times.", "three", "times"),
        ("According to the bank, the port's fees rose 13 percent in May.", "13 percent", "fees of the port"),
        ("Officials said 8,200 Bangladeshis crossed the border.", "8,200", "Bangladeshis"),
        ("Laos took roughly half of that amount and Vietnam the rest.", "half", "amount"),
        # a number inside "of": "N of the M things", "hundreds of thousands of things"
        ("Three of the 40 ferries were stuck in port.", "Three", "ferries"),
        ("Tens of thousands of farmers marched on the capital.", "thousands", "farmers"),
        ("The group has seen 31 such complaints since May.", "31", "complaints"),
        # the first number of "N and M things" counts the things, whatever unit the second carries
        ("Between 2 million and 3 million litres of diesel are smuggled each year.", "2 million", "litres of diesel"),
        ("Growers sold 40 or 50 bags of chillies a week.", "40", "bags of chillies"),
        ("Prices rose by 4 or 5 percent in the quarter.", "4", "Prices"),  # never "percent"
        ("Between 3 and 4 tonnes of salt dried quickly in the sun.", "3", "tonnes of salt"),
        # a share with no noun repeats the share of the same kind before it
        ("Exporters sold half of the crop abroad and about a fifth to Laos.", "a fifth", "crop"),
        ("The cap rises to 25 percent of the firm's staff, from 15 percent.", "15 percent", "staff of the firm"),
        ("Agents took 3 percent of each buyer's deposit.", "3 percent", "deposit of each buyer"),
        ("Of 600 nurses, 2 percent were men and more than half were under 30.", "half", "nurses"),
        ("The dam holds 90 percent of the water, or roughly two thirds of the supply.", "two thirds", "supply"),
        # a percentage right before its noun counts it; one before a comparative counts the subject
        ("A trader lent the money at 24 percent monthly interest.", "24 percent", "monthly interest"),
        ("The fund bought a 20 percent stake in the port.", "20 percent", "stake"),
        ("Fares were between 20 and 30 percent lower.", "30 percent", "Fares"),
        ("Bus tickets are now 15 percent cheaper than in May.", "15 percent", "Bus tickets"),
        # an ordinal in a run counts what runs; a multiple of "that amount" counts the amount
        ("It was the 6th straight monthly decline in sales.", "6th", "straight monthly decline"),
        ("Families paid three times that sum to brokers.", "three", "sum"),
        # "them" are the things counted, not the place a count after them names; "-ing" before a plural modifies it
        (
            "The survey of 900 fishing families in four districts found that a third of them had sold a boat.",
            "a third",
            "fishing families",
        ),
        ("Some 40 working mothers joined the strike.", "40", "working mothers"),
        # a number a verb puts at a level counts the verb's subject
        (
            "Schools shut after Air Quality Index (AQI) readings breached the unsafe level of 300.",
            "300",
            "AQI readings",
        ),
        ("Classes moved online where readings had stayed above 180 for a day.", "180", "readings"),
        ("According to the agency, the AQI in Kota Baru, Sabah, hit 251 on Monday.", "251", "AQI"),
        (
            "The ministry expects foreign visitors across the region to reach nine million.",
            "nine million",
            "foreign visitors",
        ),
        ("The cap had risen steadily in recent years, to a record 88,000 in 2023.", "88,000", "cap"),
        ("Sales in March hit 4,000.", "4,000", "Sales"),
        ("Jobless claims in the north rose to 900.", "900", "Jobless claims"),
        ("She expects bus fares to rise between 4 and 6 percent.", "between 4 and 6 percent", "bus fares"),
        ("The subsidy is due to drop to 20 percent in June.", "20 percent", "subsidy"),
        ("BANGKOK: Thailand's car exports rose 7 percent in May.", "7 percent", "car exports of Thailand"),
        (
            "Rice led the way, with exports up 12 percent, while exports of fruit fell 3 percent.",
            "12 percent",
            "exports",
        ),
        ("Rains killed four more people, taking this month's death toll to 61.", "61", "death toll"),
        ("Observers put turnout in the local polls at 48 percent.", "48 percent", "turnout"),
        # a short past verb or participle ends the phrase; "fewer" is a quantity word
        ("Half of the hamlet fled in May.", "Half", "hamlet"),
        ("The cap covers 60 percent of the sugar sold in the capital.", "60 percent", "sugar"),
        ("The board will open 18 fewer Form Two classes.", "18", "Form Two classes"),
        # "it" after a count of a mass noun is the mass noun
        ("Traders shipped 2.4 million tons of sugar, about half of it to China.", "half", "sugar"),
        # "Of the total, N ..." counts the total; "$N in remittances, up P percent" the remittances
        ("Of the total, 5,000 will go to farms and 2,000 to ports.", "2,000", "total"),
        ("Laos received $2.1 billion in remittances last year, up 8 percent on 2023.", "8 percent", "remittances"),
        # a change "to" a level of another kind: the share is of the clause's subject, not the level's unit
        ("Pepper sales in the first quarter fell 9% to 41,000 tonnes.", "9%", "Pepper sales"),
        ("Sales fell 9% to 41,000 tonnes, while their value climbed 14% to $2 billion.", "14%", "value"),
        (
            "Consumer inflation eased to 1.9 percent in May from 2.4 percent in April.",
            "2.4 percent",
            "Consumer inflation",
        ),
        ("An official said that wheat inflation slowed to minus 3.1 percent.", "minus 3.1 percent", "wheat inflation"),
        ("Water bills, meanwhile, rose 6.2 percent after the new tariff.", "6.2 percent", "Water bills"),
        ("He said inflation could climb back to 4 percent by December.", "4 percent", "inflation"),
        ("We could see margins come off 10% by June.", "10%", "margins"),
        ("Shares of Lotus Bank rose 2.5% in Seoul.", "2.5%", "Shares of Lotus Bank"),
        ("The lender kept the policy rate at 6 percent.", "6 percent", "policy rate"),
        (
            "The tariff brought average bills for the quarter to 3.4 percent.",
            "3.4 percent",
            "average bills",
        ),
        ("Group profit came to 80 billion won, a 12% rise from a year earlier.", "12%", "Group profit"),
        ("The number of pupils starting school fell to 2,000, a 9 percent drop.", "9 percent", "pupils"),
        (
            "Growth stayed inside the Bank Negara Malaysia's target range of 3 to 5 percent.",
            "3 to 5 percent",
            "target range of Bank Negara Malaysia",
        ),
        # a share with no noun of its own takes the share before it in the sentence, not a count between
        (
            "In one poll 60 percent of nurses at clinics with fewer than 20 beds agreed, against 45 percent elsewhere.",
            "45 percent",
            "nurses",
        ),
        # "fifth-graders" is a noun; a name before a verb, "home", "used", "of each" end the phrase
        ("Some 70 percent of fifth-graders passed.", "70 percent", "fifth-graders"),
        ("Fish make up half of the protein Laotians eat.", "half", "protein"),
        ("A driver who sends half of his pay home to his family is left with little.", "half", "pay"),
        ("Fuel makes up 7 percent of the basket used to set fares.", "7 percent", "basket"),
        ("The fare covers a quarter of the real cost of each ride.", "a quarter", "real cost"),
        ("The 220 kV Butwal line runs at half its load.", "220 kV", "kV"),
        # an "of" with a determiner right after a counted noun is a relation, a bare one names the stuff
        ("The board has 40 members of the union and the chamber.", "40", "members"),
        ("She sold two tonnes of her maize.", "two tonnes", "tonnes"),
        ("Farmers lost 3,000 tonnes of maize.", "3,000 tonnes", "tonnes of maize"),
        ("Now it's half a kilo.", "half", "kilo"),  # "it's" is no possessive
        # a quote mark, an appositive or "X said" between commas stand before no subject
        ('"Traffic on the roads near the line fell by around 8 per cent in May."', "8 per cent", "Traffic"),
        ("Garment exports, the country's largest earner, fell 4.2 per cent.", "4.2 per cent", "Garment exports"),
        ("Sales, the ministry said, rose 5 percent.", "5 percent", "Sales"),
        # the low end of a range of shares counts the range's set
        ("Growers still hold 15% to 20% of the harvest.", "15%", "harvest"),
        ("Growers still hold 15% to 20% of the 2025-26 crop.", "15%", "2025-26 crop"),
        # a capitalised first word before "in" is the subject, never the place after it
        ("Unemployment in the north rose to 9 percent.", "9 percent", "Unemployment"),
        ("Rainfall in Gia Lai province, which grows a fifth of the crop, was 40% below normal.", "40%", "Rainfall"),
        ("She said rainfall in the basin was 18 percent below the average.", "18 percent", "rainfall"),
        ("The mercury passed 41 degrees Celsius on Monday.", "41 degrees Celsius", "degrees Celsius"),
        # "N were X": the set the sentence names, else the noun after "were"
        ("Half of the claims were settled, while 40 were rejections.", "40", "claims"),
        ("The port handled 9,000 ships, of which 2,000 were tankers.", "2,000", "ships"),
        ("Last year 52 were drownings.", "52", "drownings"),
    ],
)
def test_what_a_figure_counts(text, value, counts):
    assert occurrence_of(value, bundle_of(text)).counts == counts


def occurrence_of(value: str, bundle: ArticleBundle):
    """The one occurrence over ``value`` in the text (however the engine bounds a range or a multiple)."""
    start = bundle.article.text.index(value)
    end = start + len(value)
    (occurrence,) = [o for o in bundle.figures.occurrences if o.value_start < end and start < o.value_end]
    return occurrence


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A third of them had no contract.", "A third"),  # the text names them elsewhere
        ("The case was heard with 11 involving forged permits.", "11"),  # the counted noun is elsewhere
        ("She sends 5,000 baht home, half of it through a cousin.", "half"),  # an amount, no noun
        ("They sold their 12 goats and still owed half of it.", "half"),  # "it" is not the goats
        ("Prices will be three times as high.", "three"),  # a multiple of nothing named
        ("There was a 5 percent rise.", "5 percent"),  # a change, no set named
        ("It grew 7 percent annually.", "7 percent"),  # an adverb, no noun
        ("Pickers worked in 41°C heat.", "41°C"),  # a temperature counts nothing
        ("Exports to China reached 900.", "900"),  # a country is no count
        ("He reached 60 last year.", "60"),  # a pronoun names nothing counted
        ("Laos earned $2 billion in May, up 9 percent.", "9 percent"),  # money, but no noun for it
        ("It was his 3rd visit to the port.", "3rd"),  # an ordinal that only puts things in order
        ("Laos earned a record $2 billion last year, up 9 percent.", "9 percent"),  # a country is no count
    ],
)
def test_not_stated_when_the_text_gives_nothing(text, value):
    assert occurrence_of(value, bundle_of(text)).counts is None


def test_glossary_lists_what_a_fraction_counts():
    page = figures_page(bundle_of("Inspectors visited half of the places on the list."))
    assert "“places”" in page


# --- Who states a figure ---------------------------------------------------------------------

STATED = (
    "The clinic opened in 2019 and now treats 80 patients a day. "
    '"We need 12 more nurses," said Dara Chan, the clinic\'s director.'
)


def test_stated_by_goes_by_sentence():
    bundle = bundle_of(STATED, attributed=True)
    by_value = {bundle.article.text[o.value_start : o.value_end]: o.speaker for o in bundle.figures.occurrences}
    assert by_value["2019"] is None  # the outlet's own sentence, though the paragraph holds a quote
    assert by_value["80"] is None
    assert by_value["12"] == "Dara Chan"
    page = figures_page(bundle)
    assert "the article’s own narration (paragraph 1)" in page
    assert "Dara Chan (paragraph 1)" in page


def test_each_sentence_has_its_own_speaker_not_the_paragraphs_first():
    speakers = stated_by(
        'The harbour master reopened the port in 2019. "We need 12 more tugs," said Dara Chan. '
        "Keo Lina, a pilot, said only 3 tugs were working."
    )
    assert speakers == {"2019": None, "12": "Dara Chan", "3": "Keo Lina"}


def test_what_a_speaker_did_before_saying_is_the_outlets():
    speakers = stated_by(
        "Judge Lim Chea jailed the 41-year-old trader for 6 years, saying he had sold 900 fake permits."
    )
    assert speakers == {"41-year-old": None, "6 years": None, "900": "Lim Chea"}  # the outlet tells what she did
    speakers = stated_by("Prosecutor Keo Lina sought bail of 4,000 riel, arguing that the trader had 12 accomplices.")
    assert speakers == {"4,000 riel": None, "12": "Keo Lina"}
    speakers = stated_by("Keo Lina said 300 boats were lost, adding that 12 ports had reopened.")
    assert speakers == {"300": "Keo Lina", "12": "Keo Lina"}  # a speech verb before the figure: her words


def stated_by(text: str) -> dict:
    """Each figure's words in ``text`` and who states them there."""
    bundle = bundle_of(text, attributed=True)
    return {bundle.article.text[o.value_start : o.value_end]: o.speaker for o in bundle.figures.occurrences}


def test_speech_nobody_can_be_named_for_is_unclear_never_narration():
    bundle = bundle_of('Sok Dara and Chea Lina run the co-operative.\n\n"We lost 40 boats," she said.', attributed=True)
    assert bundle.voices.paragraph(2).unclear  # two women could be "she"
    (boats,) = bundle.figures.occurrences
    assert (boats.speaker, boats.speaker_unclear) == (None, True)
    page = figures_page(bundle)
    assert "speaker unclear (paragraph 2)" in page
    assert "narration" not in page.split("fig-40", 1)[1].split("\n## ", 1)[0]
    data = json.loads(figures_json(bundle))["figures"][0]["occurrences"][0]
    assert (data["speaker"], data["speaker_unclear"]) == (None, True)
    row = next(csv.DictReader(io.StringIO(figures_csv(bundle))))
    assert (row["speaker"], row["speaker_unclear"]) == ("", "true")


def test_a_surveys_figures_are_stated_by_the_survey_never_by_the_people_it_asked():
    speakers = stated_by(
        "Fishing towns along the coast are shrinking.\n\n"
        "The survey of 900 fishing families found that 60 percent had lost income."
    )
    assert speakers == {"900": "survey of 900 fishing families", "60 percent": "survey of 900 fishing families"}
    # a survey met before, whose issuer the text may give there: unclear on the glossary, never a guess
    bundle = bundle_of(
        "The Fisheries Administration released a survey on Monday.\n\n"
        "The survey of 900 fishing families found that 60 percent had lost income.",
        attributed=True,
    )
    found = {bundle.article.text[o.value_start : o.value_end]: o for o in bundle.figures.occurrences}
    assert (found["60 percent"].speaker, found["60 percent"].speaker_unclear) == (None, True)
    stated = [line for line in figures_page(bundle).splitlines() if line.startswith("- **Stated by:**")]
    assert stated.count("- **Stated by:** speaker unclear (paragraph 2)") == 2
    assert not any("families" in line for line in stated)


def test_a_figure_in_the_attribution_is_the_speakers():
    bundle = bundle_of('Sok Lina, 41, a rice farmer, said: "The water came in 2 hours."', attributed=True)
    speakers = {bundle.article.text[o.value_start : o.value_end]: o.speaker for o in bundle.figures.occurrences}
    assert speakers == {"41": "Sok Lina", "2 hours": "Sok Lina"}


# --- Ranges and periods ----------------------------------------------------------------------


def test_from_to_is_one_range_with_a_start_and_an_end():
    bundle = bundle_of("The clinic is running a vaccination drive from March 3 to May 29 in three districts.")
    (drive,) = [f for f in bundle.figures.figures if f.kind == "date-range"]
    assert drive.value == "March 3 to May 29"
    assert drive.resolution.value == "2024-03-03/2024-05-29" and not drive.resolution.approximate
    assert not any(f.kind == "date" for f in bundle.figures.figures)  # not two dates as well


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Tickets cost $300–400 each.", "$300–400", 300, 400),
        ("Contracts last three to five years.", "three to five years", 3, 5),
        ("Deposits are 50 to 80 percent of the price.", "50 to 80 percent", 50, 80),
        ("Each returnee could create two or three jobs.", "two or three", 2, 3),
    ],
)
def test_number_ranges_keep_both_ends(text, value, low, high):
    (found,) = [f for f in bundle_of(text).figures.figures if f.value == value]
    assert (found.low, found.high, found.number) == (low, high, None)


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The road will be finished at the end of 2024.", "2024-10/2024-12"),
        ("Harvest starts in early June.", "2024-06-01/2024-06-10"),
        ("Wages are paid at the beginning of the month.", "2024-05-01/2024-05-10"),
        ("Prices have doubled in recent years.", "2021/2024"),
        ("The plan will cost more over the next two years.", "2024/2026"),
        ("The line opens in early 2026.", "2026-01/2026-04"),
        ("Fares rise early next year.", "2025-01/2025-04"),
        ("Villages emptied in the early 2000s.", "2000/2003"),
        ("Talks resume in mid-July.", "2024-07-11/2024-07-20"),
    ],
)
def test_vague_periods_resolve_to_approximate_ranges(text, resolved):
    dated = [f for f in bundle_of(text).figures.figures if f.resolution and f.resolution.value]
    assert [f.resolution.value for f in dated] == [resolved]
    assert dated[0].resolution.approximate


def test_glossary_and_timeline_show_ranges():
    from explainer.pages.timeline import article_events

    bundle = bundle_of("Repairs run from March 3 to May 29 and end at the end of 2024.")
    page = figures_page(bundle)
    assert "**3 March 2024 to 29 May 2024**" in page
    assert "**October 2024 to December 2024** (approximate&#58; " in page
    labels = [event.label for event in article_events([bundle])]
    assert any("read as 3 March 2024 to 29 May 2024" in label for label in labels), labels
    assert any("read as about October 2024 to December 2024" in label for label in labels), labels


# --- Figures that disagree -----------------------------------------------------------------


def test_the_same_counted_thing_with_two_values_is_listed_with_both_sources():
    one = bundle_of("About 30,000 Cambodian workers live in Japan.\n\nThe embassy counts 38,000 Cambodian workers.")
    other = bundle_of("Officials said 41,000 Cambodian workers were registered.", slug="other-story")
    found = disagreements([one, other])
    assert [(o.slug, o.value, o.paragraph) for o in found["story"]["30000"].shown] == [
        ("story", "38,000", 2),
        ("other-story", "41,000", 1),
    ]
    note = disagreement_note("story", one.figures.get("30000"), found["story"]["30000"])
    assert note.startswith(
        "The same counted thing is given other values: 30,000 in ¶1; 38,000 in [¶2](index.md#p2); "
        "41,000 in [Story](../other-story/index.md)’s [¶1](../other-story/index.md#p1)."
    )
    page = figures_page(one, {"30000": note})
    assert '!!! warning "Other values for the same thing"' in page


def test_a_one_word_counted_thing_is_not_compared():
    assert disagreements([bundle_of("It hired 12 nurses in May and 3 nurses in June.")]) == {}


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The ferry leaves at 8 a.m. daily.", "08:00"),
        ("Gates close at 2:30pm.", "14:30"),
        ("It ends at noon.", "12:00"),
    ],
)
def test_a_time_of_day_reads_as_a_24_hour_clock(text, resolved):
    (found,) = [f for f in bundle_of(text).figures.figures if f.kind == "time"]
    assert found.resolution.value == resolved


def test_a_dateline_and_a_clause_before_but_x_said_are_the_outlets():
    speakers = stated_by(
        "KAMPOT, March 4 (Wire) - The port reopened after 9 days, the harbour office said.\n\n"
        "Ferries may carry 300 passengers, but Sok Dara said few boats were ready."
    )
    assert speakers["March 4"] is None
    assert speakers["9 days"] is not None  # the harbour office's words
    assert speakers["300"] is None


def test_an_age_after_who_is():
    bundle = bundle_of("Mey Sophea, who is 29, sends money home.")
    assert [(f.kind, f.value) for f in bundle.figures.figures] == [("age", "29")]


def test_a_figure_lists_a_few_other_values_and_counts_the_rest():
    many = [bundle_of(f"Officials counted {n:,} Cambodian workers.", slug=f"s{n}") for n in range(1000, 1012)]
    found = disagreements(many)
    others = found["s1000"]["1000"]
    assert len(others.shown) == 5 and others.total == 11
    note = disagreement_note("s1000", many[0].figures.get("1000"), others)
    assert note.count("[¶1]") == 5 and "6 more elsewhere on the site" in note


def test_a_title_before_a_name_ends_no_sentence():
    text = "Police have named 9 suspects in the case, spokesperson Sr. Comr. Dewi Lestari said, and Gen. Ali agreed."
    article = bundle_of(text).article
    assert len(article.paragraphs[0].sentences) == 1
    assert stated_by(text)["9"] == "Dewi Lestari"


def test_a_clause_before_and_x_warned_is_the_outlets():
    speakers = stated_by(
        '"Prices are high," said Keo Lina, who runs the fishers\' union.\n\n'
        "Bookings close at the end of the week, and Keo Lina has warned buyers not to pay touts 40 dollars."
    )
    assert speakers["the end of the week"] is None
    assert speakers["40 dollars"] == "Keo Lina"


def test_words_after_a_second_speech_verb_are_the_second_speakers():
    text = (
        '"We are angry," said Keo Lina, who leads the fishers\' union.\n\n'
        "Sok Dara, a farmer, said 40 boats had sunk, while Keo Lina told reporters that 12 ports were shut."
    )
    assert stated_by(text) == {"40": "Sok Dara", "12": "Keo Lina"}
    bundle = bundle_of(
        "Rice exports rose 9 percent, Sok Dara said, but millers warned that stocks could run out in 2027.",
        attributed=True,
    )
    (year,) = [o for o in bundle.figures.occurrences if o.text == "2027"]
    assert (year.speaker, year.speaker_unclear) == (None, True)  # millers nobody names: unclear, never Sok Dara
    bundle = bundle_of(
        "Sok Dara has vowed to act after 11 farm workers complained that they had paid 300 dollars.", attributed=True
    )
    assert {(o.text, o.speaker, o.speaker_unclear) for o in bundle.figures.occurrences} == {
        ("11", None, True),  # the workers' complaint, not Sok Dara's vow
        ("300 dollars", None, True),
    }
    assert stated_by("Keo Lina said 300 boats were lost, and 12 ports had reopened, she added.") == {
        "300": "Keo Lina",
        "12": "Keo Lina",
    }
    assert stated_by("Keo Lina said 300 boats were lost, and she added that 12 ports had reopened.") == {
        "300": "Keo Lina",
        "12": "Keo Lina",
    }


def test_a_month_before_its_day_ends_no_sentence_and_datelines_are_the_outlets():
    text = "The port will cap fees at 300 riel starting Dec. 1, harbour master Keo Lina said on Monday."
    assert len(bundle_of(text).article.paragraphs[0].sentences) == 1
    assert stated_by(text)["Dec. 1"] == "Keo Lina"
    speakers = stated_by("Hanoi, Aug. 29 (Vietnam Wire)--The port will hire 40 pilots, harbour master Keo Lina said.")
    assert speakers == {"Aug. 29": None, "40": "Keo Lina"}
    speakers = stated_by("HANOI, MAY 3 Harbour master Keo Lina has said the port will hire 40 pilots.")
    assert speakers["MAY 3"] is None


def test_announcing_a_thing_named_by_a_noun_is_the_outlets_narration():
    assert stated_by("Labour Minister Keo Lina announced the figure on Wednesday at a forum with 40 firms.") == {
        "Wednesday": None,
        "40": None,
    }
    assert stated_by("Labour Minister Keo Lina announced the plan would cost 40 dollars.") == {"40 dollars": "Keo Lina"}
    assert stated_by("Labour Minister Keo Lina announced that 40 firms had signed.") == {"40": "Keo Lina"}


def test_a_second_verb_with_the_speech_verbs_auxiliary_is_the_outlets():
    speakers = stated_by(
        '"We will be ready," said Keo Lina, the port director.\n\n'
        "Keo Lina has said the port will hire 300 pilots a year and has so far trained five crews."
    )
    assert speakers == {"300": "Keo Lina", "five": None}
    speakers = stated_by(
        '"We will be ready," said Keo Lina, the port director.\n\n'
        "Keo Lina has said 300 pilots had joined and had trained five crews."
    )
    assert speakers == {"300": "Keo Lina", "five": "Keo Lina"}  # "had", not her "has": still her words
