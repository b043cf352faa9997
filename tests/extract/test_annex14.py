"""Spot checks of the Bilag 14 extraction, written from reading 003_*.txt lines 5466-6975."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from frikommune.extract import seed_text
from tests.extract.helpers import one, pick  # noqa: E402

if not seed_text.seeds_dir().is_dir():
    pytest.skip(
        f"../shared/seeds not found: {seed_text.seeds_dir()} (the source documents are needed)", allow_module_level=True
    )

from frikommune import vocabulary  # noqa: E402
from frikommune.extract import annex14  # noqa: E402  (import after the skip: it reads the seeds)

FORMKRAV = "r1-04-formkrav-samtaler"


@pytest.fixture(scope="module")
def part():
    return annex14.part()


# --- every row is traceable and clean ---------------------------------------------------------------------


def test_quotes_and_values_are_on_their_lines_inside_bilag_14(part):
    for f in part.facts:
        assert 5466 <= f.source_line <= 6975, f
        assert f.source_quote in seed_text.line_text(f.source_doc, f.source_line)
        assert seed_text.value_is_printed(f.value, f.source_quote), f


def test_ids_units_and_measures_are_known(part):
    measures = {m.measure_id: m for m in part.measures}
    for f in part.facts:
        assert f.experiment_id in vocabulary.EXPERIMENT_IDS
        assert measures[f.measure_id].unit == f.unit, f
        if f.measure_id in ("survey_mean", "survey_share_pct", "respondents_n", "response_rate_pct"):
            assert f.respondent_group in vocabulary.RESPONDENT_GROUPS, f


def test_measure_definitions_never_send_the_reader_to_the_note(part):
    # What a figure is lives in its series; the note is a remark, so no definition may depend on it.
    measures = {m.measure_id: m for m in part.measures}
    for m in measures.values():
        assert " note" not in m.definition_da and "the note" not in m.definition_en, m.measure_id
    assert (measures["response_rate_pct"].unit, measures["response_rate_pct"].higher_is_better) == ("pct", True)


def test_no_personal_data_in_quotes_or_notes(part):
    texts = [f.source_quote + " " + f.note for f in part.facts]
    texts += [i.description_da + i.description_en for i in part.source_issues]
    for text in texts:
        assert "@" not in text and "Tlf" not in text, text
        assert not re.search(r"\b\d{4} \d{4}\b", text), text  # phone numbers print as four pairs of digits


def test_suppressed_cells_are_never_facts(part):
    # Frederikshavn, jobparate, afsluttede forløb Jun 2017: '.	.	3	6	7	.	7	26	61,3' -> 4 bands, total, mean
    row = pick(part, source_line=6367)
    assert sorted(f.value for f in row) == [3, 6, 7, 7, 26, 61.3]
    assert all(
        f.value != 0
        for f in pick(part, measure_id="samtale_ended_spells_by_duration_n", municipality_id="frederikshavn")
    )


# --- 14.a: survey data basis --------------------------------------------------------------------------------


def test_citizen_survey_n_adds_up_to_samlet_counting_the_shared_link_once(part):
    for period, total in (("før forsøget", 3474), ("2018", 4598), ("2019", 4436), ("2020", 2925)):
        rows = pick(part, measure_id="respondents_n", respondent_group="borger", period=period, experiment_id=FORMKRAV)
        rows = [f for f in rows if f.source_line < 5563]  # Tabel 0-8 only
        assert (
            one(
                part,
                measure_id="respondents_n",
                respondent_group="borger",
                period=period,
                municipality_id="network",
                source_line=5561,
            )
            == total
        )
        municipal = {f.municipality_id: f.value for f in rows if f.municipality_id != "network"}
        if period == "før forsøget":
            # Aalborg and Brønderslev share one printed figure (same survey link): count it once.
            assert municipal["aalborg"] == municipal["broenderslev"] == 1882
            municipal.pop("aalborg")
        assert sum(municipal.values()) == total, period


def test_thisted_has_no_response_rate_in_the_last_wave(part):
    assert (
        one(
            part,
            measure_id="respondents_n",
            municipality_id="thisted",
            period="2020",
            respondent_group="borger",
            source_line=5552,
        )
        == 0
    )
    assert not pick(
        part, measure_id="response_rate_pct", municipality_id="thisted", period="2020", respondent_group="borger"
    )


def test_employee_survey_n_adds_up_to_samlet(part):
    for period, total in (("før forsøget", 114), ("2018", 76), ("2019", 56), ("2020", 97)):
        rows = [
            f
            for f in pick(part, measure_id="respondents_n", respondent_group="medarbejder", period=period)
            if 5610 < f.source_line <= 5621
        ]
        assert sum(f.value for f in rows if f.municipality_id != "network") == total
        assert [f.value for f in rows if f.municipality_id == "network"] == [total]
    assert (
        one(
            part,
            measure_id="response_rate_pct",
            municipality_id="aalborg",
            period="2020",
            respondent_group="medarbejder",
        )
        == 90
    )


def test_the_n_of_the_2018_2020_tables_is_the_sum_of_the_three_waves(part):
    """Tabel 0-10..0-13 print N per municipality for 2018-2020; Tabel 0-8/0-9 give the waves."""
    for group, first, last in (("borger", 5551, 5561), ("medarbejder", 5610, 5621)):
        waves = defaultdict(float)
        for f in pick(part, measure_id="respondents_n", respondent_group=group):
            if first < f.source_line <= last and f.period in ("2018", "2019", "2020"):
                waves[f.municipality_id] += f.value
        for f in pick(part, measure_id="survey_mean", respondent_group=group):
            assert f.n == waves[f.municipality_id], f


def test_survey_mean_cells(part):
    engaged = [
        f
        for f in pick(part, measure_id="survey_mean", municipality_id="aalborg", respondent_group="borger")
        if "engagerede sagsbehandlere" in f.note
    ]
    assert [(f.value, f.n) for f in engaged] == [(3.6, 6406)]
    jammerbugt = pick(part, measure_id="survey_mean", municipality_id="jammerbugt", source_line=5660)
    assert [f.value for f in jammerbugt] == [4.4, 4.5, 4.4, 4.1, 4.4]
    assert len(pick(part, measure_id="survey_mean")) == 10 * (5 + 4 + 5 + 5)
    # one question has one note across municipalities, so the dashboard can line them up
    notes = {f.note for f in pick(part, measure_id="survey_mean", source_line=5654)}
    assert notes == {f.note for f in pick(part, measure_id="survey_mean", source_line=5663)}


# --- 14.a: register analysis and a-kasser ---------------------------------------------------------------------


def test_observations_per_municipality_add_up(part):
    rows = [f for f in pick(part, measure_id="samtale_dagpenge_observations_n") if f.note.startswith("Tabel 0-14")]
    assert len(rows) == 40
    by_horizon = defaultdict(float)
    totals = {}
    for f in rows:
        if f.municipality_id == "network":
            totals[f.note] = f.value
        else:
            by_horizon[f.note] += f.value
    assert sorted(totals.values()) == [43246, 46977, 54764, 60368]
    assert all(by_horizon[k] == v for k, v in totals.items())


def test_parallel_trend_ns_per_half_year(part):
    rows = [f for f in pick(part, measure_id="samtale_dagpenge_observations_n") if "Figur 0.18" in f.note]
    assert [f.period for f in rows] == [f"{y}H{h}" for y in (2015, 2016, 2017, 2018, 2019) for h in (1, 2)]
    assert rows[0].value == 29686 and rows[-1].value == 22471


def test_akasse_survey(part):
    respondents = one(part, measure_id="respondents_n", respondent_group="a-kasse", source_line=5935)
    invited = one(part, measure_id="samtale_survey_invited_n", respondent_group="a-kasse", source_line=5935)
    rate = one(part, measure_id="response_rate_pct", respondent_group="a-kasse")
    summary = [f for f in part.facts if f.series.source.endswith("a-kasseundersøgelsen, sammenfatning")]
    assert sorted(f.value for f in summary) == [70, 80, 111]  # the summary restates results as series of its own
    assert (invited, respondents, rate) == (111, 54, 49)
    assert round(100 * respondents / invited) == rate
    assert one(part, measure_id="samtale_postponed_conversations_max") == 120
    means = pick(part, measure_id="samtale_postponed_conversations_mean")
    assert [f.value for f in means] == [29, 29] and len({f.series for f in means}) == 2  # table and text
    shares = pick(part, measure_id="survey_share_pct", respondent_group="a-kasse", source_line=5990)
    assert sorted(f.value for f in shares) == [20, 25, 33]


def test_charts_without_values_are_lost_figures(part):
    captions = [x.caption for x in part.lost_figures]
    assert len(captions) == 22
    effects = [c for c in captions if c.startswith("Figur 0.") and "Forskel i" in c]
    assert len(effects) == 6  # Figur 0.5-0.10: every effect estimate of 14.a is lost
    assert len({x.lost_id for x in part.lost_figures}) == 22


# --- 14.b: Jobindsats tables -----------------------------------------------------------------------------------


def test_jammerbugt_spells_add_up_to_i_alt(part):
    for period, total in (("2018-06", 436), ("2019-06", 413), ("2020-03", 576)):
        where = dict(municipality_id="jammerbugt", period=period)
        bands = pick(part, measure_id="samtale_spells_by_duration_n", **where)
        assert len(bands) == 11
        assert sum(f.value for f in bands) == one(part, measure_id="samtale_spells_total_n", **where) == total


def test_jammerbugt_ended_spells_off_by_one_is_a_source_issue(part):
    bands = pick(part, measure_id="samtale_ended_spells_by_duration_n", municipality_id="jammerbugt", period="2018-06")
    assert sum(f.value for f in bands) == 433
    assert one(part, measure_id="samtale_ended_spells_total_n", municipality_id="jammerbugt", period="2018-06") == 434
    issue = next(i for i in part.source_issues if i.issue_id == "annex14-b-jammerbugt-ended-total")
    assert issue.kind == "sum-mismatch" and bands[0].source_line in issue.lines


def test_vesthimmerland_sickness_benefit_ended_spells(part):
    where = {"municipality_id": "vesthimmerland", "respondent_group": "sygedagpengemodtagere", "period": "2017-06"}
    bands = pick(part, measure_id="samtale_ended_spells_by_duration_n", **where)
    assert sum(f.value for f in bands) == one(part, measure_id="samtale_ended_spells_total_n", **where) == 478
    assert one(part, measure_id="samtale_ended_spell_mean_weeks", **where) == 4.5
    assert one(part, measure_id="samtale_partial_sick_reports_pct", **where) == 16.5


def test_collapsed_rows_keep_only_the_mean_duration(part):
    # 'Jun 2018	3	.	16	21	188,6' has 5 cells for 9 columns: only 188,6 (weeks) can be placed.
    row = pick(part, source_line=6424)
    assert [(f.measure_id, f.value) for f in row] == [("samtale_ended_spell_mean_weeks", 188.6)]
    collapsed = [i for i in part.source_issues if i.kind == "shifted-table" and 6424 in i.lines]
    assert len(collapsed) == 1


def test_fill_down_of_subgroups_and_statuses(part):
    where = {"municipality_id": "vesthimmerland", "period": "2018Q1"}
    assert (
        one(
            part,
            measure_id="samtale_status_3m_education_pct",
            respondent_group="jobparate kontanthjælpsmodtagere",
            **where,
        )
        == 4.5
    )
    assert (
        one(
            part,
            measure_id="samtale_status_3m_employment_pct",
            respondent_group="aktivitetsparate uddannelseshjælpsmodtagere",
            **where,
        )
        == 11.1
    )
    assert (
        one(
            part,
            measure_id="samtale_fulltime_persons_n",
            respondent_group="aktivitetsparate kontanthjælpsmodtagere",
            municipality_id="vesthimmerland",
            period="2019-06",
        )
        == 243
    )


def test_ressourceforloeb_statuses_add_up_to_100(part):
    where = {"municipality_id": "vesthimmerland", "respondent_group": "borgere i ressourceforløb"}
    for period in ("2017Q2", "2018Q1", "2019Q1"):
        shares = [
            f.value
            for f in part.facts
            if f.period == period
            and f.measure_id.startswith("samtale_status_3m")
            and all(getattr(f, k) == v for k, v in where.items())
        ]
        assert round(sum(shares), 1) == 100.0, period


def test_shifted_jobafklaring_row_keeps_the_counts_only(part):
    row = pick(part, source_line=6811)
    assert [(f.period, f.value) for f in row] == [
        ("2017-06", 163),
        ("2018-06", 169),
        ("2019-06", 183),
        ("2020-06", 195),
    ]


def test_rebild_sentences(part):
    assert one(part, municipality_id="rebild", measure_id="samtale_sickness_benefit_mean_weeks", period="2019") == 4.8
    assert one(part, municipality_id="rebild", measure_id="samtale_job_or_education_1m_pct", period="2017") == 60.4


def test_frederikshavn_remarks_contradicting_the_tables_are_issues(part):
    kinds = {i.issue_id: i.kind for i in part.source_issues}
    assert kinds["annex14-b-frh-aktivitetsparate-fulltime"] == "two-figures"
    assert (
        one(
            part,
            measure_id="samtale_fulltime_persons_n",
            municipality_id="frederikshavn",
            respondent_group="aktivitetsparate kontanthjælpsmodtagere",
            period="2017-06",
        )
        == 441
    )


# --- 14.c and 14.d ------------------------------------------------------------------------------------------


def test_revurdering_has_no_figures(part):
    assert not pick(part, experiment_id="r3-02-ledighedsydelse-revurdering")


def test_flexible_education_has_one_row_per_course(part):
    rows = pick(part, experiment_id="r1-06-fleksibel-uddannelse")
    per_municipality = defaultdict(int)
    for f in rows:
        per_municipality[f.municipality_id] += 1
    assert dict(per_municipality) == {"thisted": 7, "jammerbugt": 1, "frederikshavn": 18}
    assert max(f.value for f in rows) == 52
    assert {f.respondent_group for f in rows} == {"over 30 år", "under 30 år"}
