"""The curated row types every extraction module builds, and ``fact()``, which verifies a figure against its seed.

Reading the seeds (lines, headings, table cells, Danish numbers) is :mod:`frikommune.extract.seed_text`.

An extraction module (one per part of the source) exposes ``MEASURES``, ``facts()``, ``SOURCE_ISSUES`` and
``LOST_FIGURES``. ``fact()`` refuses a row whose quote is not on its line or does not contain its value, so a
mistake fails at extraction time, not in a reviewer's head.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from frikommune import vocabulary
from frikommune.extract.seed_text import line_text, parse_number, value_is_printed


@dataclass(frozen=True)
class Measure:
    """One measure: what a fact's number means, as the source defines it."""

    measure_id: str
    name_da: str
    name_en: str
    definition_da: str
    definition_en: str
    unit: str
    higher_is_better: bool | None
    family: str

    def __post_init__(self) -> None:
        if self.unit not in vocabulary.UNITS:
            raise ValueError(f"{self.measure_id}: unknown unit {self.unit!r}")
        if self.family not in vocabulary.FAMILIES:
            raise ValueError(f"{self.measure_id}: unknown family {self.family!r}")


# The generic measures several annexes report, declared once with exactly the extraction brief's text (build.py
# merges the parts' measures by id and refuses two texts for one id).
SURVEY_MEAN = Measure(
    "survey_mean",
    "Gennemsnitlig besvarelse",
    "Mean answer",
    "Gennemsnit af besvarelserne på spørgsmålets skala (skalaen står ved spørgsmålet).",
    "Mean of the answers on the question's scale (the scale is given with the question).",
    "score",
    True,
    "satisfaction",
)
RESPONDENTS_N = Measure(
    "respondents_n",
    "Antal besvarelser",
    "Number of respondents",
    "Antal respondenter der har besvaret spørgsmålet/undersøgelsen.",
    "Number of respondents who answered the question/survey.",
    "count",
    None,
    "response",
)
RESPONSE_RATE_PCT = Measure(
    "response_rate_pct",
    "Svarprocent",
    "Response rate",
    "Andel af de adspurgte der har besvaret undersøgelsen.",
    "Share of those asked who answered the survey.",
    "pct",
    True,
    "response",
)
CITIZENS_N = Measure(
    "citizens_n",
    "Antal borgere/sager",
    "Number of citizens/cases",
    "Antal borgere eller sager omfattet af forsøget i perioden, som kilden opgør dem.",
    "Number of citizens or cases covered by the experiment in the period, as the source counts them.",
    "count",
    None,
    "uptake",
)


@dataclass(frozen=True)
class Series:
    """What a figure *is*: one row or column of one source table or figure, or one statement (DESIGN §4).

    ``source`` names the table/figure/section as the source does ("Bilag 14.a, Tabel 0-14"); the breakdown
    fields say which row/column of it; the labels (at most 40 characters) are what a chart prints. Within one
    series, municipality × respondent group × period identifies one value.
    """

    source: str
    label_da: str
    label_en: str
    target_group: str = ""  # who the figure is about, where the table splits by it ("jobparate kontanthjælpsmodtagere")
    band: str = ""  # a duration band of a distribution ("0-4 uger")
    question: str = ""  # a question_id of questions.csv
    instrument: str = ""  # the rule or document the figure is about, where one table covers several ("LÆ265")
    window: str = ""  # time after start ("1-3 mdr. efter opstart")
    cohort: str = ""  # start cohort ("2017H2")
    statistic: str = ""  # what the number is of its population: mean, min, max, share, total, count, ...
    category: str = ""  # an answer or status category ("Ja", "Ingen aktiv sag")

    BREAKDOWN = ("target_group", "band", "question", "instrument", "window", "cohort", "statistic", "category")

    def __post_init__(self) -> None:
        for label in (self.label_da, self.label_en):
            if not label or len(label) > 40:
                raise ValueError(f"series label must be 1-40 characters: {label!r} ({self.source})")


@dataclass(frozen=True)
class Question:
    """A survey question as the source prints it, with an English translation and its scale."""

    question_id: str
    text_da: str
    text_en: str
    scale_da: str  # '1-5, 5 = "I meget høj grad", 1 = "Slet ikke"'
    scale_en: str
    higher_is_better: bool | None  # False for the negatively worded items the report marks


@dataclass(frozen=True)
class Fact:
    """One figure of the source with the line and verbatim quote it is printed in."""

    experiment_id: str
    municipality_id: str
    measure_id: str
    respondent_group: str
    period: str
    value: float
    unit: str
    n: float | None
    source_doc: str
    source_line: int
    source_quote: str
    note: str = ""
    series: Series | None = None


def fact(
    doc: str,
    line: int,
    quote: str,
    *,
    experiment: str,
    measure: str,
    unit: str,
    municipality: str = vocabulary.NETWORK,
    group: str = "",
    period: str = "",
    value: float | None = None,
    n: float | None = None,
    note: str = "",
    series: Series | None = None,
) -> Fact:
    """A verified Fact: ``quote`` must stand on ``line`` of ``doc`` and print ``value`` (parsed from it if None)."""
    text = line_text(doc, line)
    if quote not in text:
        raise ValueError(f"{doc}:{line}: quote {quote!r} is not on the line {text[:120]!r}")
    if value is None:
        value = parse_number(quote)
        if value is None:
            raise ValueError(f"{doc}:{line}: no number in quote {quote!r}")
    elif not value_is_printed(value, quote):
        raise ValueError(f"{doc}:{line}: value {value} is not printed in quote {quote!r}")
    _check_ids(experiment, municipality, unit, f"{doc}:{line}")
    return Fact(experiment, municipality, measure, group, period, float(value), unit, n, doc, line, quote, note, series)


def _check_ids(experiment: str, municipality: str, unit: str, where: str) -> None:
    if experiment not in vocabulary.EXPERIMENT_IDS and experiment != vocabulary.ALL_EXPERIMENTS:
        raise ValueError(f"{where}: unknown experiment id {experiment!r}")
    if not vocabulary.known_municipality(municipality):
        raise ValueError(f"{where}: unknown municipality id {municipality!r}")
    if unit not in vocabulary.UNITS:
        raise ValueError(f"{where}: unknown unit {unit!r}")


@dataclass(frozen=True)
class SourceIssue:
    """A contradiction or oddity in the source, with the lines it concerns."""

    issue_id: str
    source_doc: str
    lines: tuple[int, ...]
    kind: str  # 'sum-mismatch', 'two-figures', 'denominator', 'shifted-table', 'other'
    description_da: str
    description_en: str


@dataclass(frozen=True)
class LostFigure:
    """A chart or table that survives only as a caption: its values are lost and never filled in."""

    lost_id: str
    experiment_id: str
    source_doc: str
    source_line: int
    caption: str  # verbatim piece of the caption line
    note_da: str
    note_en: str


@dataclass
class Part:
    """What one extraction module contributes to the curated tables."""

    name: str
    measures: list[Measure] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    source_issues: list[SourceIssue] = field(default_factory=list)
    lost_figures: list[LostFigure] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
