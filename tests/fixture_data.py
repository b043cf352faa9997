"""A tiny curated dataset built in code, shaped like data/curated/ (data/README.md), for the domain unit tests.

Three experiments, three municipalities (Aalborg, Frederikshavn, Læsø) plus the combined unit Frederikshavn/Læsø,
the network and `total`:

- ``r1-04-formkrav-samtaler`` (starts 2017-07-01): case durations in weeks per quarter 2017Q1-Q4 for Aalborg and
  Frederikshavn/Læsø (printed Q3, Q4, Q1, Q2 for Aalborg), a before/after series for Aalborg, and the counts of
  observations behind them (Aalborg, Frederikshavn/Læsø, network). One source issue touches the quarterly series.
- ``r2-03-laegeattester-sygedagpenge`` (LÆ285, Bilag 13): 1,000 exemptions × 500 kr. = 500,000 kr. gross,
  − 100,000 kr. other documents = 400,000 kr. net; its application (Bilag 3) names another price, 750 kr.
- ``r2-01-rehabiliteringsteams`` (LÆ265, Bilag 13): 200 exemptions, no price of its own (Bilag 13's price table
  gives 1,000 kr. for LÆ265), − 50,000 kr. = 150,000 kr. net; 40 citizens exempted (network).
- Bilag 13 also gives 30 LÆ265 exemptions for r1-04 without a net saving, and the total 550,000 kr.

Every value is written here by hand; the tests compute what they expect from these numbers, never from the code.
"""

from __future__ import annotations

import csv
from pathlib import Path

from frikommune.data.db import Database

SAMTALER = "r1-04-formkrav-samtaler"
ATTESTER = "r2-03-laegeattester-sygedagpenge"
REHAB = "r2-01-rehabiliteringsteams"

DOC = "003_fixture.txt"

# Series ids (content-built in the real data; any unique id will do here).
DUR_QUARTERS = f"{SAMTALER}.dur_weeks.quarters"
DUR_BEFORE_AFTER = f"{SAMTALER}.dur_weeks.before_after"
DUR_OBS = f"{SAMTALER}.dur_obs_n.quarters"
ATTESTER_CERT = f"{ATTESTER}.cert.bilag13"
ATTESTER_APPLICATION_PRICE = f"{ATTESTER}.app_price.bilag3"
ATTESTER_BY_MUNICIPALITY = f"{ATTESTER}.cert_exemptions_n.bilag15"
REHAB_CERT = f"{REHAB}.cert.bilag13"
REHAB_CITIZENS = f"{REHAB}.citizens_n.bilag13"
SAMTALER_CERT = f"{SAMTALER}.cert.bilag13"
PRICE_TABLE = "all.cert_price_dkk.bilag13"
TOTAL = "all.cert_saving_total_dkk.bilag13"

COLUMNS = {
    "facts": "fact_id,series_id,experiment_id,municipality_id,scope,measure_id,respondent_group,period,value,unit,n,"
    "source_doc,section,source_line,source_quote,note",
    "series": "series_id,experiment_id,measure_id,source,target_group,band,question,instrument,window,cohort,"
    "statistic,category,label_da,label_en",
    "questions": "question_id,text_da,text_en,scale_da,scale_en,higher_is_better",
    "measures": "measure_id,name_da,name_en,definition_da,definition_en,unit,higher_is_better,family",
    "experiments": "experiment_id,title_da,title_en,theme_id,round,application_no,rules_suspended_da,"
    "rules_suspended_en,legal_basis,approval,status,period_start,period_end,extended_until,"
    "extension_basis,measured_da,measured_en,evaluation_annex,results_annex_line,counted_as_active,"
    "source_doc,section,source_line,source_quote,note",
    "municipalities": "municipality_id,name,kind,members,note_da,note_en",
    "participation": "experiment_id,municipality_id,applied,approved,in_status_note,results_reported,took_part,"
    "applied_source,status_note_source,results_source,took_part_source,source_doc,section,"
    "source_line,source_quote,note",
    "source_issues": "issue_id,source_doc,lines,kind,description_da,description_en,series_ids,fact_ids",
    "lost_figures": "lost_id,experiment_id,source_doc,section,source_line,caption,note_da,note_en",
    "evidence_inputs": "input_id,experiment_id,outcome,role,method,design,series_id,municipality_id,respondent_group,"
    "period_before,period,stated,source_doc,section,source_line,source_quote,note_da,note_en",
    "statements": "statement_id,kind,theme_id,experiment_id,text_da,text_en,source_doc,section,source_line",
    "themes": "theme_id,title_da,title_en,source_doc,section,source_line,source_quote",
    "sources": "source_doc,title,sha256,lines",
}


