"""Bilag 14.b of 003_*.txt: Formkrav ved lovpligtige samtaler – øvrige målgrupper (experiment r1-04).

The section holds two commissions for the working groups (no results; they also name staff, so nothing of them is
kept), the two questionnaires (no figures) and Bilag 4 "Data effektmålinger ift. beskæftigelse og uddannelse":
Jobindsats extracts per municipality and target group. Those tables are parsed here.

The Jobindsats tables come in a handful of shapes, all tab-separated:
- row layout: optional labels (municipality, sub-group, status), then a key cell – a month ('Jun 2017') or a
  quarter ('2. kv. 2017') – then the values of the columns;
- wide layout: a header of months or quarters, then one row of values per label.
Labels written once fill down. A few rows of the 'afsluttede forløb' tables collapsed in the PDF dump (fewer
cells than columns): only their average duration can be placed with certainty (it is the one column printed with
decimals), the rest are left out and recorded as a shifted-table source issue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from frikommune import vocabulary
from frikommune.extract.annex14_common import DOC, FORMKRAV, month_period, quarter_period
from frikommune.extract.common import Fact, Measure, Series, SourceIssue, fact
from frikommune.extract.seed_text import (
    cell_quote,
    cells,
    find_line,
    heading,
    is_decimal,
    line_text,
    only_number,
)


@cache
def _end() -> int:
    """Last line of 14.b (looked up when needed, so importing the module does not read the seeds)."""
    return (
        heading(
            DOC, "14.c Bilag til forsøg: Ledighedsydelse - fritagelse for revurdering i 12. måned indenfor 18 måneder"
        )
        - 1
    )


@cache
def _data_start() -> int:
    """Bilag 4 of 14.b, where the Jobindsats tables start (after the commissions and questionnaires)."""
    start = heading(DOC, "14.b Bilag til forsøg: Formkrav ved lovpligtige samtaler – Øvrige målgrupper")
    return find_line(DOC, "Bilag 4: Data effektmålinger ift. beskæftigelse og uddannelse", start, _end())


def _m(measure_id, name_da, name_en, def_da, def_en, unit, better, family) -> Measure:
    return Measure(measure_id, name_da, name_en, def_da, def_en, unit, better, family)


JOBINDSATS_DA = " (Jobindsats.dk, kommunens målgruppe; opgjort af kommunen i bilaget)"
JOBINDSATS_EN = " (Jobindsats.dk, the municipality's target group; compiled by the municipality in the annex)"
PERSONS = _m(
    "samtale_persons_n",
    "Antal personer i målgruppen",
    "Persons in the target group",
    "Antal personer på ydelsen i målgruppen i den angivne måned" + JOBINDSATS_DA + ".",
    "Number of persons on the benefit in the target group in the given month" + JOBINDSATS_EN + ".",
    "count",
    None,
    "uptake",
)
FULLTIME = _m(
    "samtale_fulltime_persons_n",
    "Antal fuldtidspersoner i målgruppen",
    "Full-time persons in the target group",
    "Antal fuldtidspersoner (personer omregnet til hele ydelsesmodtagere) i målgruppen i den angivne måned"
    + JOBINDSATS_DA
    + ".",
    "Number of full-time persons (recipients converted to full-time equivalents) in the target group in "
    "the given month" + JOBINDSATS_EN + ".",
    "count",
    None,
    "uptake",
)
FULLTIME_LF = _m(
    "samtale_fulltime_pct_labour_force",
    "Fuldtidspersoner i pct. af arbejdsstyrken",
    "Full-time persons as % of the labour force",
    "Fuldtidspersoner i målgruppen i pct. af arbejdsstyrken 16-66 år" + JOBINDSATS_DA + ".",
    "Full-time persons in the target group as a percentage of the labour force aged 16-66" + JOBINDSATS_EN + ".",
    "pct",
    None,
    "uptake",
)
FULLTIME_POP = _m(
    "samtale_fulltime_pct_population",
    "Fuldtidspersoner i pct. af befolkningen",
    "Full-time persons as % of the population",
    "Fuldtidspersoner i målgruppen i pct. af befolkningen 16-66 år" + JOBINDSATS_DA + ".",
    "Full-time persons in the target group as a percentage of the population aged 16-66" + JOBINDSATS_EN + ".",
    "pct",
    None,
    "uptake",
)
SPELLS = _m(
    "samtale_spells_by_duration_n",
    "Antal forløb fordelt på varighed",
    "Spells by duration",
    "Antal igangværende forløb på ydelsen i den angivne måned med den angivne varighed" + JOBINDSATS_DA + ".",
    "Number of ongoing spells on the benefit in the given month with the given duration" + JOBINDSATS_EN + ".",
    "count",
    None,
    "duration",
)
SPELLS_TOTAL = _m(
    "samtale_spells_total_n",
    "Antal forløb i alt",
    "Spells in total",
    "Antal igangværende forløb på ydelsen i alt i den angivne måned" + JOBINDSATS_DA + ".",
    "Total number of ongoing spells on the benefit in the given month" + JOBINDSATS_EN + ".",
    "count",
    None,
    "duration",
)
ENDED = _m(
    "samtale_ended_spells_by_duration_n",
    "Antal afsluttede forløb fordelt på varighed",
    "Ended spells by duration",
    "Antal afsluttede forløb med den angivne varighed, opgjort for den angivne måned" + JOBINDSATS_DA + ".",
    "Number of ended spells with the given duration, counted for the given month" + JOBINDSATS_EN + ".",
    "count",
    None,
    "duration",
)
ENDED_TOTAL = _m(
    "samtale_ended_spells_total_n",
    "Antal afsluttede forløb i alt",
    "Ended spells in total",
    "Antal afsluttede forløb i alt opgjort for den angivne måned" + JOBINDSATS_DA + ".",
    "Total number of ended spells counted for the given month" + JOBINDSATS_EN + ".",
    "count",
    None,
    "duration",
)
ENDED_WEEKS = _m(
    "samtale_ended_spell_mean_weeks",
    "Gennemsnitlig varighed af afsluttede forløb",
    "Mean duration of ended spells",
    "Gennemsnitlig varighed i uger af de forløb, der er afsluttet, opgjort for den angivne måned" + JOBINDSATS_DA + ".",
    "Mean duration in weeks of the spells that ended, counted for the given month" + JOBINDSATS_EN + ".",
    "weeks",
    False,
    "duration",
)
PARTIAL = _m(
    "samtale_partial_sick_reports_n",
    "Antal delvise raskmeldinger/sygemeldinger",
    "Partial return-to-work / partial sick reports",
    "Antal sygedagpengeforløb med delvis raskmelding eller delvis sygemelding i den angivne måned"
    + JOBINDSATS_DA
    + ".",
    "Number of sickness-benefit spells with a partial return to work or partial sick report in the given "
    "month" + JOBINDSATS_EN + ".",
    "count",
    True,
    "effect",
)
PARTIAL_PCT = _m(
    "samtale_partial_sick_reports_pct",
    "Andel delvise rask- og sygemeldinger",
    "Share of partial return-to-work / sick reports",
    "Andel af sygedagpengeforløbene med delvis rask- eller sygemelding, pct." + JOBINDSATS_DA + ".",
    "Share of sickness-benefit spells with a partial return to work or partial sick report, %" + JOBINDSATS_EN + ".",
    "pct",
    True,
    "effect",
)
STATUS_DEF_DA = (
    "Andel af de borgere, hvis forløb blev afsluttet i kvartalet, som 3 måneder efter afsluttet forløb "
    "har status som {}" + JOBINDSATS_DA + "."
)
STATUS_DEF_EN = (
    "Share of the citizens whose spell ended in the quarter who, 3 months after the end of the spell, "
    "have the status {}" + JOBINDSATS_EN + "."
)
STATUS_EMPLOYMENT = _m(
    "samtale_status_3m_employment_pct",
    "Lønmodtagerbeskæftigelse 3 mdr. efter afsluttet forløb",
    "In employment 3 months after the spell",
    STATUS_DEF_DA.format("lønmodtagerbeskæftigelse"),
    STATUS_DEF_EN.format("wage employment"),
    "pct",
    True,
    "effect",
)
STATUS_EDUCATION = _m(
    "samtale_status_3m_education_pct",
    "Uddannelse 3 mdr. efter afsluttet forløb",
    "In education 3 months after the spell",
    STATUS_DEF_DA.format("uddannelse"),
    STATUS_DEF_EN.format("education"),
    "pct",
    True,
    "effect",
)
STATUS_JOB_OR_EDUCATION = _m(
    "samtale_status_3m_job_or_education_pct",
    "Beskæftigelse eller uddannelse 3 mdr. efter afsluttet forløb",
    "In employment or education 3 months after the spell",
    STATUS_DEF_DA.format("beskæftigelse eller uddannelse"),
    STATUS_DEF_EN.format("employment or education"),
    "pct",
    True,
    "effect",
)
STATUS_FLEXJOB = _m(
    "samtale_status_3m_flexjob_pct",
    "Fleksjob 3 mdr. efter afsluttet forløb",
    "In flexjob 3 months after the spell",
    STATUS_DEF_DA.format("fleksjob"),
    STATUS_DEF_EN.format("flexjob (subsidised job)"),
    "pct",
    True,
    "effect",
)
STATUS_PENSION = _m(
    "samtale_status_3m_disability_pension_pct",
    "Førtidspension 3 mdr. efter afsluttet forløb",
    "On disability pension 3 months after the spell",
    STATUS_DEF_DA.format("førtidspension"),
    STATUS_DEF_EN.format("disability pension"),
    "pct",
    None,
    "effect",
)
SICK_WEEKS = _m(
    "samtale_sickness_benefit_mean_weeks",
    "Gennemsnitlig varighed på sygedagpenge",
    "Mean duration on sickness benefit",
    "Gennemsnitlig varighed i uger på sygedagpenge i året, som kommunen gengiver den fra jobindsats.dk.",
    "Mean duration in weeks on sickness benefit in the year, as the municipality quotes it from jobindsats.dk.",
    "weeks",
    False,
    "duration",
)
BACK_IN_JOB_1M = _m(
    "samtale_back_in_job_1m_pct",
    "Tilbage i job 1 måned efter",
    "Back in a job after 1 month",
    "Andel af sygedagpengemodtagerne der er tilbage i job efter 1 måned, som kommunen gengiver den fra jobindsats.dk.",
    "Share of sickness-benefit recipients back in a job after 1 month, as the municipality quotes it "
    "from jobindsats.dk.",
    "pct",
    True,
    "effect",
)
JOB_OR_EDU_1M = _m(
    "samtale_job_or_education_1m_pct",
    "I job eller uddannelse 1 måned efter raskmelding",
    "In a job or education 1 month after recovery",
    "Andel der var tilbage i job eller uddannelse 1 måned efter raskmelding, som kommunen gengiver den "
    "fra jobindsats.dk.",
    "Share back in a job or education 1 month after being declared fit for work, as the municipality "
    "quotes it from jobindsats.dk.",
    "pct",
    True,
    "effect",
)

MEASURES = [
    PERSONS,
    FULLTIME,
    FULLTIME_LF,
    FULLTIME_POP,
    SPELLS,
    SPELLS_TOTAL,
    ENDED,
    ENDED_TOTAL,
    ENDED_WEEKS,
    PARTIAL,
    PARTIAL_PCT,
    STATUS_EMPLOYMENT,
    STATUS_EDUCATION,
    STATUS_JOB_OR_EDUCATION,
    STATUS_FLEXJOB,
    STATUS_PENSION,
    SICK_WEEKS,
    BACK_IN_JOB_1M,
    JOB_OR_EDU_1M,
]

STATUS_LABELS = {
    "Lønmodtagerbeskæftigelse": STATUS_EMPLOYMENT,
    "Uddannelse": STATUS_EDUCATION,
    "Fleksjob": STATUS_FLEXJOB,
    "Førtidspension": STATUS_PENSION,
}
# Status rows the Vesthimmerland ressourceforløb table lists without any figure; any figure on them would be new.
EMPTY_STATUSES = {
    "A-dagpenge",
    "Kontantydelse",
    "Arbejdsmarkedsydelse",
    "Særlig uddannelsesydelse",
    "Kontanthjælp",
    "Selvforsørgelses- og hjemrejseydelse mv.",
    "Uddannelseshjælp",
    "Revalidering/forrevalidering",
    "Ressourceforløb",
    "Sygedagpenge",
    "Jobafklaringsforløb",
    "Ledighedsydelse",
    "Efterløn",
    "Selvforsørgelse",
    "Andet",
}


@dataclass(frozen=True)
class Section:
    """One municipality × target-group block of Bilag 4."""

    heading: str  # the start of the block's heading line
    municipality: str
    group: str  # the target group when the block has one; sub-group labels below override it
    subgroups: dict[str, str] = field(default_factory=dict)  # row label -> target group
    default_status: Measure | None = None  # status measure when the status table has no status label

    @property
    def label(self) -> str:
        """The block as a reader can find it: municipality and heading."""
        return f"{vocabulary.MUNICIPALITY_IDS[self.municipality]} – {self.heading}"


SECTIONS = (
    Section(
        "Frederikshavns Kommune- Jobparate kontanthjælpsmodtagere", "frederikshavn", "jobparate kontanthjælpsmodtagere"
    ),
    Section(
        "Frederikshavns Kommune- Aktivitetsparate kontanthjælpsmodtagere",
        "frederikshavn",
        "aktivitetsparate kontanthjælpsmodtagere",
    ),
    Section("Frederikshavns Kommune- Borgere i ressourceforløb", "frederikshavn", "borgere i ressourceforløb"),
    Section(
        "Effektmåling – sygedagpengemodtagere",
        "jammerbugt",
        "sygedagpengemodtagere",
        default_status=STATUS_JOB_OR_EDUCATION,
    ),
    Section("Målgruppe: Sygedagpenge 6.6", "vesthimmerland", "sygedagpengemodtagere"),
    Section(
        "Målgruppe: Jobparate kontanthjælpsmodtagere 6.2",
        "vesthimmerland",
        "",
        {"Jobparat": "jobparate kontanthjælpsmodtagere", "Aktivitetsparat": "aktivitetsparate kontanthjælpsmodtagere"},
    ),
    Section(
        "Målgruppe: Uddannelsesparate uddannelseshjælpsmodtagere 6.4",
        "vesthimmerland",
        "",
        {
            "Alle uddannelsesparate": "uddannelsesparate uddannelseshjælpsmodtagere",
            "Aktivitetsparat": "aktivitetsparate uddannelseshjælpsmodtagere",
        },
    ),
    Section("Målgruppe: Personer i ressourceforløb 6.8", "vesthimmerland", "borgere i ressourceforløb"),
    Section(
        "Målgruppe: Ledighedsydelsesmodtagere 6.9",
        "vesthimmerland",
        "ledighedsydelsesmodtagere",
        default_status=STATUS_FLEXJOB,
    ),
    Section("Målgruppe: Jobafklaring 6.7", "vesthimmerland", "borgere i jobafklaringsforløb"),
)
# Sub-heading lines (no tabs) that open a table; the Rebild block (text only) and 'Bemærkninger' close tables.
KINDS = (
    ("Antal personer og fuldtidspersoner", "fulltime"),
    ("Antal fuldtidspersoner", "fulltime"),
    ("Fuldtidspersoner, antal", "fulltime"),
    ("Jobafklaringsforløb. Fuldtidspersoner", "fulltime"),
    ("Antal forløb fordelt på varighed", "spells"),
    ("Antal fordelt på varighed", "spells"),
    ("Antal og varighed af afsluttede forløb", "ended"),
    ("Antal delvise raskmeldinger", "partial"),
    ("Andel", "status"),
    ("Arbejdsmarkedsstatus 3 mdr.", "status"),
    ("Bemærkninger", None),
    ("Rebild Kommune- Sygedagpenge", None),
    ("Der er pr.", None),
)
NOTE = "Bilag 4, effektmålinger (Jobindsats.dk)"


@dataclass
class Table:
    """Parsing state of one table: its kind, its header lines and the fill-down labels."""

    kind: str
    first_line: int
    headers: list[list[str]] = field(default_factory=list)
    group: str = ""
    status: Measure | None = None
    collapsed: list[int] = field(default_factory=list)
    shifted: list[int] = field(default_factory=list)


def _section_ranges() -> list[tuple[Section, int, int]]:
    starts = [find_line(DOC, s.heading, _data_start(), _end()) for s in SECTIONS]
    ends = [s - 1 for s in starts[1:]] + [_end()]
    return list(zip(SECTIONS, starts, ends))


def _kind_of(text: str) -> tuple[bool, str | None]:
    """(True, kind) when the line is a sub-heading opening (or closing) a table."""
    if "\t" in text or not text.strip():
        return False, None
    for prefix, kind in KINDS:
        if text.strip().startswith(prefix):
            return True, kind
    return False, None


class BlockParser:
    """Walks one section line by line and turns its tables into facts."""

    def __init__(self, section: Section, start: int, end: int):
        self.section, self.start, self.end = section, start, end
        self.facts: list[Fact] = []
        self.tables: list[Table] = []

    def run(self) -> BlockParser:
        table: Table | None = None
        for line in range(self.start + 1, self.end + 1):
            text = line_text(DOC, line)
            is_heading, kind = _kind_of(text)
            if is_heading:
                table = Table(kind, line, group=self.section.group) if kind else None
                if table:
                    self.tables.append(table)
                continue
            if table is None or "\t" not in text:
                continue
            self._row(table, line)
        return self

    # -- rows -------------------------------------------------------------------------------------------------
    def _row(self, table: Table, line: int) -> None:
        row = cells(DOC, line, strip=True)
        keys = [i for i, c in enumerate(row) if month_period(c) or quarter_period(c)]
        # One month/quarter cell makes a row of the row layout; several make the header of a wide table.
        key = keys[0] if len(keys) == 1 else None
        if key is None:
            if any(only_number(c) is not None for c in row) and table.headers:
                self._wide_row(table, line, row)
            else:
                table.headers.append(row)  # a header line: band names, months or quarters
            return
        self._labels(table, row[:key])
        period = month_period(row[key]) or quarter_period(row[key])
        values = row[key + 1 :]
        while values and values[-1] == "":
            values.pop()
        if table.kind == "status":
            self._status(table, line, key + 1, period, values)
        else:
            self._month_row(table, line, key + 1, period, values)

    def _labels(self, table: Table, labels: list[str]) -> None:
        """Fill-down labels: a sub-group or a status replaces the current one; municipality names are ignored."""
        for label in labels:
            if label in self.section.subgroups:
                table.group = self.section.subgroups[label]
            elif label in STATUS_LABELS:
                table.status = STATUS_LABELS[label]
            elif label and label not in EMPTY_STATUSES and label not in ("Frederikshavn", "Vesthimmerland", "I alt"):
                raise ValueError(f"{DOC}: unknown row label {label!r}")

    def _columns(self, table: Table) -> list[tuple[Measure, str]]:
        """The (measure, duration band) of each value column of a month-row table."""
        if table.kind == "fulltime":
            return [(PERSONS, ""), (FULLTIME, ""), (FULLTIME_LF, ""), (FULLTIME_POP, "")]
        if table.kind == "partial":
            return [(PARTIAL, ""), (PARTIAL_PCT, "")]
        bands = next(h for h in reversed(table.headers) if any("uger" in c for c in h))
        columns = []
        for band in (c for c in bands if c and not c.startswith("Gnsn.")):
            if band == "I alt":
                columns.append((SPELLS_TOTAL if table.kind == "spells" else ENDED_TOTAL, ""))
            else:
                columns.append((SPELLS if table.kind == "spells" else ENDED, band))
        if any("Gnsn. varighed" in c for h in table.headers for c in h):
            columns.append((ENDED_WEEKS, ""))
        return columns

    def _month_row(self, table: Table, line: int, first: int, period: str, values: list[str]) -> None:
        columns = self._columns(table)
        if table.kind == "fulltime" and len(values) == 1:
            columns = [(FULLTIME, "")]  # Jammerbugt prints only 'Antal fuldtidspersoner': 'Juni 2018\t466'
        if table.kind == "partial" and len(values) == 1:
            columns = [(PARTIAL, "")]  # Jammerbugt prints the count only
        if len(values) != len(columns):
            # A collapsed row: fewer cells than columns, so the cells cannot be placed. Only the average duration
            # is certain – it is the last column and the only one printed with decimals.
            table.collapsed.append(line)
            if table.kind == "ended" and values and is_decimal(values[-1]) and columns[-1][0] is ENDED_WEEKS:
                self._add(line, first + len(values) - 1, values[-1], ENDED_WEEKS, table.group, period, "")
            return
        for offset, (cell, (measure, note)) in enumerate(zip(values, columns)):
            self._add(line, first + offset, cell, measure, table.group, period, note)

    def _status(self, table: Table, line: int, first: int, period: str, values: list[str]) -> None:
        status = table.status or self.section.default_status
        for offset, cell in enumerate(values):
            if only_number(cell) is not None:
                self._add(line, first + offset, cell, status, table.group, period, "")

    def _wide_row(self, table: Table, line: int, row: list[str]) -> None:
        """Wide layout: months or quarters across, labels first, one value per header cell."""
        label_end = max((i for i, c in enumerate(row) if c and only_number(c) is None and c != "."), default=-1)
        self._labels(table, row[: label_end + 1])
        values = row[label_end + 1 :]
        while values and values[-1] == "":
            values.pop()
        first = label_end + 1
        if table.kind == "status":
            quarters = [quarter_period(_quarter_prefix(c)) for c in _header_keys(table)]
            if "I alt" in row[: label_end + 1]:
                return  # the 'I alt' row only says the shares add up to 100 (checked in the tests)
            if values and table.status is None and self.section.default_status is None:
                raise ValueError(f"{DOC}:{line}: status row without a status")
            for offset, (cell, period) in enumerate(zip(values, quarters)):
                if only_number(cell) is not None:
                    self._add(
                        line, first + offset, cell, table.status or self.section.default_status, table.group, period, ""
                    )
            return
        # Wide 'fuldtidspersoner' tables: four months of 'Antal fuldtidspersoner', then the same four months of
        # 'Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år'.
        months = [month_period(c) for c in _header_keys(table)]
        columns = [(FULLTIME, m) for m in months[:4]] + [(FULLTIME_LF, m) for m in months[4:]]
        if len(values) != len(columns):
            # The Jobafklaring row is shifted one cell right and has 7 values for 8 columns: the four counts
            # (integers) are certain, the three percentages cannot be placed on their months.
            table.shifted.append(line)
            counts = [i for i, c in enumerate(values) if c and not is_decimal(c)]
            if len(counts) != 4:
                raise ValueError(f"{DOC}:{line}: cannot place the counts of {values}")
            columns = [(FULLTIME, m) for m in months[:4]]
            for i, (measure, month) in zip(counts, columns):
                self._add(line, first + i, values[i], measure, table.group, month, "")
            return
        for offset, (cell, (measure, month)) in enumerate(zip(values, columns)):
            self._add(line, first + offset, cell, measure, table.group, month, "")

    def _add(self, line: int, index: int, cell: str, measure: Measure, group: str, period: str, band: str) -> None:
        value = only_number(cell)
        if value is None:
            return  # '.' = discretion-suppressed: missing, never 0
        self.facts.append(
            fact(
                DOC,
                line,
                cell_quote(DOC, line, index, trim=True),
                experiment=FORMKRAV,
                measure=measure.measure_id,
                unit=measure.unit,
                municipality=self.section.municipality,
                group=group,
                period=period,
                value=value,
                note=f"{NOTE}: {self.section.label}" + (f", varighed {band}" if band else ""),
                series=jobindsats_series(measure, group, band),
            )
        )


# Chart labels of the Jobindsats measures (at most 40 characters); a duration band is added to the first two.
SERIES_LABELS = {
    SPELLS.measure_id: ("Forløb", "Spells"),
    ENDED.measure_id: ("Afsluttede forløb", "Ended spells"),
    PERSONS.measure_id: ("Personer i målgruppen", "Persons in the target group"),
    FULLTIME.measure_id: ("Fuldtidspersoner", "Full-time persons"),
    FULLTIME_LF.measure_id: ("Fuldtidspers., pct. af arbejdsstyrken", "Full-time persons, % of labour force"),
    FULLTIME_POP.measure_id: ("Fuldtidspers., pct. af befolkningen", "Full-time persons, % of population"),
    SPELLS_TOTAL.measure_id: ("Forløb i alt", "Spells in total"),
    ENDED_TOTAL.measure_id: ("Afsluttede forløb i alt", "Ended spells in total"),
    ENDED_WEEKS.measure_id: ("Gns. varighed, afsluttede (uger)", "Mean length of ended spells (weeks)"),
    PARTIAL.measure_id: ("Delvise rask-/sygemeldinger", "Partial return/sick reports"),
    PARTIAL_PCT.measure_id: ("Andel delvise rask-/sygemeldinger", "Share of partial reports"),
    STATUS_EMPLOYMENT.measure_id: ("I lønmodtagerjob efter 3 mdr.", "In paid work after 3 months"),
    STATUS_EDUCATION.measure_id: ("I uddannelse efter 3 mdr.", "In education after 3 months"),
    STATUS_JOB_OR_EDUCATION.measure_id: ("I job eller uddannelse efter 3 mdr.", "In work or education after 3 months"),
    STATUS_FLEXJOB.measure_id: ("I fleksjob efter 3 mdr.", "In flexi-job after 3 months"),
    STATUS_PENSION.measure_id: ("På førtidspension efter 3 mdr.", "On disability pension after 3 months"),
    SICK_WEEKS.measure_id: ("Gns. uger på sygedagpenge", "Mean weeks on sickness benefit"),
    BACK_IN_JOB_1M.measure_id: ("Tilbage i job 1 md. efter", "Back in work 1 month after"),
    JOB_OR_EDU_1M.measure_id: ("I job el. uddannelse 1 md. efter", "In work or education 1 month after"),
}
_BAND_WORDS = (
    ("uger", "weeks"),
    ("år", "years"),
    ("Over", "Over"),
    ("over", "over"),
    ("Under", "Under"),
    ("under", "under"),
)


def jobindsats_series(
    measure: Measure, group: str, band: str, source: str = "Bilag 14.b, Jobindsats-tabeller"
) -> Series:
    """The series of one Jobindsats column: the measure for one target group, in one duration band if any."""
    da, en = SERIES_LABELS[measure.measure_id]
    band_en = band
    for word_da, word_en in _BAND_WORDS:
        band_en = re.sub(rf"\b{word_da}\b", word_en, band_en)
    if band:
        da, en = f"{da} {band.lower()}", f"{en} {band_en.lower()}"
    return Series(source=source, label_da=da, label_en=en, target_group=group, band=band)


def _quarter_prefix(cell: str) -> str:
    m = re.match(r"\d\. kv\.? \d{4}", cell)
    return m.group(0) if m else ""


def _header_keys(table: Table) -> list[str]:
    """The month/quarter cells of the table's last header line that has them."""
    for header in reversed(table.headers):
        keys = [c for c in header if month_period(c) or quarter_period(_quarter_prefix(c))]
        if keys:
            return keys
    raise ValueError(f"{DOC}:{table.first_line}: wide table without a month/quarter header")


