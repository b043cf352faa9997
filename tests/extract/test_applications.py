"""Spot checks of the 'applications' part, written from reading 003_*.txt lines 142-5421 by hand (Bilag 1-12:
applications, approval letters, evaluation designs, interview summaries). The expected values are copied from
the source, not from the extraction."""

from __future__ import annotations

import re

import pytest

from frikommune import vocabulary
from frikommune.extract import seed_text

if not seed_text.seeds_dir().is_dir():
    pytest.skip(
        f"../shared/seeds not found: {seed_text.seeds_dir()} (the source documents are needed)", allow_module_level=True
    )

from frikommune.extract import applications, build  # noqa: E402  (reads the seeds)
from frikommune.extract.applications_common import sections  # noqa: E402
from frikommune.extract.common import Series  # noqa: E402
from frikommune.extract.seed_text import number_words_in  # noqa: E402

R1_01 = "r1-01-mikrolaan"
R1_03 = "r1-03-ivaerksaetteri-dimittender"
R2_01 = "r2-01-rehabiliteringsteams"


@pytest.fixture(scope="module")
def part():
    return applications.part()


SERIES_FIELDS = ("source", "label_da", "label_en", *Series.BREAKDOWN)


def pick(part, **kw):
    """Facts whose attributes equal every keyword; keywords naming a Series field (source, category, statistic,
    ...) are matched against the fact's series, source_has= matches a substring of the series' source."""
    source_has = kw.pop("source_has", None)
    on_series = {k: kw.pop(k) for k in list(kw) if k in SERIES_FIELDS}
    out = [
        f
        for f in part.facts
        if all(getattr(f, k) == v for k, v in kw.items())
        and all(getattr(f.series, k) == v for k, v in on_series.items())
    ]
    if source_has is not None:
        out = [f for f in out if source_has in f.series.source]
    return out


def one(part, **kw):
    found = pick(part, **kw)
    assert len(found) == 1, (kw, [(f.source_line, f.value, f.note) for f in found])
    return found[0]


def test_sections_found_in_document_order():
    s = sections()
    # Headings as read in the dump: 1.a Mikrolån on l. 157, 2.a Rehabiliteringsteams on l. 1780, 3.l on 3391,
    # the forholdstal design on 4106, 9.j on 5060, Bilag 10 on 5064, and Bilag 12 runs to 5421.
    assert s["1.a"][0] == 157
    assert s["2.a"][0] == 1780
    assert s["3.l"][0] == 3391
    assert s["7.fht"][0] == 4106
    assert s["9.j"][0] == 5060
    assert s["bilag10"][0] == 5064
    assert s["bilag12"][1] == 5421
    starts = [start for start, _ in s.values()]
    assert starts == sorted(starts)


def test_name_and_measure_prefixes(part):
    assert part.name == "applications"
    for m in part.measures:
        assert m.measure_id.startswith(("app_", "target_", "headline_applications")), m.measure_id
    used = {f.measure_id for f in part.facts}
    assert used <= {m.measure_id for m in part.measures}
    families = {m.measure_id: m.family for m in part.measures}
    assert families["app_expected_n"] == "target" and families["target_pct"] == "target"
    assert families["app_amount_dkk"] == "price" and families["app_baseline_n"] == "uptake"


def test_every_fact_in_range_and_ids_known(part):
    for f in part.facts:
        assert 142 <= f.source_line <= 5421
        assert f.experiment_id in vocabulary.EXPERIMENT_IDS or f.experiment_id == vocabulary.ALL_EXPERIMENTS
        assert f.source_doc == seed_text.ANNEX


def test_microloan_goals(part):
    # 1.a, l. 281-293: 4 forløb a year = 12 in all, ca. 80 participants, 60 loans, 45 self-supporting.
    goals = {f.value for f in pick(part, experiment_id=R1_01, measure_id="app_expected_n")}
    assert goals == {4, 12, 80, 60, 45}
    # 7.a repeats them as the design's targets, with 'højst 80' (l. 3684); Bilag 4 caps the group at 80.
    targets = {f.value for f in pick(part, experiment_id=R1_01, measure_id="target_n")}
    assert targets == goals
    assert one(part, measure_id="app_cap_n").value == 80