def _experiments() -> list[dict]:
    def experiment(eid: str, title: str, round_no: int, no: int, start: str, line: int) -> dict:
        return {
            "experiment_id": eid,
            "title_da": title,
            "title_en": f"{title} (en)",
            "theme_id": "samtale",
            "round": round_no,
            "application_no": no,
            "approval": "approved",
            "status": "ended",
            "period_start": start,
            "period_end": "2020-12-31",
            "counted_as_active": "true",
            "source_doc": DOC,
            "section": f"Bilag {round_no}",
            "source_line": line,
            "source_quote": title,
        }

    return [
        experiment(SAMTALER, "Færre formkrav til samtaler", 1, 4, "2017-07-01", 10),
        experiment(REHAB, "Rehabiliteringsteams", 2, 1, "2018-01-01", 20)
        | {"status": "extended", "extended_until": "2021-12-31"},
        experiment(ATTESTER, "Lægeattester i sygedagpengesager", 2, 3, "2018-01-01", 30)
        | {"counted_as_active": "false"},
    ]


def _municipalities() -> list[dict]:
    return [
        {"municipality_id": "aalborg", "name": "Aalborg", "kind": "municipality"},
        {"municipality_id": "frederikshavn", "name": "Frederikshavn", "kind": "municipality"},
        {"municipality_id": "laesoe", "name": "Læsø", "kind": "municipality"},
        {
            "municipality_id": "frederikshavn-laesoe",
            "name": "Frederikshavn/Læsø",
            "kind": "combined",
            "members": "frederikshavn;laesoe",
        },
        {"municipality_id": "network", "name": "Netværket", "kind": "network"},
        {"municipality_id": "total", "name": "I alt", "kind": "total"},
    ]


def _participation() -> list[dict]:
    def took(eid: str, mid: str, applied: str, approved: str, took_part: str) -> dict:
        return {
            "experiment_id": eid,
            "municipality_id": mid,
            "applied": applied,
            "approved": approved,
            "took_part": took_part,
            "source_doc": DOC,
            "section": "Bilag 1",
            "source_line": 5,
            "source_quote": mid,
        }

    return [
        took(SAMTALER, "aalborg", "true", "true", "true"),
        took(SAMTALER, "frederikshavn-laesoe", "true", "true", "true"),
        took(ATTESTER, "aalborg", "true", "true", "true"),
        took(ATTESTER, "frederikshavn", "true", "true", ""),  # approved; the sources do not say it took part
        took(REHAB, "laesoe", "true", "false", "false"),  # applied, refused
        took(REHAB, "aalborg", "", "", ""),  # named, nothing said
    ]


def _measures() -> list[dict]:
    def measure(mid: str, unit: str, family: str, higher_is_better: str = "") -> dict:
        return {
            "measure_id": mid,
            "name_da": mid,
            "name_en": mid,
            "definition_da": f"{mid} (da)",
            "definition_en": f"{mid} (en)",
            "unit": unit,
            "higher_is_better": higher_is_better,
            "family": family,
        }

    return [
        measure("dur_weeks", "weeks", "duration", "false"),
        measure("dur_obs_n", "count", "duration"),
        measure("app_price_dkk", "dkk", "price"),
        measure("citizens_n", "count", "uptake", "true"),
        *(
            measure(m, "count" if m == "cert_exemptions_n" else "dkk", "saving")
            for m in (
                "cert_exemptions_n",
                "cert_price_dkk",
                "cert_saving_gross_dkk",
                "cert_other_docs_cost_dkk",
                "cert_saving_net_dkk",
                "cert_saving_total_dkk",
            )
        ),
    ]