@cache
def _parsers() -> list[BlockParser]:
    return [BlockParser(section, start, end).run() for section, start, end in _section_ranges()]


def _rebild() -> list[Fact]:
    """Rebild reports sickness benefit in two sentences instead of tables (lines under 'Rebild Kommune-')."""
    start = find_line(DOC, "Rebild Kommune- Sygedagpenge 6.6", _data_start(), _end())
    first = find_line(DOC, "den gennemsnitlige varighed på sygedagpenge", start, start + 4)
    second = find_line(DOC, "tilbage i job eller uddannelse 1 måned efter raskmelding", start, start + 6)
    rows = (
        (first, "i 2017 var på 5,0 uger", SICK_WEEKS, "2017", 5.0),
        (first, "2018, 5,1 uger", SICK_WEEKS, "2018", 5.1),
        (first, "2019 på 4,8 uger", SICK_WEEKS, "2019", 4.8),
        (first, "57,7 % i 2017", BACK_IN_JOB_1M, "2017", 57.7),
        (first, "58,3 % i 2018", BACK_IN_JOB_1M, "2018", 58.3),
        (first, "57,6 % i 2019", BACK_IN_JOB_1M, "2019", 57.6),
        (second, "60,4 % i 2017", JOB_OR_EDU_1M, "2017", 60.4),
        (second, "59,9 % i 2018", JOB_OR_EDU_1M, "2018", 59.9),
        (second, "59,3 % i 2019", JOB_OR_EDU_1M, "2019", 59.3),
    )
    return [
        fact(
            DOC,
            line,
            quote,
            experiment=FORMKRAV,
            measure=m.measure_id,
            unit=m.unit,
            municipality="rebild",
            group="sygedagpengemodtagere",
            period=period,
            value=value,
            note=f"{NOTE}: kommunens sammenfatning i tekst",
            series=jobindsats_series(m, "sygedagpengemodtagere", "", "Bilag 14.b, Rebilds sammenfatning"),
        )
        for line, quote, m, period, value in rows
    ]


