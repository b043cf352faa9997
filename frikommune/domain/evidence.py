"""'Virkede det?': per experiment and outcome a direction and an evidence strength, by published rules.

Pure functions over DataFrames (and a Database at the edge); no Streamlit. The rules are the constants and the
small functions at the top of this module; ``RULES`` states them in both languages for the Kilder og metode page,
and tests recompute directions from fixture frames by the same functions.

Inputs: ``data/curated/evidence_inputs.csv`` names, per experiment and outcome, the headline series, the design
behind it and what the report says in words (each sentence cited by its seed line); every figure comes from
``facts.csv``. Where the inputs name nothing, the outcome is "not measured" — never a guessed figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from frikommune.data.db import Database

OUTCOMES = ("uptake", "effect", "saving", "citizens", "staff")
DIRECTIONS = ("better", "worse", "no_difference", "not_measured")

# --- the published rules ----------------------------------------------------------------------------------------
# Evidence strength by design (before adjustments): the EEF/Jobeffekter ladder, in the report's own designs.
DESIGN_LEVEL = {
    "did_parallel": 5,  # comparison group, parallel-trends test reported as holding
    "comparison": 4,  # comparison group, no parallel-trends test
    "before_after_register": 3,  # before/after in registers (Jobindsats, DREAM, Fasit), no comparison group
    "register_count": 3,  # a register count (times a price for savings), no comparison group
    "survey": 2,  # survey only: respondents' own judgement
    "case_review": 2,  # management's structured review of cases
    "cases": 1,  # case stories and interviews
    "unknown": 1,  # the result is known, the design behind it is not in the sources
}
SMALL_N = 30  # headline N below this lowers the strength by one
RELATIVE_THRESHOLD = 0.05  # before/after: a change within 5 % of the before figure is no clear difference ...
PP_THRESHOLD = 2.0  # ... and for shares in per cent, a change within 2 percentage points
SURVEY_MARGIN = 0.5  # survey mean on a 1-5 scale: at least 0.5 from the midpoint 3 to count as a direction
JUDGEMENT_SHARE = 0.6  # case review yes/no: 60 % one way to count as a direction
CONTRADICTION_KINDS = ("two-figures", "sum-mismatch", "denominator", "shifted-table")

# The web page lists 17 active experiments; its item "Rehabiliteringsteams, JAF-sager og LÆ265" is two approvals
# in the catalogue (r2-01 and r3-13), evaluated together in Bilag 15.a. The matrix keeps the source's 17 rows.
MERGED_INTO = {"r3-13-laegeattest-jobafklaring": "r2-01-rehabiliteringsteams"}
RAN = ("evaluated", "extended")


# --- direction rules: small pure functions, each returns (direction, reason key, values) ---------------------
def significance_direction(estimate: float, stated: str, higher_is_better: bool | None) -> str:
    """The report's significance statement applied to an estimate's sign."""
    if stated == "not_significant":
        return "no_difference"
    if stated != "significant" or estimate == 0 or higher_is_better is None:
        return "not_measured"
    good = (estimate > 0) == bool(higher_is_better)
    return "better" if good else "worse"


def before_after_direction(before: float, after: float, unit: str, higher_is_better: bool | None) -> str:
    """A before/after change against the stated threshold (percentage points for shares, 5 % otherwise)."""
    if higher_is_better is None or before is None or after is None:
        return "not_measured"
    change = after - before
    if unit == "pct":
        if abs(change) < PP_THRESHOLD:
            return "no_difference"
    elif before == 0 or abs(change) / abs(before) < RELATIVE_THRESHOLD:
        return "no_difference"
    return "better" if (change > 0) == bool(higher_is_better) else "worse"


def survey_direction(mean: float, higher_is_better: bool | None, scale_known: bool) -> str:
    """A survey mean on a 1-5 scale against its midpoint."""
    if not scale_known or higher_is_better is None:
        return "not_measured"
    distance = mean - 3 if higher_is_better else 3 - mean
    if distance >= SURVEY_MARGIN:
        return "better"
    if distance <= -SURVEY_MARGIN:
        return "worse"
    return "no_difference"


def judgement_direction(yes: float, no: float) -> str:
    """Management's yes/no judgement over reviewed cases ('yes' = the good answer)."""
    total = yes + no
    if total <= 0:
        return "not_measured"
    if yes / total >= JUDGEMENT_SHARE:
        return "better"
    if no / total >= JUDGEMENT_SHARE:
        return "worse"
    return "no_difference"