def _series_and_facts() -> tuple[list[dict], list[dict]]:
    series: list[dict] = []
    facts: list[dict] = []

    def add_series(sid: str, experiment: str, measure: str, source: str, label: str) -> None:
        series.append(
            {
                "series_id": sid,
                "experiment_id": experiment,
                "measure_id": measure,
                "source": source,
                "label_da": label,
                "label_en": f"{label} (en)",
            }
        )

    def fact(
        sid: str,
        municipality: str,
        period: str,
        value: float,
        unit: str,
        line: int,
        section: str,
        measure: str | None = None,
        group: str = "",
        scope: str = "",
    ) -> None:
        row = next(s for s in series if s["series_id"] == sid)
        facts.append(
            {
                "fact_id": f"{sid}.{municipality}.{group}.{period}.{line}",
                "series_id": sid,
                "experiment_id": row["experiment_id"],
                "municipality_id": municipality,
                "scope": scope,
                "measure_id": measure or row["measure_id"],
                "respondent_group": group,
                "period": period,
                "value": value,
                "unit": unit,
                "source_doc": DOC,
                "section": section,
                "source_line": line,
                "source_quote": f"{value:g}",
            }
        )

    # r1-04: durations per quarter, printed out of time order for Aalborg.
    add_series(DUR_QUARTERS, SAMTALER, "dur_weeks", "Bilag 14.a, Tabel 1", "Varighed pr. kvartal")
    for line, (period, value) in enumerate([("2017Q3", 15), ("2017Q4", 14), ("2017Q1", 20), ("2017Q2", 19)], 101):
        fact(DUR_QUARTERS, "aalborg", period, value, "weeks", line, "Bilag 14")
    for line, (period, value) in enumerate([("2017Q1", 22), ("2017Q2", 21), ("2017Q3", 18), ("2017Q4", 16)], 105):
        fact(DUR_QUARTERS, "frederikshavn-laesoe", period, value, "weeks", line, "Bilag 14")
    add_series(DUR_BEFORE_AFTER, SAMTALER, "dur_weeks", "Bilag 14.a, Tabel 2", "Før og efter")
    fact(DUR_BEFORE_AFTER, "aalborg", "før", 20, "weeks", 120, "Bilag 14")
    fact(DUR_BEFORE_AFTER, "aalborg", "efter", 14, "weeks", 121, "Bilag 14")
    add_series(DUR_OBS, SAMTALER, "dur_obs_n", "Bilag 14.a, Tabel 1", "Observationer")
    fact(DUR_OBS, "aalborg", "2017", 120, "count", 130, "Bilag 14")
    fact(DUR_OBS, "frederikshavn-laesoe", "2017", 80, "count", 131, "Bilag 14")
    fact(DUR_OBS, "network", "2017", 200, "count", 132, "Bilag 14")

    # Bilag 13: the certificate saving, in the order it prints it.
    add_series(ATTESTER_APPLICATION_PRICE, ATTESTER, "cert_price_dkk", "Bilag 3", "Pris i ansøgningen")
    fact(ATTESTER_APPLICATION_PRICE, "network", "2018", 750, "dkk", 50, "Bilag 3", group="LÆ285")
    add_series(PRICE_TABLE, "all", "cert_price_dkk", "Bilag 13, prisliste", "Pris pr. attest")
    fact(PRICE_TABLE, "network", "2019", 1000, "dkk", 200, "Bilag 13", group="LÆ265")
    add_series(ATTESTER_CERT, ATTESTER, "cert_exemptions_n", "Bilag 13", "Lægeattester LÆ285")
    for line, (measure, value, unit) in enumerate(
        [
            ("cert_exemptions_n", 1000, "count"),
            ("cert_price_dkk", 500, "dkk"),
            ("cert_saving_gross_dkk", 500_000, "dkk"),
            ("cert_other_docs_cost_dkk", 100_000, "dkk"),
            ("cert_saving_net_dkk", 400_000, "dkk"),
        ],
        210,
    ):
        fact(ATTESTER_CERT, "network", "2019", value, unit, line, "Bilag 13", measure=measure, group="LÆ285")
    add_series(REHAB_CERT, REHAB, "cert_exemptions_n", "Bilag 13", "Lægeattester LÆ265")
    fact(
        REHAB_CERT, "total", "2019", 200, "count", 220, "Bilag 13", group="LÆ265", scope="aalborg;frederikshavn-laesoe"
    )
    fact(
        REHAB_CERT,
        "total",
        "2019",
        50_000,
        "dkk",
        221,
        "Bilag 13",
        measure="cert_other_docs_cost_dkk",
        group="LÆ265",
        scope="aalborg;frederikshavn-laesoe",
    )
    fact(
        REHAB_CERT,
        "total",
        "2019",
        150_000,
        "dkk",
        222,
        "Bilag 13",
        measure="cert_saving_net_dkk",
        group="LÆ265",
        scope="aalborg;frederikshavn-laesoe",
    )
    add_series(REHAB_CITIZENS, REHAB, "citizens_n", "Bilag 13", "Fritagne borgere")
    fact(REHAB_CITIZENS, "network", "2019", 40, "count", 225, "Bilag 13", group="fritagne")
    add_series(SAMTALER_CERT, SAMTALER, "cert_exemptions_n", "Bilag 13", "Lægeattester LÆ265")
    fact(SAMTALER_CERT, "network", "2019", 30, "count", 230, "Bilag 13", group="LÆ265")
    add_series(TOTAL, "all", "cert_saving_total_dkk", "Bilag 13", "Besparelse i alt")
    fact(TOTAL, "network", "2019", 550_000, "dkk", 240, "Bilag 13")

    # r2-03's exemptions per municipality, elsewhere in the report: not a total, so never counted as reach.
    add_series(ATTESTER_BY_MUNICIPALITY, ATTESTER, "cert_exemptions_n", "Bilag 15", "Fritagelser pr. kommune")
    fact(ATTESTER_BY_MUNICIPALITY, "aalborg", "2019", 600, "count", 150, "Bilag 15", group="LÆ285")
    return series, facts