def facts() -> list[Fact]:
    out: list[Fact] = []
    for parser in _parsers():
        out += parser.facts
    return out + _rebild()


def source_issues() -> list[SourceIssue]:
    out = []
    for parser in _parsers():
        for table in parser.tables:
            if table.collapsed:
                out.append(
                    SourceIssue(
                        f"annex14-b-collapsed-{table.first_line}",
                        DOC,
                        tuple(table.collapsed),
                        "shifted-table",
                        f"{parser.section.label}: rækker i tabellen '{line_text(DOC, table.first_line).strip()}' "
                        "har færre celler end kolonner (sammenfaldne celler i PDF-udtrækket), så tallene kan ikke "
                        "placeres i deres kolonner. Kun gennemsnitlig varighed (sidste kolonne, det eneste tal med "
                        "decimaler) er ført; resten er udeladt.",
                        f"{parser.section.label}: rows of the table '{line_text(DOC, table.first_line).strip()}' "
                        "have fewer cells than columns (cells merged in the PDF dump), so their figures cannot be placed "
                        "in their columns. Only the mean duration (last column, the only figure with decimals) is kept; "
                        "the rest is left out.",
                    )
                )
            if table.shifted:
                out.append(
                    SourceIssue(
                        f"annex14-b-shifted-{table.first_line}",
                        DOC,
                        tuple(table.shifted),
                        "shifted-table",
                        f"{parser.section.label}: rækken er forskudt én celle og har 7 tal til 8 kolonner: de fire "
                        "antal fuldtidspersoner er ført, de tre procenter af arbejdsstyrken kan ikke placeres på deres "
                        "måneder og er udeladt.",
                        f"{parser.section.label}: the row is shifted one cell and has 7 figures for 8 columns: the "
                        "four counts of full-time persons are kept; the three percentages of the labour force cannot be "
                        "placed on their months and are left out.",
                    )
                )
    return out + _text_issues()