def test_ivaerksaetteri_expectations(part):
    # 1.c, l. 636-650: dimittender 100/100/55/40; Thisted 50 participants and 35-40 firms; Jammerbugt 30 and ca. 15.
    dim = sorted(
        f.value for f in pick(part, experiment_id=R1_03, measure_id="app_expected_n", respondent_group="dimittender")
    )
    assert dim == [40, 55, 100, 100]
    thisted = pick(part, experiment_id=R1_03, measure_id="app_expected_n", municipality_id="thisted")
    assert sorted(f.value for f in thisted) == [25, 30, 35, 40, 50]
    jammerbugt = pick(part, experiment_id=R1_03, measure_id="app_expected_n", municipality_id="jammerbugt")
    assert sorted(f.value for f in jammerbugt) == [10, 12, 15, 30]
    # The firms still active after 2 years never exceed those established (a range's bounds, both ways).
    assert one(part, municipality_id="thisted", source_line=648, statistic="max").value <= 35


def test_rehab_baselines(part):
    # 2.a, l. 1901: 4.312 in flexjob, 2456 of them 0-10 hours "svarende til 57%": the share checks out.
    total = one(part, experiment_id=R2_01, value=4312).value
    low = one(part, experiment_id=R2_01, value=2456).value
    pct = one(part, experiment_id=R2_01, measure_id="app_baseline_pct", period="2016-11").value
    assert round(100 * low / total) == pct == 57
    # l. 1916: senior pensions 2016: Aalborg 14, Brønderslev 4, Rebild 3, Frederikshavn 3 (24 in all).
    senior = pick(part, respondent_group="seniorførtidspension")
    assert {f.municipality_id: f.value for f in senior} == {
        "aalborg": 14,
        "broenderslev": 4,
        "rebild": 3,
        "frederikshavn": 3,
    }
    assert sum(f.value for f in senior) == 24
    assert one(part, value=2898).period == "2016"


def test_certificate_costs_and_the_rebild_issue(part):
    # l. 1936-1938: Aalborg 1244 certificates x 1639 kr. = "godt 2 mio."; Rebild 184 certificates "næsten 230.000".
    price = one(part, measure_id="app_amount_dkk", municipality_id="aalborg", period="2016").value
    aalborg_n = one(part, measure_id="app_baseline_n", municipality_id="aalborg", value=1244).value
    assert 2_000_000 <= aalborg_n * price < 2_100_000
    rebild_n = one(part, measure_id="app_baseline_n", municipality_id="rebild", period="2016", value=184).value
    rebild_dkk = one(part, measure_id="app_expense_dkk", municipality_id="rebild").value
    assert rebild_n * price > rebild_dkk  # the contradiction the part records
    issue = next(i for i in part.source_issues if i.issue_id == "applications-rebild-lae265-udgift")
    assert issue.lines == (1936, 1938)
    assert "301.576" in issue.description_da


def test_psychologist_prices(part):
    # 2.b, l. 2185: ca. 1000 kr. a session without subsidy, ca. 330 with; 12 sessions; 4000-12.000 kr. a course.
    prices = sorted(f.value for f in pick(part, experiment_id="r2-02-psykologbehandling", measure_id="app_amount_dkk"))
    assert prices == [330, 1000, 4000, 12000]
    assert 12 * 1000 == prices[-1]
    shares = pick(part, experiment_id="r2-02-psykologbehandling", measure_id="app_expected_pct")
    assert sum(f.value for f in shares) == 100  # 60 % + "de resterende 40%"


def test_round_counts(part):
    # Bilag 7-9 introductions: 7/4/5, 4/4/3, 13/10/10 (submitted/approved/designs).
    def counts(measure):
        return {
            f.period[0]: f.value
            for f in pick(part, measure_id=measure, experiment_id=vocabulary.ALL_EXPERIMENTS, source_has="indledning")
        }

    assert counts("headline_applications_n") == {"1": 7, "2": 4, "3": 13}
    assert counts("headline_applications_approved_n") == {"1": 4, "2": 4, "3": 10}
    assert counts("app_designs_n") == {"1": 5, "2": 3, "3": 10}
    # 24 experiment ids = 7 + 4 + 13 applications: the 13 of Bilag 9 (not the 12 of Bilag 3) match ids.py.
    assert sum(counts("headline_applications_n").values()) == len(vocabulary.EXPERIMENT_IDS)


def test_forholdstal_targets(part):
    # 1.e l. 1326 (application) and the design l. 4128-4129 agree: +25 % and 60 %.
    app = sorted(f.value for f in pick(part, experiment_id="r1-05-forholdstalskrav", measure_id="app_expected_pct"))
    design = sorted(f.value for f in pick(part, experiment_id="r1-05-forholdstalskrav", measure_id="target_pct"))
    assert app == design == [25, 60]


def test_no_facts_from_interviews(part):
    # Bilag 10-12 (l. 5064-5421) print no figures in digits.
    start = sections()["bilag10"][0]
    assert not [f for f in part.facts if f.source_line >= start]