def saving_direction(net: float) -> str:
    """A net saving: above 0 is better."""
    if net > 0:
        return "better"
    return "worse" if net < 0 else "no_difference"


def combine(directions: list[str]) -> str:
    """Several headline figures: conflicting ones give no clear difference; else the majority decides."""
    known = [d for d in directions if d != "not_measured"]
    if not known:
        return "not_measured"
    if "better" in known and "worse" in known:
        return "no_difference"
    for candidate in ("better", "worse"):
        if known.count(candidate) * 2 > len(known):
            return candidate
    return "no_difference"


def strength(design: str, n: float | None, contradictions: int, words_only: bool) -> tuple[int, list[str]]:
    """Evidence strength 1-5 from the design, adjusted by N, contradictions and a result known only in words.

    Returns the level and the reason keys (i18n 'evidence.why.*') that made it.
    """
    level = DESIGN_LEVEL.get(design, 1)
    reasons = [f"design.{design}"]
    if n is not None and not math.isnan(n) and n < SMALL_N:
        level -= 1
        reasons.append("small_n")
    if contradictions:
        level -= 1
        reasons.append("contradiction")
    if words_only:
        level -= 1
        reasons.append("words_only")
    return max(level, 1), reasons


# --- reading the inputs -----------------------------------------------------------------------------------------
@dataclass
class Cell:
    """One experiment x outcome: the direction, the strength and everything cited behind them."""

    experiment_id: str
    outcome: str
    direction: str = "not_measured"
    counted: bool = False  # a figure exists but there is nothing to compare it with
    method: str = ""
    design: str = ""
    strength: int | None = None
    strength_reasons: list[str] = field(default_factory=list)
    n: float | None = None
    facts: pd.DataFrame = field(default_factory=pd.DataFrame)  # headline facts (with N facts)
    statements: pd.DataFrame = field(default_factory=pd.DataFrame)  # cited sentences (result, design)
    issues: pd.DataFrame = field(default_factory=pd.DataFrame)  # source issues touching the headline
    parts: list[tuple[str, str]] = field(default_factory=list)  # (series_id, direction) per headline series


def _pick(facts: pd.DataFrame, municipality: str, period: str, group: str = "") -> pd.DataFrame:
    """The fact(s) of one series a headline means: its unit (total/network, else the only one), group, period."""
    rows = facts[facts["respondent_group"] == group] if group else facts
    if municipality:
        rows = rows[rows["municipality_id"] == municipality]
    else:
        summary = rows[rows["municipality_id"].isin(["network", "total"])]
        if not summary.empty:
            rows = summary
        elif rows["municipality_id"].nunique() > 1:
            return rows.iloc[0:0]
    if period:
        rows = rows[rows["period"] == period]
    return rows


def _hib(value: object) -> bool | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    return bool(value)


def _scale_known(scale: object) -> bool:
    return isinstance(scale, str) and bool(re.match(r"^\s*1\s*[-–]\s*5\b", scale))


