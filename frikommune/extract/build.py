"""Run every extraction module and write the curated tables of data/curated/ (the data contract, DESIGN §4)."""

from __future__ import annotations

import csv
import hashlib
import importlib
from collections import defaultdict
from pathlib import Path

from frikommune import vocabulary
from frikommune.extract.common import Fact, Part, Series
from frikommune.extract.sections import section_of
from frikommune.extract.seed_text import REPO_ROOT, SEED_TITLES, seeds_dir

# One module per part of the source; each exposes part() -> Part.
PART_MODULES = ("catalogue", "applications", "annex13_15", "annex14", "annex16_17")

FACT_COLUMNS = (
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
)
# Measures whose figures are rules or prices, true for every municipality alike (no total over municipalities).
GENERAL_MEASURE_PREFIXES = ("app_rule_", "app_amount_", "cert_price_", "price_")
SERIES_COLUMNS = ("series_id", "experiment_id", "measure_id", "source", *Series.BREAKDOWN, "label_da", "label_en")
QUESTION_COLUMNS = ("question_id", "text_da", "text_en", "scale_da", "scale_en", "higher_is_better")
MEASURE_COLUMNS = (
    "measure_id",
    "name_da",
    "name_en",
    "definition_da",
    "definition_en",
    "unit",
    "higher_is_better",
    "family",
)
ISSUE_COLUMNS = (
    "issue_id",
    "source_doc",
    "lines",
    "kind",
    "description_da",
    "description_en",
    "series_ids",
    "fact_ids",
)
LOST_COLUMNS = ("lost_id", "experiment_id", "source_doc", "section", "source_line", "caption", "note_da", "note_en")
SOURCE_COLUMNS = ("source_doc", "title", "sha256", "lines")


def number_text(value: float | None) -> str:
    """A number in the machine format of the contract: '.' decimal mark, no thousands separator."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def collect_parts() -> list[Part]:
    """Run every extraction module."""
    return [importlib.import_module(f"frikommune.extract.{name}").part() for name in PART_MODULES]


def _digest(*parts: str, size: int = 8) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:size]


def series_of(f: Fact) -> Series:
    """The fact's series; facts of a module not yet converted fall back to one series per note (marked as such)."""
    if f.series is not None:
        return f.series
    return Series(source=f"(note) {f.note}", label_da=f.measure_id[:40], label_en=f.measure_id[:40])


def series_id(f: Fact) -> str:
    """'<experiment>.<measure>.<digest of source and breakdown>': content, never a line number."""
    s = series_of(f)
    return f"{f.experiment_id}.{f.measure_id}.{_digest(s.source, *(getattr(s, k) for k in Series.BREAKDOWN))}"


def fact_rows(parts: list[Part], participants: dict[str, set[str]] | None = None) -> list[dict[str, str]]:
    """Facts with content ids '<series id>.<municipality>.<digest of group and period>'.

    Raises when two facts share their whole key (series, municipality, group, period): one key, one figure.
    ``participants`` (experiment -> municipalities that took part) scopes totals printed without a breakdown.
    """
    rows = []
    seen: dict[str, Fact] = {}
    for part in parts:
        for f in part.facts:
            sid = series_id(f)
            fid = _fact_id(sid, f.municipality_id, f.respondent_group, f.period)
            if fid in seen:
                other = seen[fid]
                raise ValueError(
                    f"two facts share one key {fid}: {other.source_doc}:{other.source_line} "
                    f"({other.value}) and {f.source_doc}:{f.source_line} ({f.value})"
                )
            seen[fid] = f
            rows.append({"fact_id": fid, "series_id": sid, **_fact_dict(f)})
    _add_scope(rows, participants or {})
    for r in rows:  # a total's id names the unit it was scoped to
        r["fact_id"] = _fact_id(r["series_id"], r["municipality_id"], r["respondent_group"], r["period"])
    return rows


def _fact_id(series: str, municipality: str, group: str, period: str) -> str:
    return f"{series}.{municipality}.{_digest(group, period, size=6)}"


def _fact_dict(f: Fact) -> dict[str, str]:
    return {
        "experiment_id": f.experiment_id,
        "municipality_id": f.municipality_id,
        "scope": "",
        "measure_id": f.measure_id,
        "respondent_group": f.respondent_group,
        "period": f.period,
        "value": number_text(f.value),
        "unit": f.unit,
        "n": number_text(f.n),
        "source_doc": f.source_doc,
        "section": section_of(f.source_doc, f.source_line),
        "source_line": str(f.source_line),
        "source_quote": f.source_quote,
        "note": f.note,
    }


