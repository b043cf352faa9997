"""Run every extraction module and write the curated tables of data/curated/ (the data contract, DESIGN §4)."""

from __future__ import annotations

import csv
import hashlib
import importlib
from collections import Counter, defaultdict
from pathlib import Path

from frikommune.extract.common import REPO_ROOT, Fact, Part, seeds_dir

# One module per part of the source; each exposes part() -> Part.
PART_MODULES = ("catalogue", "applications", "annex13_15", "annex14", "annex16_17")

FACT_COLUMNS = (
    "fact_id", "experiment_id", "municipality_id", "measure_id", "respondent_group", "period",
    "value", "unit", "n", "source_doc", "source_line", "source_quote", "note",
)
MEASURE_COLUMNS = (
    "measure_id", "name_da", "name_en", "definition_da", "definition_en", "unit", "higher_is_better", "family",
)
ISSUE_COLUMNS = ("issue_id", "source_doc", "lines", "kind", "description_da", "description_en", "fact_ids")
LOST_COLUMNS = ("lost_id", "experiment_id", "source_doc", "source_line", "caption", "note_da", "note_en")
SOURCE_COLUMNS = ("source_doc", "title", "sha256", "lines")
SEED_TITLES = {
    "000_71766aee2a796972.txt": "Aalborg Kommune: Frikommuneforsøg (webside med sammenfatning/Pixi)",
    "001_8aed834aa35d5a3e.txt": "Oversigt over forsøg der ønskes permanentgjort eller forlænget",
    "002_43ed0633f447e672.txt": "Status på frikommuneforsøg, Beskæftigelsesudvalget 2017",
    "003_dd6b408d530566e6.txt": "Bilagsmappe 2: Evalueringer af frikommuneforsøg 2020",
    "004_3012870ef777511f.txt": "Præsentation: konklusioner og anbefalinger",
}


def number_text(value: float | None) -> str:
    """A number in the machine format of the contract: '.' decimal mark, no thousands separator."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def collect_parts() -> list[Part]:
    """Run every extraction module."""
    return [importlib.import_module(f"frikommune.extract.{name}").part() for name in PART_MODULES]


def fact_rows(parts: list[Part]) -> list[dict[str, str]]:
    """Facts with stable ids '<part>-<line>-<k>' (k counts the part's facts on that line)."""
    rows = []
    for part in parts:
        per_line: Counter[tuple[str, int]] = Counter()
        for f in part.facts:
            per_line[(f.source_doc, f.source_line)] += 1
            k = per_line[(f.source_doc, f.source_line)]
            doc_tag = f.source_doc[:3]
            rows.append({"fact_id": f"{part.name}-{doc_tag}-{f.source_line}-{k}", **_fact_dict(f)})
    return rows


def _fact_dict(f: Fact) -> dict[str, str]:
    return {
        "experiment_id": f.experiment_id, "municipality_id": f.municipality_id, "measure_id": f.measure_id,
        "respondent_group": f.respondent_group, "period": f.period, "value": number_text(f.value),
        "unit": f.unit, "n": number_text(f.n), "source_doc": f.source_doc, "source_line": str(f.source_line),
        "source_quote": f.source_quote, "note": f.note,
    }


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
            "measure_id": m.measure_id, "name_da": m.name_da, "name_en": m.name_en,
            "definition_da": m.definition_da, "definition_en": m.definition_en, "unit": m.unit,
            "higher_is_better": "" if m.higher_is_better is None else str(m.higher_is_better).lower(),
            "family": m.family,
        }
        for m in sorted(by_id.values(), key=lambda m: m.measure_id)
    ]


def issue_rows(parts: list[Part], facts: list[dict[str, str]]) -> list[dict[str, str]]:
    """Source issues, each with the ids of the facts printed on its lines."""
    on_line: dict[tuple[str, int], list[str]] = defaultdict(list)
    for f in facts:
        on_line[(f["source_doc"], int(f["source_line"]))].append(f["fact_id"])
    rows = []
    for part in parts:
        for i in part.source_issues:
            touched = [fid for line in i.lines for fid in on_line[(i.source_doc, line)]]
            rows.append({
                "issue_id": i.issue_id, "source_doc": i.source_doc, "lines": ";".join(map(str, i.lines)),
                "kind": i.kind, "description_da": i.description_da, "description_en": i.description_en,
                "fact_ids": ";".join(touched),
            })
    return rows


def lost_rows(parts: list[Part]) -> list[dict[str, str]]:
    return [
        {
            "lost_id": x.lost_id, "experiment_id": x.experiment_id, "source_doc": x.source_doc,
            "source_line": str(x.source_line), "caption": x.caption, "note_da": x.note_da, "note_en": x.note_en,
        }
        for part in parts for x in part.lost_figures
    ]


def source_rows() -> list[dict[str, str]]:
    """The seed documents with their checksums, so a reader can tell which version a figure came from."""
    return [
        {"source_doc": doc, "title": title,
         "sha256": hashlib.sha256((seeds_dir() / doc).read_bytes()).hexdigest(),
         "lines": str(len((seeds_dir() / doc).read_text(encoding="utf-8").split("\n")))}
        for doc, title in SEED_TITLES.items()
    ]


def write_csv(path: Path, rows: list[dict[str, str]], columns: tuple[str, ...] | None = None) -> None:
    """Write ``rows`` as UTF-8 CSV; ``columns`` defaults to the first row's keys."""
    if columns is None:
        columns = tuple(rows[0]) if rows else ()
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def build(out_dir: Path = REPO_ROOT / "data" / "curated") -> dict[str, int]:
    """Write every curated table into ``out_dir``; returns the row count per table."""
    parts = collect_parts()
    facts = fact_rows(parts)
    duplicates = [k for k, c in Counter(f["fact_id"] for f in facts).items() if c > 1]
    if duplicates:
        raise ValueError(f"duplicate fact ids: {duplicates[:5]}")
    tables: dict[str, tuple[list[dict[str, str]], tuple[str, ...] | None]] = {
        "facts": (facts, FACT_COLUMNS),
        "measures": (merged_measures(parts), MEASURE_COLUMNS),
        "source_issues": (issue_rows(parts, facts), ISSUE_COLUMNS),
        "lost_figures": (lost_rows(parts), LOST_COLUMNS),
        "sources": (source_rows(), SOURCE_COLUMNS),
    }
    catalogue = importlib.import_module("frikommune.extract.catalogue")
    for name, rows in catalogue.catalogue_tables().items():
        tables[name] = (rows, None)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (rows, columns) in tables.items():
        write_csv(out_dir / f"{name}.csv", rows, columns)
    return {name: len(rows) for name, (rows, _) in tables.items()}


if __name__ == "__main__":
    for table, count in build().items():
        print(f"{table}: {count} rows")