def _source_issues() -> list[dict]:
    return [
        {
            "issue_id": "durations-q3-dip",
            "source_doc": DOC,
            "lines": "101",
            "kind": "other",
            "description_da": "Kvartalstallene for Aalborg er trykt ude af orden.",
            "description_en": "Aalborg's quarterly figures are printed out of order.",
            "series_ids": DUR_QUARTERS,
            "fact_ids": f"{DUR_QUARTERS}.aalborg..2017Q3.101",
        }
    ]


def _others() -> dict[str, list[dict]]:
    return {
        "themes": [
            {
                "theme_id": "samtale",
                "title_da": "Færre proceskrav i samtale",
                "title_en": "Fewer process requirements in interviews",
                "source_doc": DOC,
                "source_line": 3,
                "source_quote": "Færre proceskrav i samtale",
            }
        ],
        "statements": [
            {
                "statement_id": "stmt-1",
                "kind": "conclusion",
                "text_da": "Det virkede.",
                "text_en": "It worked.",
                "source_doc": DOC,
                "source_line": 4,
            }
        ],
        "sources": [{"source_doc": DOC, "title": "Fixture", "sha256": "0" * 64, "lines": 300}],
        "questions": [],
        "lost_figures": [],
        "evidence_inputs": [],
    }


def write_curated(folder: Path) -> Path:
    """Write the fixture's curated CSVs into ``folder`` (created); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    series, facts = _series_and_facts()
    tables = {
        "experiments": _experiments(),
        "municipalities": _municipalities(),
        "participation": _participation(),
        "measures": _measures(),
        "series": series,
        "facts": facts,
        "source_issues": _source_issues(),
        **_others(),
    }
    for table, columns in COLUMNS.items():
        with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns.split(","), restval="")
            writer.writeheader()
            writer.writerows(tables[table])
    return folder


def open_database(tmp_path: Path) -> Database:
    """A Database over the fixture's curated tables and an empty upload root, both under ``tmp_path``."""
    root = tmp_path / "data-root"
    root.mkdir(exist_ok=True)
    return Database(data_root=str(root), curated_dir=write_curated(tmp_path / "curated"))