def _members(unit: str) -> tuple[str, ...]:
    return vocabulary.COMBINED_UNITS.get(unit, (unit,))


def _add_scope(rows: list[dict[str, str]], participants: dict[str, set[str]]) -> None:
    """Name the municipalities every total covers (DESIGN §4 'Scope').

    A total printed beside per-municipality figures of its series covers those municipalities; a total whose series
    has none covers the municipalities of its experiment with figures of their own, else those that took part in it
    (experiment 'all': the whole network). Only a total covering all eleven keeps the id 'network'; any other
    becomes 'total' with its municipalities in ``scope``. A figure of the comparison group (municipalities outside
    the network, Bilag 15.a) is neither: it gets the unit 'comparison' and no scope; nor is a rule setting or a
    price (what a rule or a tariff says, not what the municipalities did): it gets the unit 'general'.
    """
    in_series: dict[str, set[str]] = defaultdict(set)
    in_experiment: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["municipality_id"] != vocabulary.NETWORK:
            in_series[r["series_id"]].update(_members(r["municipality_id"]))
            in_experiment[r["experiment_id"]].update(_members(r["municipality_id"]))
    everyone = set(vocabulary.MUNICIPALITY_IDS)
    for r in rows:
        if r["municipality_id"] != vocabulary.NETWORK:
            continue
        if r["respondent_group"] == vocabulary.COMPARISON_GROUP:
            r["municipality_id"] = vocabulary.COMPARISON
            continue
        if r["measure_id"].startswith(GENERAL_MEASURE_PREFIXES):
            r["municipality_id"] = vocabulary.GENERAL
            continue
        scope = in_series.get(r["series_id"]) or (
            everyone
            if r["experiment_id"] == vocabulary.ALL_EXPERIMENTS
            else in_experiment.get(r["experiment_id"]) or participants.get(r["experiment_id"], set())
        )
        if scope and scope != everyone:
            r["municipality_id"] = vocabulary.TOTAL
            r["scope"] = ";".join(sorted(scope))
        else:
            r["scope"] = ";".join(sorted(everyone))


def series_rows(parts: list[Part]) -> list[dict[str, str]]:
    """One row per series: what its figures are, and the short labels charts print."""
    out: dict[str, dict[str, str]] = {}
    for part in parts:
        for f in part.facts:
            s = series_of(f)
            row = {
                "series_id": series_id(f),
                "experiment_id": f.experiment_id,
                "measure_id": f.measure_id,
                "source": s.source,
                **{k: getattr(s, k) for k in Series.BREAKDOWN},
                "label_da": s.label_da,
                "label_en": s.label_en,
            }
            if out.setdefault(row["series_id"], row) != row:
                raise ValueError(f"series {row['series_id']} is labelled differently by two facts")
    return list(out.values())


def question_rows(parts: list[Part]) -> list[dict[str, str]]:
    """Every survey question once; a question declared by two parts must be declared identically."""
    by_id: dict[str, object] = {}
    for part in parts:
        for q in part.questions:
            if by_id.setdefault(q.question_id, q) != q:
                raise ValueError(f"question {q.question_id} is declared differently by two parts")
    return [
        {
            "question_id": q.question_id,
            "text_da": q.text_da,
            "text_en": q.text_en,
            "scale_da": q.scale_da,
            "scale_en": q.scale_en,
            "higher_is_better": "" if q.higher_is_better is None else str(q.higher_is_better).lower(),
        }
        for q in sorted(by_id.values(), key=lambda q: q.question_id)
    ]


def merged_measures(parts: list[Part]) -> list[dict[str, str]]:
    """All measures; a measure id declared by two parts must be declared identically."""
    by_id: dict[str, object] = {}
    for part in parts:
        for m in part.measures:
            if m.measure_id in by_id and by_id[m.measure_id] != m:
                raise ValueError(f"measure {m.measure_id} is declared differently by two parts")
            by_id[m.measure_id] = m
    return [
        {
            "measure_id": m.measure_id,
            "name_da": m.name_da,
            "name_en": m.name_en,
            "definition_da": m.definition_da,
            "definition_en": m.definition_en,
            "unit": m.unit,
            "higher_is_better": "" if m.higher_is_better is None else str(m.higher_is_better).lower(),
            "family": m.family,
        }
        for m in sorted(by_id.values(), key=lambda m: m.measure_id)
    ]