def test_no_personal_names_or_contacts(part):
    # Names of contact persons in the application headers and of interviewees in Bilag 10-12 (read by hand).
    names = (
        "Kloster",
        "Ben-Yedidia",
        "Jacobsen",
        "Nyrup",
        "Lollesgaard",
        "Knudsen",
        "Knakkergård",
        "Frahm",
        "Krogh",
        "Nielsen",
        "Povlsen",
        "Sigsgaard",
        "Rasch",
        "Uldbjerg",
        "Juul",
        "Laila",
        "Mogens",
        "Edin",
        "Mikael",
        "Arne",
        "Thomas",
        "Buse",
    )
    texts = [f.source_quote + " " + f.note for f in part.facts]
    texts += [" ".join(str(v) for v in vars(f.series).values()) for f in part.facts]
    texts += [i.description_da + i.description_en for i in part.source_issues]
    texts += [x.caption + x.note_da + x.note_en for x in part.lost_figures]
    for text in texts:
        assert not any(n in text for n in names), text
        assert not re.search(r"@|\b\d{8}\b|\b\d{4} \d{4}\b", text), text


def test_lost_figures_are_captions_followed_by_blank_lines(part):
    lines = seed_text.seed_lines(seed_text.ANNEX)
    assert {x.source_line for x in part.lost_figures} == {1227, 1464, 2110, 2352, 4386}
    for x in part.lost_figures:
        assert x.caption in lines[x.source_line - 1]
        assert lines[x.source_line].strip() == ""  # nothing of the figure survives on the next line


# --- series -----------------------------------------------------------------------------------------------


def test_every_fact_has_a_series_with_short_labels_and_a_known_statistic(part):
    for f in part.facts:
        assert f.series is not None, f
        assert 1 <= len(f.series.label_da) <= 40 and 1 <= len(f.series.label_en) <= 40, f.series
        assert re.match(r"Bilag [1-9](\.[a-z])?, ", f.series.source), f.series.source
        assert f.series.statistic in ("", "approx", "max", "min", "mean", "per year", "total", "threshold")


def test_one_key_one_figure(part):
    # build.fact_rows raises when two facts share series, municipality, group and period.
    rows = build.fact_rows([part])
    assert len({r["fact_id"] for r in rows}) == len(part.facts)
    build.series_rows([part])  # raises when one series is labelled two ways


def test_per_year_and_in_total_are_two_series(part):
    # 1.a l. 281: "4 forløb ... om året, svarende til i alt 12 forløb": once told apart only by the note,
    # now by the statistic of their series.
    per_year = one(part, experiment_id=R1_01, measure_id="app_expected_n", statistic="per year")
    total = one(part, experiment_id=R1_01, measure_id="app_expected_n", statistic="total")
    assert (per_year.value, total.value) == (4, 12)
    assert per_year.source_line == total.source_line
    assert (per_year.municipality_id, per_year.period) == (total.municipality_id, total.period)
    assert build.series_id(per_year) != build.series_id(total)
    # The design 7.a repeats them: same breakdown, another source, another series.
    design = one(part, experiment_id=R1_01, measure_id="target_n", statistic="per year")
    assert design.series.source == "Bilag 7.a, evalueringsdesign" and per_year.series.source == "Bilag 1, ansøgning 1"


def test_approximate_and_capped_participants(part):
    # The application says "ca. 80" (1.a), the design "højst 80" (7.a), the letter caps the group at 80 (Bilag 4).
    assert (
        one(part, experiment_id=R1_01, measure_id="app_expected_n", category="deltagere i forløbene").series.statistic
        == "approx"
    )
    assert (
        one(part, experiment_id=R1_01, measure_id="target_n", category="deltagere i forløbene").series.statistic
        == "max"
    )
    assert one(part, measure_id="app_cap_n").series.source == "Bilag 4, tilsagnsskrivelse, tabel 1"


# --- numbers written as words ----------------------------------------------------------------------------


def test_number_words():
    assert number_words_in("Regeringen vil helt eller delvist imødekomme fire af jeres syv ansøgninger") == [4, 7]
    assert number_words_in("Regeringen vil søge at imødekomme ti forsøg") == [10]
    assert number_words_in("For de to resterende delansøgninger") == [2]
    # the article 'en'/'et' and words that merely contain a number word are not numbers
    assert number_words_in("en ansøgning, et forsøg, fireårig, tiden, syvende") == []