def assess_cell(experiment: str, outcome: str, inputs: pd.DataFrame, facts: pd.DataFrame, issues: pd.DataFrame) -> Cell:
    """Apply the rules to one experiment x outcome."""
    cell = Cell(experiment, outcome)
    mine = inputs[(inputs["experiment_id"] == experiment) & (inputs["outcome"] == outcome)]
    if mine.empty:
        return cell
    cell.method = next((m for m in mine["method"] if m), "")
    cell.design = next((d for d in mine["design"] if d), "")
    cell.statements = mine[mine["role"].isin(["result", "design"]) & (mine["source_quote"] != "")]
    results = mine[mine["role"] == "result"]
    shown: list[pd.DataFrame] = []
    directions: list[str] = []
    ns: list[float] = []
    answers: dict[str, float] = {}
    for row in mine[mine["role"] == "headline"].itertuples():
        series = facts[facts["series_id"] == row.series_id]
        if cell.method == "before_after":
            before = _pick(series, row.municipality_id, row.period_before, row.respondent_group)
            after = _pick(series, row.municipality_id, row.period, row.respondent_group)
            if len(before) != 1 or len(after) != 1:
                continue
            b, a = before.iloc[0], after.iloc[0]
            d = before_after_direction(b["value"], a["value"], a["unit"], _hib(a["higher_is_better"]))
            shown += [before, after]
        else:
            picked = _pick(series, row.municipality_id, row.period, row.respondent_group)
            if picked.empty:
                continue
            shown.append(picked)
            first = picked.iloc[0]
            if cell.method == "significance":
                said = results[results["series_id"] == row.series_id]["stated"]
                d = significance_direction(
                    first["value"], said.iloc[0] if len(said) else "", _hib(first["higher_is_better"])
                )
            elif cell.method == "survey_mean":
                hib = _hib(first["question_higher_is_better"])
                d = survey_direction(
                    first["value"],
                    hib if hib is not None else _hib(first["higher_is_better"]),
                    _scale_known(first["scale_da"]),
                )
            elif cell.method == "saving":
                d = saving_direction(first["value"])
            elif cell.method == "judgement_share":
                d = row.stated  # which answer this series is; combined below
            else:  # counted, cases, words: the figure is shown, the direction (if any) comes from the words
                d = "not_measured"
        found_n = shown[-1]["n"].dropna()
        if not found_n.empty:
            ns.append(float(found_n.max()))
        if cell.method == "judgement_share":
            answers[d] = float(shown[-1]["value"].iloc[0])
        directions.append(d)
        cell.parts.append((row.series_id, d))
    n_rows = mine[mine["role"] == "n"]
    for row in n_rows.itertuples():
        picked = _pick(facts[facts["series_id"] == row.series_id], row.municipality_id, row.period)
        if not picked.empty:
            shown.append(picked)
            ns.append(float(picked["value"].iloc[0]))
    cell.facts = pd.concat(shown, ignore_index=True).drop_duplicates("fact_id") if shown else facts.iloc[0:0]
    cell.n = min(ns) if ns else None

    if cell.method == "judgement_share":
        cell.direction = judgement_direction(answers.get("better", 0.0), answers.get("worse", 0.0))
        cell.n = sum(answers.values()) or None
    elif cell.method in ("words", "cases"):
        said = [s for s in results["stated"] if s in ("better", "worse", "no_difference")]
        cell.direction = said[0] if said else "not_measured"
    else:
        cell.direction = combine(directions)
    cell.counted = cell.direction == "not_measured" and not cell.facts.empty

    touched = _touching(issues, cell.facts)
    cell.issues = touched
    if cell.direction != "not_measured":
        contradictions = int(touched["kind"].isin(CONTRADICTION_KINDS).sum()) if not touched.empty else 0
        words_only = cell.method == "words" and cell.design != "unknown"
        cell.strength, cell.strength_reasons = strength(cell.design or "unknown", cell.n, contradictions, words_only)
    return cell


def issues_on_lines(issues: pd.DataFrame, cites: list[tuple[str, str, int]]) -> pd.DataFrame:
    """The source issues recorded on any of the cited lines (e.g. two end dates for an extension)."""
    if issues.empty or not cites:
        return issues.iloc[0:0] if not issues.empty else issues
    wanted = {(doc, str(line)) for doc, _, line in cites}
    hit = issues.apply(lambda r: any((r["source_doc"], line) in wanted for line in str(r["lines"]).split(";")), axis=1)
    return issues[hit]