def issue_rows(parts: list[Part], facts: list[dict[str, str]]) -> list[dict[str, str]]:
    """Source issues, each with the ids of the facts printed on its lines and of the series those belong to."""
    on_line: dict[tuple[str, int], list[dict[str, str]]] = defaultdict(list)
    for f in facts:
        on_line[(f["source_doc"], int(f["source_line"]))].append(f)
    rows = []
    for part in parts:
        for i in part.source_issues:
            touched = [f for line in i.lines for f in on_line[(i.source_doc, line)]]
            rows.append(
                {
                    "issue_id": i.issue_id,
                    "source_doc": i.source_doc,
                    "lines": ";".join(map(str, i.lines)),
                    "kind": i.kind,
                    "description_da": i.description_da,
                    "description_en": i.description_en,
                    "series_ids": ";".join(dict.fromkeys(f["series_id"] for f in touched)),
                    "fact_ids": ";".join(f["fact_id"] for f in touched),
                }
            )
    return rows


def lost_rows(parts: list[Part]) -> list[dict[str, str]]:
    return [
        {
            "lost_id": x.lost_id,
            "experiment_id": x.experiment_id,
            "source_doc": x.source_doc,
            "section": section_of(x.source_doc, x.source_line),
            "source_line": str(x.source_line),
            "caption": x.caption,
            "note_da": x.note_da,
            "note_en": x.note_en,
        }
        for part in parts
        for x in part.lost_figures
    ]


def source_rows() -> list[dict[str, str]]:
    """The seed documents with their checksums, so a reader can tell which version a figure came from."""
    return [
        {
            "source_doc": doc,
            "title": title,
            "sha256": hashlib.sha256((seeds_dir() / doc).read_bytes()).hexdigest(),
            "lines": str(len((seeds_dir() / doc).read_text(encoding="utf-8").split("\n"))),
        }
        for doc, title in SEED_TITLES.items()
    ]


def _with_section(row: dict[str, str]) -> dict[str, str]:
    """A cited row with its annex section after ``source_doc``, so the pages can cite without line arithmetic."""
    if "source_line" not in row or "section" in row:
        return row
    out: dict[str, str] = {}
    for key, value in row.items():
        out[key] = value
        if key == "source_doc":
            out["section"] = section_of(value, int(row["source_line"])) if row["source_line"] else ""
    return out


def write_csv(path: Path, rows: list[dict[str, str]], columns: tuple[str, ...] | None = None) -> None:
    """Write ``rows`` as UTF-8 CSV; ``columns`` defaults to the first row's keys."""
    if columns is None:
        columns = tuple(rows[0]) if rows else ()
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def took_part(participation: list[dict[str, str]]) -> dict[str, set[str]]:
    """Experiment -> the municipalities that took part (a combined unit counts for its members)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in participation:
        if r["took_part"] == "true":
            out[r["experiment_id"]].update(_members(r["municipality_id"]))
    return out


def build(out_dir: Path = REPO_ROOT / "data" / "curated") -> dict[str, int]:
    """Write every curated table into ``out_dir``; returns the row count per table."""
    parts = collect_parts()
    catalogue = importlib.import_module("frikommune.extract.catalogue").catalogue_tables()
    facts = fact_rows(parts, took_part(catalogue["participation"]))
    tables: dict[str, tuple[list[dict[str, str]], tuple[str, ...] | None]] = {
        "facts": (facts, FACT_COLUMNS),
        "series": (series_rows(parts), SERIES_COLUMNS),
        "questions": (question_rows(parts), QUESTION_COLUMNS),
        "measures": (merged_measures(parts), MEASURE_COLUMNS),
        "source_issues": (issue_rows(parts, facts), ISSUE_COLUMNS),
        "lost_figures": (lost_rows(parts), LOST_COLUMNS),
        "sources": (source_rows(), SOURCE_COLUMNS),
    }
    for name, rows in catalogue.items():
        tables[name] = ([_with_section(r) for r in rows], None)
    evidence = importlib.import_module("frikommune.extract.evidence_inputs")
    tables["evidence_inputs"] = (evidence.evidence_input_rows(), evidence.COLUMNS)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (rows, columns) in tables.items():
        write_csv(out_dir / f"{name}.csv", rows, columns)
    return {name: len(rows) for name, (rows, _) in tables.items()}


if __name__ == "__main__":
    for table, count in build().items():
        print(f"{table}: {count} rows")