def test_approval_letter_tallies(part):
    # Bilag 4 (l. 3464) "fire af jeres syv", Bilag 5 (l. 3523) "fem af jeres syv" counting the rehabilitation
    # application as four, Bilag 6 (l. 3578) "ti forsøg".
    def letter(measure, bilag):
        return one(
            part,
            measure_id=measure,
            experiment_id=vocabulary.ALL_EXPERIMENTS,
            source=f"Bilag {bilag}, tilsagnsskrivelse",
        )

    expected = {
        ("headline_applications_n", 4): (7, "syv", 3464),
        ("headline_applications_approved_n", 4): (4, "fire", 3464),
        ("app_rejected_n", 4): (3, "tre", 3479),
        ("headline_applications_n", 5): (7, "syv", 3523),
        ("headline_applications_approved_n", 5): (5, "fem", 3523),
        ("app_rejected_n", 5): (2, "to", 3525),
        ("headline_applications_approved_n", 6): (10, "ti", 3578),
    }
    for (measure, bilag), (value, word, line) in expected.items():
        f = letter(measure, bilag)
        assert (f.value, f.source_line) == (value, line)
        assert re.search(rf"\b{word}\b", f.source_quote) and value in number_words_in(f.source_quote)
        assert f.source_quote in seed_text.line_text(f.source_doc, f.source_line)
    assert letter("headline_applications_n", 5).series.category == "rehabiliteringsteams talt som fire ansøgninger"


def test_round2_and_psychology_issues(part):
    issues = {i.issue_id: i for i in part.source_issues}
    round2 = issues["applications-runde2-antal"]
    assert 3523 in round2.lines and "fire delansøgninger" in round2.description_da
    lines = seed_text.seed_lines(seed_text.ANNEX)
    assert any("fremsendte i alt 4 ansøgninger" in lines[n - 1] for n in round2.lines)
    psyk = issues["applications-psyk-maalgrupper"]
    assert 2185 in psyk.lines and 2214 in psyk.lines
    assert "primært være tiltænkt borgere på sygedagpenge" in lines[psyk.lines[0] - 1]
    # the prices of private treatment are no longer tied to sickness-benefit recipients
    assert not pick(part, experiment_id="r2-02-psykologbehandling", respondent_group="sygedagpengemodtagere")


def test_rule_settings(part):
    # The rules in prose: 6 weeks of upskilling within the first 26 weeks (1.c, 1.f, the Bilag 4 table, 7.d),
    # 6 meetings in 6 months for seasonal unemployed (1.d), more than 8 weeks of sick leave for LÆ285 (2.c, Bilag 5),
    # review in month 12 within 18 (3.b, Bilag 6), 2-4 weeks of internship (Bilag 6).
    cap = pick(part, measure_id="app_rule_weeks", category="vejledning og opkvalificering")
    assert {(f.experiment_id, f.series.source, f.value) for f in cap} == {
        (R1_03, "Bilag 1, ansøgning 3", 6),
        ("r1-06-fleksibel-uddannelse", "Bilag 1, ansøgning 6", 6),
        ("r1-06-fleksibel-uddannelse", "Bilag 4, tilsagnsskrivelse, tabel 1", 6),
        ("r1-06-fleksibel-uddannelse", "Bilag 7.d, evalueringsdesign", 6),
    }
    assert all(f.series.window == "de første 26 ledighedsuger" and f.series.statistic == "max" for f in cap)
    assert one(part, measure_id="app_rule_n", experiment_id="r1-04-formkrav-samtaler").value == 6
    lae285 = pick(part, measure_id="app_rule_weeks", instrument="LÆ285")
    assert sorted((f.series.source, f.value) for f in lae285) == [
        ("Bilag 2, ansøgning 3", 8),
        ("Bilag 5, tilsagnsskrivelse, tabel 1", 8),
    ]
    review = pick(
        part,
        measure_id="app_rule_months",
        experiment_id="r3-02-ledighedsydelse-revurdering",
        window="inden for 18 måneder",
    )
    assert sorted(f.value for f in review) == [12, 12]
    internship = pick(part, measure_id="app_rule_weeks", experiment_id="r3-11-praktik-ledighedsydelse")
    assert {f.series.statistic: f.value for f in internship} == {"min": 2, "max": 4}
    # 9.h: follow-up of disability pensioners in wage-subsidised jobs after 6 and then 12 months (current rule).
    follow_up = pick(part, experiment_id="r3-10-foertidspension-loentilskud", measure_id="app_rule_months")
    assert sorted(f.value for f in follow_up) == [6, 12] and {f.source_line for f in follow_up} == {4978}
    for f in pick(part, measure_id="app_rule_weeks") + pick(part, measure_id="app_rule_months"):
        assert f.period in ("før forsøget", "under forsøget"), f