def _text_issues() -> list[SourceIssue]:
    """Contradictions between Frederikshavn's remarks ('Bemærkninger') and its own tables."""

    def line_of(text: str) -> int:
        return find_line(DOC, text, _data_start(), _end())

    job_remark = line_of("fra 247 over 172 og 192 til 195 i maj 2020")
    job_row = line_of("\tMaj 2020\t195\t189")
    act_remark = line_of("fra 447 over 411 og 380 til 388 i maj 2020")
    act_rows = [line_of("Frederikshavn\tJun 2017\t447\t441"), line_of("\tMaj 2020\t391\t388")]
    weeks_remark = line_of("markant fald i april 2020 til 65,3 %")
    weeks_row = line_of("\tApr 2020\t5\t9\t65,3")
    res_remark = line_of("fra 308 over 359 og 384, men med et fald til 342")
    res_rows = [line_of("Frederikshavn\tJun 2017\t308\t298"), line_of("\tMaj 2020\t343\t342")]
    res_status = line_of("\tUddannelse\t1. kv. 2020\t.")
    jam_2018 = line_of("Juni 2018\t315\t29")
    jam_2020 = line_of("Marts 2020\t631\t107")
    return [
        SourceIssue(
            "annex14-b-jammerbugt-ended-total",
            DOC,
            (jam_2018, jam_2020),
            "sum-mismatch",
            "Jammerbugt, sygedagpenge, afsluttede forløb: varighedsgrupperne summer til 433 i juni 2018 og 834 i "
            "marts 2020, men 'I alt' er 434 og 835 (ingen celler er diskretioneret). Begge tal er ført som trykt.",
            "Jammerbugt, sickness benefit, ended spells: the duration bands add up to 433 in June 2018 and 834 in "
            "March 2020, but 'I alt' is 434 and 835 (no cell is suppressed). Both are kept as printed.",
        ),
        SourceIssue(
            "annex14-b-frh-jobparate-fulltime",
            DOC,
            (job_remark, job_row),
            "two-figures",
            "Frederikshavn, jobparate: bemærkningen siger, at antal fuldtidspersoner går til 195 i maj 2020, men "
            "tabellen har 189 fuldtidspersoner; 195 er antal personer. Tabellens tal er ført.",
            "Frederikshavn, job-ready: the remark says full-time persons reach 195 in May 2020, but the table has 189 "
            "full-time persons; 195 is the number of persons. The table's figures are kept.",
        ),
        SourceIssue(
            "annex14-b-frh-aktivitetsparate-fulltime",
            DOC,
            (act_remark, *range(act_rows[0], act_rows[1] + 1)),
            "two-figures",
            "Frederikshavn, aktivitetsparate: bemærkningen siger, at antal fuldtidspersoner går fra 447 over 411 og "
            "380 til 388, men 447/411/380 er antal personer (fuldtidspersoner: 441/406/374), mens 388 er "
            "fuldtidspersoner (personer: 391). Tabellens tal er ført.",
            "Frederikshavn, activity-ready: the remark says full-time persons go from 447 via 411 and 380 to 388, but "
            "447/411/380 are numbers of persons (full-time: 441/406/374) while 388 is full-time persons (persons: "
            "391). The table's figures are kept.",
        ),
        SourceIssue(
            "annex14-b-frh-aktivitetsparate-weeks-unit",
            DOC,
            (weeks_remark, weeks_row),
            "other",
            "Frederikshavn, aktivitetsparate: bemærkningen angiver den gennemsnitlige varighed i april 2020 som "
            "'65,3 %', men tallet er uger (tabellens kolonne 'Gnsn. varighed af afsluttede forløb (uger)').",
            "Frederikshavn, activity-ready: the remark gives the mean duration in April 2020 as '65,3 %', but the "
            "figure is weeks (the table's column 'Gnsn. varighed af afsluttede forløb (uger)').",
        ),
        SourceIssue(
            "annex14-b-frh-ressourceforloeb-fulltime",
            DOC,
            (res_remark, *range(res_rows[0], res_rows[1] + 1)),
            "two-figures",
            "Frederikshavn, ressourceforløb: bemærkningen siger, at antal fuldtidspersoner går fra 308 over 359 og "
            "384 til 342, men 308/359/384 er antal personer (fuldtidspersoner: 298/348/381), mens 342 er "
            "fuldtidspersoner (personer: 343). Tabellens tal er ført.",
            "Frederikshavn, resource programme: the remark says full-time persons go from 308 via 359 and 384 to "
            "342, but 308/359/384 are numbers of persons (full-time: 298/348/381) while 342 is full-time persons "
            "(persons: 343). The table's figures are kept.",
        ),
        SourceIssue(
            "annex14-b-frh-ressourceforloeb-status-label",
            DOC,
            (res_status,),
            "shifted-table",
            "Frederikshavn, ressourceforløb: etiketten 'Uddannelse' står én række for tidligt (ud for 1. kv. 2020, "
            "der hører til lønmodtagerbeskæftigelse). Alle berørte celler er '.', så intet tal påvirkes.",
            "Frederikshavn, resource programme: the label 'Uddannelse' stands one row too early (on 1. kv. 2020, "
            "which belongs to wage employment). Every affected cell is '.', so no figure is touched.",
        ),
    ]
