"""The curated data keeps its contract (DESIGN §4): every figure is printed on the line it cites, every id
resolves, every measure is defined in both languages, and no personal data is in data/."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from frikommune import vocabulary as ids
from frikommune.extract.common import value_is_printed

CURATED = Path(__file__).resolve().parents[1] / "data" / "curated"
DATA = CURATED.parent
FACT_COLUMNS = [
    "fact_id",
    "series_id",
    "experiment_id",
    "municipality_id",
    "scope",
    "measure_id",
    "respondent_group",
    "period",
    "value",
    "unit",
    "n",
    "source_doc",
    "section",
    "source_line",
    "source_quote",
    "note",
]
# What a fact's key is: everything but its value, its citation and the remark for people (DESIGN §4).
NOT_KEY = {"fact_id", "value", "n", "source_doc", "section", "source_line", "source_quote", "note"}


def rows(table: str) -> list[dict[str, str]]:
    with (CURATED / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def seed_line(seeds: Path, doc: str, line: int) -> str:
    return (seeds / doc).read_text(encoding="utf-8").split("\n")[line - 1]


# --- provenance -------------------------------------------------------------------------------------------------


def test_every_fact_quote_stands_on_its_line_and_prints_its_value(seeds):
    lines = {
        doc: (seeds / doc).read_text(encoding="utf-8").split("\n") for doc in {r["source_doc"] for r in rows("facts")}
    }
    wrong = []
    for fact in rows("facts"):
        text = lines[fact["source_doc"]][int(fact["source_line"]) - 1]
        if fact["source_quote"] not in text or not value_is_printed(float(fact["value"]), fact["source_quote"]):
            wrong.append(fact["fact_id"])
    assert not wrong, f"{len(wrong)} facts do not verify, e.g. {wrong[:5]}"


@pytest.mark.parametrize("table", ["experiments", "participation", "themes"])
def test_catalogue_quotes_stand_on_their_lines(seeds, table):
    for row in rows(table):
        assert row["source_quote"] in seed_line(seeds, row["source_doc"], int(row["source_line"])), row


def test_lost_figure_captions_stand_on_their_lines(seeds):
    for row in rows("lost_figures"):
        assert row["caption"] in seed_line(seeds, row["source_doc"], int(row["source_line"])), row["lost_id"]


def test_source_checksums_match_the_seeds(seeds):
    import hashlib

    for row in rows("sources"):
        assert hashlib.sha256((seeds / row["source_doc"]).read_bytes()).hexdigest() == row["sha256"], row["source_doc"]


def test_the_committed_tables_are_what_the_extraction_produces(seeds, tmp_path):
    from frikommune.extract.build import build

    build(tmp_path)
    for produced in sorted(tmp_path.glob("*.csv")):
        assert produced.read_bytes() == (CURATED / produced.name).read_bytes(), (
            f"data/curated/{produced.name} is stale: run `make extract` and review the diff"
        )


# --- schema and keys --------------------------------------------------------------------------------------------


def test_facts_have_exactly_the_contract_columns():
    with (CURATED / "facts.csv").open(encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == FACT_COLUMNS


def test_fact_ids_are_unique_and_values_are_machine_numbers():
    facts = rows("facts")
    assert len({f["fact_id"] for f in facts}) == len(facts)
    for f in facts:
        assert re.fullmatch(r"-?\d+(\.\d+)?(e-?\d+)?", f["value"]), f  # '.' decimal mark, no thousands separator
        assert f["n"] == "" or float(f["n"]) >= 0, f


def test_every_fact_id_reference_resolves():
    experiments = {r["experiment_id"] for r in rows("experiments")} | {ids.ALL_EXPERIMENTS}
    municipalities = {r["municipality_id"] for r in rows("municipalities")}
    measures = {r["measure_id"]: r for r in rows("measures")}
    for f in rows("facts"):
        assert f["experiment_id"] in experiments, f["fact_id"]
        assert f["municipality_id"] in municipalities, f["fact_id"]
        assert f["measure_id"] in measures, f["fact_id"]
        assert f["unit"] == measures[f["measure_id"]]["unit"] or f["unit"] in ids.UNITS, f["fact_id"]


def test_no_two_facts_share_their_whole_key_with_different_values():
    values: dict[tuple, set[str]] = {}
    for f in rows("facts"):
        values.setdefault(tuple(v for k, v in f.items() if k not in NOT_KEY), set()).add(f["value"])
    clashes = {k: v for k, v in values.items() if len(v) > 1}
    assert not clashes, f"{len(clashes)} keys with several values, e.g. {list(clashes.items())[:2]}"


def test_within_a_series_municipality_group_and_period_identify_one_fact():
    seen: set[tuple[str, str, str, str]] = set()
    for f in rows("facts"):
        key = (f["series_id"], f["municipality_id"], f["respondent_group"], f["period"])
        assert key not in seen, key
        seen.add(key)


def test_every_fact_belongs_to_a_labelled_series_of_its_own_experiment_and_measure():
    series = {s["series_id"]: s for s in rows("series")}
    for f in rows("facts"):
        s = series[f["series_id"]]
        assert (s["experiment_id"], s["measure_id"]) == (f["experiment_id"], f["measure_id"]), f["fact_id"]
    for s in series.values():
        assert not s["source"].startswith("(note)"), f"{s['series_id']} has no series of its own, only its note"
        for label in (s["label_da"], s["label_en"]):
            assert 0 < len(label) <= 40, (s["series_id"], label)
    assert {f["series_id"] for f in rows("facts")} == set(series)


def test_every_survey_question_is_translated_and_every_series_question_is_declared():
    questions = {q["question_id"]: q for q in rows("questions")}
    for q in questions.values():
        assert q["text_da"].strip() and q["text_en"].strip() and q["text_da"] != q["text_en"], q["question_id"]
        assert q["higher_is_better"] in ("true", "false", ""), q["question_id"]
    asked = {s["question"] for s in rows("series") if s["question"]}
    assert asked <= set(questions), asked - set(questions)
    means = {f["series_id"] for f in rows("facts") if f["measure_id"] == "survey_mean"}
    assert all(s["question"] for s in rows("series") if s["series_id"] in means), "a survey mean without its question"


def test_network_means_all_eleven_and_every_other_total_names_its_municipalities():
    everyone = set(ids.MUNICIPALITY_IDS)
    for f in rows("facts"):
        scope = set(filter(None, f["scope"].split(";")))
        if f["municipality_id"] == ids.NETWORK:
            assert scope == everyone, f["fact_id"]
        elif f["municipality_id"] == ids.TOTAL:
            assert scope and scope < everyone, f["fact_id"]
        else:
            assert not scope, f["fact_id"]


def test_no_module_outside_the_extractor_holds_a_seed_line_number():
    """Line numbers are data (source_line), never code: a runtime module that knows one breaks when a seed shifts."""
    repo = CURATED.parents[1]
    runtime = [p for p in (repo / "frikommune").rglob("*.py") if "extract" not in p.parts]
    runtime += list((repo / "pages").glob("*.py")) + list((repo / "queries").rglob("*.sql")) + [repo / "app.py"]
    suspicious = re.compile(r"\b(?:line|linje|first_line|last_line|_STARTS)\w*\s*[=:(]\s*\d{3,5}\b|\(\d{3,5}, \"Bilag")
    for path in runtime:
        assert not suspicious.search(path.read_text(encoding="utf-8")), path


def test_every_measure_is_named_and_defined_in_both_languages():
    for m in rows("measures"):
        for column in ("name_da", "name_en", "definition_da", "definition_en"):
            assert m[column].strip(), (m["measure_id"], column)
        assert m["family"] in ids.FAMILIES and m["unit"] in ids.UNITS, m["measure_id"]
        assert m["higher_is_better"] in ("true", "false", ""), m["measure_id"]


def test_source_issue_fact_and_series_references_resolve():
    fact_ids = {f["fact_id"] for f in rows("facts")}
    series_ids = {s["series_id"] for s in rows("series")}
    for issue in rows("source_issues"):
        assert issue["description_da"].strip() and issue["description_en"].strip(), issue["issue_id"]
        for fid in filter(None, issue["fact_ids"].split(";")):
            assert fid in fact_ids, (issue["issue_id"], fid)
        for sid in filter(None, issue["series_ids"].split(";")):
            assert sid in series_ids, (issue["issue_id"], sid)


def test_the_catalogue_covers_all_applications_and_the_whole_network():
    assert sorted(r["experiment_id"] for r in rows("experiments")) == sorted(ids.EXPERIMENT_IDS)
    kinds = {r["municipality_id"]: r["kind"] for r in rows("municipalities")}
    assert {m for m, k in kinds.items() if k == "municipality"} == set(ids.MUNICIPALITY_IDS)
    assert kinds["frederikshavn-laesoe"] == "combined" and kinds["network"] == "network"
    rounds = [r["round"] for r in rows("experiments")]
    assert (rounds.count("1"), rounds.count("2"), rounds.count("3")) == (7, 4, 13)  # 002, lines 40-81


def test_participation_refers_to_known_experiments_and_municipalities():
    experiments = {r["experiment_id"] for r in rows("experiments")}
    municipalities = {r["municipality_id"] for r in rows("municipalities")}
    for r in rows("participation"):
        assert r["experiment_id"] in experiments and r["municipality_id"] in municipalities, r
        flags = {r[k] for k in ("applied", "approved", "in_status_note", "results_reported", "took_part")}
        assert flags <= {"true", "false", ""}, r  # '' = the sources do not say, never 'no'
        for flag, source in (
            ("in_status_note", "status_note_source"),
            ("results_reported", "results_source"),
            ("took_part", "took_part_source"),
        ):
            assert (r[flag] == "true") == bool(r[source]), (r["experiment_id"], r["municipality_id"], flag)


def test_every_municipality_the_status_note_names_takes_part_in_its_approved_experiments():
    """002 lists the municipalities of each approved experiment; a combined Frederikshavn/Læsø counts for both."""
    units = {r["municipality_id"]: r["members"].split(";") for r in rows("municipalities") if r["kind"] == "combined"}
    started = {e["experiment_id"] for e in rows("experiments") if e["status"] != "not_started"}
    named, took = set(), set()
    for r in rows("participation"):
        for m in units.get(r["municipality_id"], [r["municipality_id"]]):
            if r["in_status_note"] == "true" and r["experiment_id"] in started:
                named.add((m, r["experiment_id"]))
            if r["took_part"] == "true":
                took.add((m, r["experiment_id"]))
    assert named <= took
    per_municipality = {m: sum(1 for mm, _ in took if mm == m) for m in ids.MUNICIPALITY_IDS}
    assert per_municipality["laesoe"] == 7 and per_municipality["morsoe"] == 3  # 002, 'Godkendte forsøg'
    assert min(per_municipality.values()) > 0


# --- spot checks written from reading the source ----------------------------------------------------------------


def test_the_certificate_saving_is_twelve_point_two_million_as_bilag_13_says():
    # 003, line 5432: "samlet set sparet ca. 12,2 mio. kr. (2020-satser)"
    totals = [f for f in rows("facts") if f["measure_id"] == "cert_saving_total_dkk"]
    assert [float(f["value"]) for f in totals] == [12_200_000]
    assert totals[0]["source_line"] == "5432"


def test_the_web_page_counts_seventeen_active_experiments_in_eleven_municipalities():
    values = {f["measure_id"]: float(f["value"]) for f in rows("facts") if f["source_doc"].startswith("000_")}
    assert values["headline_experiments_active_n"] == 17
    assert values["headline_municipalities_n"] == 11


# --- personal data ----------------------------------------------------------------------------------------------


def test_no_email_address_or_phone_number_anywhere_in_data():
    email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
    phone = re.compile(r"(?<![\d.,])(\d{2} ?\d{2} ?\d{2} ?\d{2})(?![\d.,])")
    for path in DATA.rglob("*"):
        if path.suffix not in {".csv", ".json", ".txt", ".md"} or "uploads" in path.parts:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        assert not email.search(text), path
        for match in phone.finditer(text):
            digits = match.group(1).replace(" ", "")
            assert " " not in match.group(1) or len(digits) != 8, (path, match.group(1))


def test_no_contact_from_the_seeds_appears_in_the_project(seeds):
    contacts = set()
    for seed in seeds.iterdir():
        for line in seed.read_text(encoding="utf-8", errors="replace").split("\n"):
            contacts.update(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", line))
            if re.search(r"Tlf|Telefon|tlf\.", line):
                contacts.update(m.replace(" ", "") for m in re.findall(r"\b\d{2} ?\d{2} ?\d{2} ?\d{2}\b", line))
    repo = CURATED.parents[1]
    for path in list((repo / "data").rglob("*.csv")) + list((repo / "tests").rglob("*.py")):
        flat = path.read_text(encoding="utf-8", errors="ignore")
        for contact in contacts:
            assert contact not in (flat if "@" in contact else flat.replace(" ", "")), path


# Text for people names municipalities as they are written, never by the ids the tables key them on.
ID_SPELLINGS = [i for i, name in ids.MUNICIPALITY_IDS.items() if i != name.lower()] + list(ids.COMBINED_UNITS)


@pytest.mark.parametrize(
    "table, columns",
    [
        ("source_issues", ("description_da", "description_en")),
        ("lost_figures", ("note_da", "note_en")),
        ("statements", ("text_da", "text_en")),
        ("municipalities", ("note_da", "note_en")),
    ],
)
def test_text_for_people_never_names_a_municipality_by_its_id(table, columns):
    found = [
        (row[c][:80], i)
        for row in rows(table)
        for c in columns
        if c in row
        for i in ID_SPELLINGS
        if re.search(rf"\b{re.escape(i)}\b", row[c])
    ]
    assert not found