def _touching(issues: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """The source issues whose series or facts include any of ``facts``."""
    if issues.empty or facts.empty:
        return issues.iloc[0:0]
    series, fact_ids = set(facts["series_id"]), set(facts["fact_id"])
    hit = issues.apply(
        lambda r: bool(set(str(r["series_ids"]).split(";")) & series or set(str(r["fact_ids"]).split(";")) & fact_ids),
        axis=1,
    )
    return issues[hit]


def assess(
    inputs: pd.DataFrame, facts: pd.DataFrame, issues: pd.DataFrame, experiments: list[str]
) -> dict[tuple[str, str], Cell]:
    """Every (experiment, outcome) cell of ``experiments`` by the rules."""
    return {(e, o): assess_cell(e, o, inputs, facts, issues) for e in experiments for o in OUTCOMES}


def overall_strength(cells: list[Cell]) -> Cell | None:
    """The cell that sets an experiment's overall strength: the strongest with a direction (first outcome wins)."""
    rated = [c for c in cells if c.strength is not None]
    return max(rated, key=lambda c: c.strength) if rated else None


# --- the edge: one call per page ----------------------------------------------------------------------------------
@dataclass
class Evidence:
    """Everything the page and the card need, computed once per data version."""

    experiments: pd.DataFrame
    cells: dict[tuple[str, str], Cell]
    inputs: pd.DataFrame
    statements: pd.DataFrame
    participation: pd.DataFrame
    sources: pd.DataFrame
    lost: pd.DataFrame
    issues: pd.DataFrame = field(default_factory=pd.DataFrame)


def load(db: Database) -> Evidence:
    """Read the inputs, facts, issues and catalogue, and apply the rules to every experiment that ran."""
    experiments = db.query("experiments/catalogue")
    ran = experiments[experiments["status"].isin(RAN)]
    inputs = db.query("evidence/inputs")
    facts = db.query("evidence/facts")
    issues = db.query("evidence/source_issues")
    cells = assess(inputs, facts, issues, list(ran["experiment_id"]))
    return Evidence(
        experiments=experiments,
        cells=cells,
        inputs=inputs,
        statements=db.query("overview/statements", kinds=["conclusion", "recommendation", "wish"]),
        participation=db.query("experiments/participation_grid"),
        sources=db.query("sources/documents"),
        lost=db.query("sources/lost_figures"),
        issues=issues,
    )


def row_experiment(experiment_id: str) -> str:
    """The matrix row an experiment belongs to (r3-13 is listed with r2-01, as on the web page)."""
    return MERGED_INTO.get(experiment_id, experiment_id)


def matrix_ids(ev: Evidence) -> list[str]:
    """The experiments that ran, one per row of the source's list of 17."""
    ran = ev.experiments[ev.experiments["status"].isin(RAN)]["experiment_id"]
    return [e for e in ran if e not in MERGED_INTO]


def members(experiment_id: str) -> list[str]:
    """The catalogue experiments one matrix row stands for."""
    return [experiment_id, *[k for k, v in MERGED_INTO.items() if v == experiment_id]]


# --- words for people: the same functions feed the matrix and the card, in both languages -----------------------
def direction_key(cell: Cell) -> str:
    """'better', 'worse', 'no_difference', 'counted' or 'not_measured' (a figure with nothing to compare)."""
    return "counted" if cell.counted else cell.direction


def cell_sources(cell: Cell) -> pd.DataFrame:
    """Every cited line behind a cell: the headline facts' lines and the sentences stating result or design."""
    columns = ["source_doc", "section", "source_line"]
    frames = [cell.facts[columns]] if not cell.facts.empty else []
    if not cell.statements.empty:
        frames.append(cell.statements[columns])
    if not frames:
        return pd.DataFrame(columns=columns)
    out = pd.concat(frames, ignore_index=True).dropna(subset=["source_line"])
    out["source_line"] = out["source_line"].astype(int)
    return out.drop_duplicates().sort_values(columns, kind="stable").reset_index(drop=True)


def experiment_row(ev: Evidence, experiment_id: str) -> pd.Series:
    """The catalogue row of one experiment."""
    return ev.experiments[ev.experiments["experiment_id"] == experiment_id].iloc[0]


def has_annex(ev: Evidence, experiment_id: str) -> bool:
    row = ev.experiments.set_index("experiment_id").loc[experiment_id]
    return pd.notna(row["results_annex_line"])
