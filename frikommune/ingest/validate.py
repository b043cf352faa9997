"""Validation of an upload: every problem as an :class:`Issue` (row, column, code, Danish and English message).

The checks are vectorised: each column is factorised once, every *distinct* value is classified in Python
(a column of 100,000 answers has a handful of distinct values), and the verdicts are spread back over the rows
with NumPy. Nothing here writes anywhere; the outcome is a :class:`Prepared` batch ready for the store.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from frikommune.ingest import guard, vocab
from frikommune.ingest import text as textnorm
from frikommune.ingest.mapping import REQUIRED_ROLES, ROLES, SINGLE_ROLES, key, resolve_mapping

SCALE = (1, 5)
MIN_DATE = dt.date(2010, 1, 1)  # the experiments ran 2016-2024; anything before 2010 is a typing error
MAX_ISSUES_PER_KIND = 200  # per (code, column); the rest are counted in one summary issue
MAX_ROW_ISSUES = 2000  # row issues in one report, all kinds together (the first of each kind is always shown)
DONT_KNOW = {"vedikke", "vedikkeikkerelevant", "dontknow", "donotknow", "vi", "dk"}

# ---------------------------------------------------------------------------------------------------------------
# Messages: every code in Danish and English. Danish uses »...«, English '...'.

MESSAGES: dict[str, tuple[str, str]] = {
    "bad_name": (
        "Filnavnet »{name}« indeholder en mappesti (/, \\ eller ..). Upload filen under sit eget navn, fx »svar.xlsx«.",
        "The file name '{name}' contains a folder path (/, \\ or ..). Upload the file under its own name, "
        "e.g. 'answers.xlsx'.",
    ),
    "empty_file": ("Filen er tom (0 byte).", "The file is empty (0 bytes)."),
    "too_large": (
        "Filen er for stor: {size_da} MB; grænsen er {limit_da} MB.",
        "The file is too large: {size_en} MB; the limit is {limit_en} MB.",
    ),
    "unsupported_type": (
        "Filtypen »{ext}« understøttes ikke. Brug en Excel-fil (.xlsx) eller en CSV-fil (.csv).",
        "The file type '{ext}' is not supported. Use an Excel file (.xlsx) or a CSV file (.csv).",
    ),
    "wrong_content": (
        "Filen hedder .{ext}, men indholdet er {actual_da}. Gem den som .xlsx eller .csv og prøv igen.",
        "The file is named .{ext} but its content is {actual_en}. Save it as .xlsx or .csv and try again.",
    ),
    "corrupt": (
        "Filen er beskadiget eller ufuldstændig og kan ikke læses ({detail}).",
        "The file is damaged or incomplete and cannot be read ({detail}).",
    ),
    "encrypted": (
        "Projektmappen er beskyttet med adgangskode (krypteret). Fjern adgangskoden og upload igen.",
        "The workbook is password-protected (encrypted). Remove the password and upload again.",
    ),
    "macro": (
        "Filen indeholder makroer ({detail_da}). Makroaktiverede filer afvises af sikkerhedshensyn – "
        "gem som almindelig .xlsx uden makroer.",
        "The file contains macros ({detail_en}). Macro-enabled files are refused for security – save as a "
        "plain .xlsx without macros.",
    ),
    "zip_bomb": (
        "Filen ville fylde {unpacked_da} MB udpakket ({detail_da}). Det ligner en zip-bombe, og filen afvises.",
        "The file would unpack to {unpacked_en} MB ({detail_en}). This looks like a zip bomb and the file is refused.",
    ),
    "no_sheet": (
        "Projektmappen har intet synligt regneark med data.",
        "The workbook has no visible worksheet with data.",
    ),
    "no_data": (
        "Filen har ingen datarækker under overskriftsrækken.",
        "The file has no data rows below the header row.",
    ),
    "csv_malformed": (
        "CSV-filen kan ikke læses: linje {line} har {found} felter, men første linje har {expected}.",
        "The CSV file cannot be read: line {line} has {found} fields, but the first line has {expected}.",
    ),
    "duplicate_file": (
        "Præcis samme fil (SHA-256 {short}) er allerede uploadet som batch {batch_id} ({when}). "
        "Den afvises som dublet.",
        "Exactly this file (SHA-256 {short}) has already been uploaded as batch {batch_id} ({when}). "
        "It is rejected as a duplicate.",
    ),
    "upload_in_progress": (
        "En upload af præcis samme fil (SHA-256 {short}) er i gang eller blev afbrudt for nylig "
        "(batch {batch_id}). Den afvises som dublet; prøv igen senere, hvis den ikke lander.",
        "An upload of exactly this file (SHA-256 {short}) is in progress or was interrupted "
        "recently (batch {batch_id}). It is rejected as a duplicate; try again later if it does "
        "not land.",
    ),
    "missing_column": (
        "Den påkrævede kolonne »{role_da}« mangler. Fundne kolonner: {found}.",
        "The required column '{role_en}' is missing. Columns found: {found}.",
    ),
    "duplicate_column": (
        "Kolonnenavnet »{column}« forekommer {count} gange; hver kolonne skal have sit eget navn.",
        "The column name '{column}' occurs {count} times; each column needs its own name.",
    ),
    "duplicate_role": (
        "Flere kolonner kan være »{role_da}«: {columns}. Vælg én i kolonnetilknytningen.",
        "Several columns could be '{role_en}': {columns}. Choose one in the column mapping.",
    ),
    "unnamed_column": (
        "Kolonne {column} har værdier, men ingen overskrift.",
        "Column {column} has values but no header.",
    ),
    "no_questions": ("Filen har ingen spørgsmålskolonner.", "The file has no question columns."),
    "bad_mapping": (
        "Kolonnetilknytningen giver kolonnen »{column}« en ukendt rolle »{role}«.",
        "The column mapping gives the column '{column}' an unknown role '{role}'.",
    ),
    "ignored_column": (
        "Kolonnen »{column}« bruges ikke og gemmes ikke.",
        "The column '{column}' is not used and not stored.",
    ),
    "other_sheets": (
        "Kun regnearket »{sheet}« læses; projektmappens {count} andre ark bruges ikke.",
        "Only the worksheet '{sheet}' is read; the workbook's {count} other sheet(s) are not used.",
    ),
    "missing_value": (
        "Rækken mangler en værdi i kolonnen »{column}«.",
        "The row has no value in the column '{column}'.",
    ),
    "unknown_municipality": ("Ukendt kommune »{value}«{hint_da}", "Unknown municipality '{value}'{hint_en}"),
    "unknown_experiment": (
        "Ukendt forsøg »{value}«{hint_da} Brug forsøgets id (fx r1-04-formkrav-samtaler) eller dets danske titel.",
        "Unknown experiment '{value}'{hint_en} Use the experiment's id "
        "(e.g. r1-04-formkrav-samtaler) or its Danish title.",
    ),
    "unknown_group": (
        "Ukendt respondentgruppe »{value}«{hint_da} Tilladt: borger, medarbejder, virksomhed, læge, a-kasse.",
        "Unknown respondent group '{value}'{hint_en} Allowed: borger (citizen), medarbejder "
        "(employee), virksomhed (company), læge (doctor), a-kasse (unemployment fund).",
    ),
    "answer_not_number": (
        "Svaret »{value}« er hverken et tal på skalaen 1–5 eller »Ved ikke«.",
        "The answer '{value}' is neither a number on the scale 1–5 nor 'Ved ikke' (don't know).",
    ),
    "answer_out_of_scale": (
        "Svaret {value} ligger uden for skalaen 1–5 (kun hele tal 1, 2, 3, 4, 5).",
        "The answer {value} is outside the scale 1–5 (whole numbers 1, 2, 3, 4, 5 only).",
    ),
    "bad_date": (
        "»{value}« er ikke en dato. Skriv fx 2019-03-15 eller 15-03-2019.",
        "'{value}' is not a date. Write e.g. 2019-03-15 or 15-03-2019.",
    ),
    "impossible_date": (
        "Datoen »{value}« er umulig: den dag findes ikke i kalenderen.",
        "The date '{value}' is impossible: that day does not exist in the calendar.",
    ),
    "date_out_of_range": (
        "Datoen {value} er umulig for en besvarelse: den ligger {why_da}.",
        "The date {value} is impossible for an answer: it is {why_en}.",
    ),
    "missing_wave": (
        "Rækken har hverken bølge eller dato, så bølgen kan ikke bestemmes.",
        "The row has neither a wave nor a date, so its wave cannot be determined.",
    ),
    "duplicate_respondent": (
        "Respondenten »{value}« står flere gange i samme bølge i filen (også i række {first_row}).",
        "The respondent '{value}' appears more than once in the same wave in the file (also in row {first_row}).",
    ),
    "duplicate_answer": (
        "Respondenten »{value}« har mere end ét svar på spørgsmålet »{question}« (også række "
        "{first_row}); en respondent må kun stå én gang pr. spørgsmål og bølge.",
        "The respondent '{value}' has more than one answer to the question '{question}' (also row "
        "{first_row}); a respondent may appear once per question and wave only.",
    ),
    "too_big": (
        "Filen kan ikke læses sikkert og afvises: {detail_da}. Fjern tomme områder eller del filen op.",
        "The file cannot be read safely and is refused: {detail_en}. Remove empty areas or split the file.",
    ),
    "reader_crashed": (
        "Filen fik læseren til at gå ned ({detail}) og afvises. Gem den igen fra Excel som .xlsx "
        "eller .csv og prøv igen.",
        "The file made the reader fail ({detail}) and is refused. Save it again from Excel as .xlsx "
        "or .csv and try again.",
    ),
    "reader_timeout": (
        "Læsningen af filen tog over {seconds} sekunder og blev stoppet; filen afvises. Del den op i mindre filer.",
        "Reading the file took over {seconds} seconds and was stopped; the file is refused. Split it "
        "into smaller files.",
    ),
    "header_too_long": (
        "Kolonneoverskriften »{value}« er {length_da} tegn lang; grænsen er {limit}. Er overskriftsrækken den rigtige?",
        "The column heading '{value}' is {length_en} characters long; the limit is {limit}. Is the "
        "header row the right one?",
    ),
    "cell_formula": (
        "Cellen indeholder en formel uden beregnet værdi (»{value}«). Åbn filen i Excel, lad den "
        "beregne, og gem igen – eller indsæt værdierne.",
        "The cell holds a formula without a calculated value ('{value}'). Open the file in Excel, let "
        "it calculate and save again – or paste the values.",
    ),
    "cell_error": (
        "Cellen indeholder Excel-fejlværdien »{value}«, ikke et svar. Ret formlen eller tøm cellen.",
        "The cell holds the Excel error value '{value}', not an answer. Fix the formula or empty the cell.",
    ),
    "cell_boolean": (
        "Cellen er en sandhedsværdi ({value}), ikke et svar.",
        "The cell is a logical value ({value}), not an answer.",
    ),
    "answer_is_date": (
        "Svaret »{value}« er en dato, ikke et tal på skalaen 1–5. Er kolonnen formateret som dato?",
        "The answer '{value}' is a date, not a number on the scale 1–5. Is the column formatted as a date?",
    ),
    "duplicate_answers": (
        "De samme svar er allerede uploadet som batch {batch_id} ({when}), måske i en anden "
        "fil, rækkefølge eller et andet format. Filen afvises som dublet.",
        "The same answers have already been uploaded as batch {batch_id} ({when}), perhaps in "
        "another file, order or format. The file is refused as a duplicate.",
    ),
    "answers_in_progress": (
        "En upload af de samme svar er i gang eller blev afbrudt for nylig (batch {batch_id}). "
        "Filen afvises som dublet; prøv igen senere, hvis den ikke lander.",
        "An upload of the same answers is in progress or was interrupted recently (batch "
        "{batch_id}). The file is refused as a duplicate; try again later if it does not land.",
    ),
    "storage_full": (
        "Filen er gyldig, men kunne ikke gemmes: der er ikke mere plads på datalageret. Intet er "
        "gemt. Kontakt driften.",
        "The file is valid but could not be stored: the data store is full. Nothing was stored. Contact operations.",
    ),
    "storage_read_only": (
        "Filen er gyldig, men kunne ikke gemmes: datalageret er skrivebeskyttet eller mangler "
        "rettigheder. Intet er gemt. Kontakt driften.",
        "The file is valid but could not be stored: the data store is read-only or lacks "
        "permissions. Nothing was stored. Contact operations.",
    ),
    "storage_timeout": (
        "Filen er gyldig, men datalageret svarede ikke i tide. Intet er gemt; prøv igen om lidt.",
        "The file is valid but the data store did not answer in time. Nothing was stored; try again shortly.",
    ),
    "storage_failed": (
        "Filen er gyldig, men kunne ikke gemmes ({detail}). Intet er gemt; prøv igen om lidt.",
        "The file is valid but could not be stored ({detail}). Nothing was stored; try again shortly.",
    ),
    "storage_unavailable": (
        "Datalageret kan ikke læses lige nu ({detail}); filen er ikke gemt. Prøv igen om lidt.",
        "The data store cannot be read right now ({detail}); the file was not stored. Try again shortly.",
    ),
    "respondent_seen": (
        "{count} respondent(er) i filen står allerede i samme kommune, forsøg og bølge i batch "
        "{batch_id} (fx »{example}« i bølge {wave}). Tjek, at de ikke tælles to gange.",
        "{count} respondent(s) in the file are already in the same municipality, experiment and "
        "wave in batch {batch_id} (e.g. '{example}' in wave {wave}). Check they are not counted "
        "twice.",
    ),
    "more_issues": (
        "… og {more} rækker mere med samme fejl ({kind}) i kolonnen »{column}« vises ikke.",
        "… and {more} more rows with the same problem ({kind}) in the column '{column}' are not shown.",
    ),
}


@dataclass(frozen=True)
class Issue:
    """One problem: where (file row number, column name; None for the whole file) and what, in both languages."""

    row: int | None
    column: str | None
    code: str
    message_da: str
    message_en: str
    severity: str = "error"  # 'error' rejects the file; 'warning' is reported only


def _da_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def make_issue(
    code: str, row: int | None = None, column: str | None = None, severity: str = "error", **params: object
) -> Issue:
    da, en = MESSAGES[code]
    values = {"column": column, "row": row, **params}
    return Issue(
        row=None if row is None else int(row),
        column=column,
        code=code,
        message_da=da.format(**values),
        message_en=en.format(**values),
        severity=severity,
    )


class IssueList:
    """Issues in the order found: at most MAX_ISSUES_PER_KIND per (code, column) and MAX_ROW_ISSUES row issues in
    all (the first of every kind always shown), then one summary per kind: a report stays readable, and a
    file with thousands of bad columns cannot make a report of a hundred megabytes."""

    def __init__(self) -> None:
        self._items: list[Issue] = []
        self._count: Counter = Counter()
        self._shown: Counter = Counter()
        self._rows_shown = 0

    def _room(self, code: str, column: str | None) -> int:
        kind = max(0, MAX_ISSUES_PER_KIND - self._shown[(code, column)])
        total = max(0, MAX_ROW_ISSUES - self._rows_shown)
        return min(kind, max(total, 1 if self._shown[(code, column)] == 0 else 0))

    def add(
        self, code: str, row: int | None = None, column: str | None = None, severity: str = "error", **params: object
    ) -> None:
        self._count[(code, column)] += 1
        room = self._room(code, column) if row is not None else MAX_ISSUES_PER_KIND - self._shown[(code, column)]
        if room > 0:
            self._items.append(make_issue(code, row, column, severity, **params))
            self._shown[(code, column)] += 1
            self._rows_shown += row is not None

    def add_rows(self, code: str, column: str, rows: np.ndarray, params: list[dict]) -> None:
        """Row issues of one kind in one column; ``params[i]`` fills the message for ``rows[i]`` (only the
        first MAX_ISSUES_PER_KIND are needed)."""
        room = self._room(code, column)
        for r, p in zip(rows[:room], params[:room]):
            self._items.append(make_issue(code, int(r), column, **p))
        shown = min(room, len(rows), len(params))
        self._shown[(code, column)] += shown
        self._rows_shown += shown
        self._count[(code, column)] += len(rows)

    @property
    def items(self) -> list[Issue]:
        """File-level issues first, then row issues by row (columns in file order), then the summaries."""
        summaries = [
            make_issue("more_issues", None, column, more=_da_int(n - self._shown[(code, column)]), kind=code)
            for (code, column), n in self._count.items()
            if n > self._shown[(code, column)]
        ]
        ordered = sorted(self._items, key=lambda i: (i.row is not None, i.row or 0))
        return ordered + summaries

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self._items if i.severity == "error"]


def _show(value: object) -> str:
    """A cell value as the user typed it, shortened for a message."""
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, float):
        text = repr(value).replace(".", ",")
    elif isinstance(value, dt.datetime):
        text = value.isoformat(sep=" ")
    else:
        text = str(value)
    return guard.prefix(text, 60)


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return not value.strip()
    return value is pd.NA or value is pd.NaT


# ---------------------------------------------------------------------------------------------------------------
# Per-distinct-value classification


@dataclass
class Coded:
    """A column as codes into a small dictionary of clean values (-1 = null)."""

    codes: np.ndarray
    values: list


def _factorize(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)  # no Series: no copy
    return codes.astype(np.int64, copy=False), np.asarray(uniques, dtype=object)


def classify(values: np.ndarray, fn=None, prepare=None) -> tuple[Coded, np.ndarray, list, np.ndarray]:
    """Classify distinct values with ``fn(value) -> ('ok', clean) | ('error', code, params)``.

    ``prepare(distinct non-blank values) -> fn`` builds ``fn`` from all distinct values at once (lookups that
    batch their work). Returns (clean codes per row, status per row: 0 ok / 1 blank / 2 error, the problem per
    distinct value, the distinct-value index per row). Blank cells never reach ``fn``.
    """
    codes, uniques = _factorize(values)
    k = len(uniques)
    if prepare is not None:
        fn = prepare([u for u in uniques if not _blank(u)])
    lut = np.full(k + 1, -1, dtype=np.int32)  # slot k (= index -1) is the NaN sentinel
    status_lut = np.ones(k + 1, dtype=np.int8)
    problems: list[tuple[str, dict] | None] = [None] * (k + 1)
    fast = _text_fast(uniques) if fn is _text_fn and k > 1000 else None
    if fast is not None:  # many distinct ids: clean them column-wise instead of one by one
        clean_codes, clean = fast
        lut[:k] = clean_codes
        status_lut[:k] = np.where(clean_codes >= 0, 0, 1)
        return Coded(lut[codes], clean), status_lut[codes], problems, codes
    clean = []
    index: dict = {}
    for i, u in enumerate(uniques):
        if _blank(u):
            continue
        verdict = _not_answer(u) if isinstance(u, guard.NotAnswer) else fn(u)
        if verdict[0] == "ok":
            c = verdict[1]
            if c not in index:
                index[c] = len(clean)
                clean.append(c)
            lut[i] = index[c]
            status_lut[i] = 0
        else:
            status_lut[i] = 2
            problems[i] = (verdict[1], verdict[2])
    return Coded(lut[codes], clean), status_lut[codes], problems, codes


def _text_fast(uniques: np.ndarray) -> tuple[np.ndarray, list] | None:
    """(codes into clean texts, -1 for blank; clean texts) for all-text or all-whole-number values, else None."""
    s = pd.Series(uniques, dtype=object)
    kind = pd.api.types.infer_dtype(s, skipna=True)
    if kind == "string":
        joined = "\x00".join(s.dropna().tolist())
        ascii_only = joined.isascii()
        if not ascii_only:  # NFKC and the invisible characters concern non-ASCII text only
            s = s.str.normalize("NFKC").str.replace(textnorm._INVISIBLE.pattern, "", regex=True)
        if ascii_only and _spaced_plainly(joined):
            text = s  # already in its normal form, as exported ids nearly always are
        else:  # white space collapsed by plain str methods: several times faster than pandas' .str.split/.join
            text = pd.Series([" ".join(v.split()) if isinstance(v, str) else None for v in s.tolist()], dtype=object)
    elif kind in ("integer", "floating", "mixed-integer-float"):
        numbers = pd.to_numeric(s, errors="coerce")
        if numbers.isna().any() or not (numbers == numbers.round()).all() or numbers.abs().max() >= 2**53:
            return None
        text = numbers.astype("int64").astype(str).astype(object)
    else:
        return None
    text = text.where(text.notna() & (text != ""), None)
    clean_codes, clean = pd.factorize(text, use_na_sentinel=True)
    return clean_codes.astype(np.int32), [str(v) for v in clean]


_OTHER_ASCII_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"  # what str.split() splits ASCII text at besides " "


def _spaced_plainly(joined: str) -> bool:
    """Whether each of the ASCII texts joined by NUL is its own white-space-collapsed form (" ".join(v.split())):
    single spaces between words, none at either end, no other white space."""
    return not (
        "  " in joined
        or " \x00" in joined
        or "\x00 " in joined
        or joined.startswith(" ")
        or joined.endswith(" ")
        or any(ch in joined for ch in _OTHER_ASCII_SPACE)
    )


def _not_answer(u: guard.NotAnswer):
    """A cell that holds no value (formula never calculated, error value, TRUE/FALSE): its own message."""
    return (
        "error",
        {"formula": "cell_formula", "error": "cell_error"}.get(u.kind, "cell_boolean"),
        {"value": guard.prefix(u.text)},
    )


def _hint(suggestion: str | None, choices: str | None) -> tuple[str, str]:
    if suggestion:
        return f" – mente du »{suggestion}«?", f" – did you mean '{suggestion}'?"
    if choices:
        return f" (kendte værdier: {choices}).", f" (known values: {choices})."
    return ".", "."


def _lookup(resolver, code: str, choices: str | None):
    """A ``prepare`` for :func:`classify`: resolve all distinct values at once, then judge each."""

    def prepare(distinct: list) -> object:
        resolved = resolver(distinct)

        def fn(u):
            hit, suggestion = resolved[u]
            if hit:
                return ("ok", hit)
            hint_da, hint_en = _hint(suggestion, choices)
            return ("error", code, {"value": _show(u), "hint_da": hint_da, "hint_en": hint_en})

        return fn

    return prepare


def _answer_fn(u: object):
    if isinstance(u, bool):
        return ("error", "cell_boolean", {"value": "TRUE" if u else "FALSE"})
    if isinstance(u, (dt.date, dt.datetime, pd.Timestamp)):
        return ("error", "answer_is_date", {"value": _show(u)})
    if isinstance(u, str):
        text = textnorm.clean(u)
        if key(text) in DONT_KNOW:
            return ("ok", 0)
        # The number as typed, not its NFKC form: NFKC makes "²" a 2 and drops a zero-width space, and neither is
        # an answer someone gave.
        typed = u.strip()
        try:
            u = float(typed.replace(",", ".")) if re.fullmatch(r"[+-]?[0-9]+([.,][0-9]+)?", typed) else None
        except ValueError:
            u = None
        if u is None:
            return ("error", "answer_not_number", {"value": _show(text)})
    if isinstance(u, (int, float, np.integer, np.floating)):
        v = float(u)
        if math.isfinite(v) and v.is_integer() and SCALE[0] <= v <= SCALE[1]:
            return ("ok", int(v))
        return ("error", "answer_out_of_scale", {"value": _show(v)})
    return ("error", "answer_not_number", {"value": _show(u)})


_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", re.ASCII
)
_DMY = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$", re.ASCII)


def _date_fn(u: object):
    if isinstance(u, dt.datetime):
        d = u.date()
    elif isinstance(u, dt.date):
        d = u
    elif isinstance(u, (int, float, np.integer, np.floating)) and not isinstance(u, bool):
        v = float(u)
        # An Excel date serial in a cell not formatted as a date (20000 = 1954, 80000 = 2119).
        if not (math.isfinite(v) and 20000 <= v <= 80000):
            return ("error", "bad_date", {"value": _show(u)})
        d = dt.date(1899, 12, 30) + dt.timedelta(days=int(v))
    elif isinstance(u, str):
        text = textnorm.clean(u)
        m = _ISO.match(text)
        if m:
            y, mo, da = (int(g) for g in m.groups())
        else:
            m = _DMY.match(text)
            if not m:
                return ("error", "bad_date", {"value": _show(text)})
            da, mo, y = (int(g) for g in m.groups())
        try:
            d = dt.date(y, mo, da)
        except ValueError:
            return ("error", "impossible_date", {"value": _show(text)})
    else:
        return ("error", "bad_date", {"value": _show(u)})
    if d < MIN_DATE:
        return (
            "error",
            "date_out_of_range",
            {
                "value": d.isoformat(),
                "why_da": "før 2010, før forsøgene",
                "why_en": "before 2010, before the experiments",
            },
        )
    if d > dt.date.today():
        return (
            "error",
            "date_out_of_range",
            {"value": d.isoformat(), "why_da": "i fremtiden", "why_en": "in the future"},
        )
    return ("ok", d)


def _text_fn(u: object):
    if isinstance(u, float) and u.is_integer():
        return ("ok", str(int(u)))
    if isinstance(u, dt.datetime):
        return ("ok", u.date().isoformat())
    if isinstance(u, dt.date):
        return ("ok", u.isoformat())
    # NFKC, invisible characters removed: "２０１９" and "2019\u200b" are the wave "2019", not new series.
    return ("ok", textnorm.clean(u))


# ---------------------------------------------------------------------------------------------------------------
# The prepared batch


@dataclass
class Prepared:
    """A validated upload in long form, as columns of codes; the store turns it into Parquet."""

    format: str
    row_no: np.ndarray  # file row number per answer row
    respondent: Coded | None
    municipality: Coded
    experiment: Coded
    group: Coded
    wave: Coded
    question: Coded
    answered_on: Coded  # dictionary of datetime.date
    answer: np.ndarray  # int8, 0 = no number (blank or "ved ikke")
    dont_know: np.ndarray  # bool
    respondents: int
    file_rows: int
    respondent_from_rows: bool = False  # wide form without a respondent column: each row is its own respondent

    @property
    def rows(self) -> int:
        return len(self.row_no)

    def used(self, coded: Coded) -> list:
        """The dictionary values that occur, sorted."""
        if not coded.values:
            return []
        present = np.flatnonzero(np.bincount(coded.codes[coded.codes >= 0], minlength=len(coded.values)))
        return sorted(coded.values[i] for i in present)


@dataclass
class Validation:
    issues: IssueList
    mapping: dict[str, str] = field(default_factory=dict)
    prepared: Prepared | None = None


def header_names(cells: pd.DataFrame, h: int) -> tuple[list[str], set[int]]:
    """Header cells as text, and the positions without a header (named by column letter, e.g. '(C)')."""
    names, unnamed = [], set()
    for pos, v in enumerate(cells.iloc[h].tolist() if len(cells) > h else []):
        text = "" if _blank(v) else _text_fn(v)[1]
        if not text:
            unnamed.add(pos)
        names.append(text or f"({_letter(pos)})")
    return names, unnamed


def _letter(pos: int) -> str:
    s = ""
    pos += 1
    while pos:
        pos, r = divmod(pos - 1, 26)
        s = chr(65 + r) + s
    return s


def validate_grid(cells: pd.DataFrame, h: int, given_mapping: dict | None, issues: IssueList) -> Validation:
    """Check columns, then every cell; return the prepared long-form batch if there is no error."""
    names, unnamed = header_names(cells, h)
    if _header_too_long(names, issues):
        return Validation(issues=issues)
    body, keep_positions = _data_rows_and_named_columns(cells.iloc[h + 1 :], names, unnamed, issues)
    result = Validation(issues=issues)
    if issues.errors:
        return result
    columns = [names[p] for p in keep_positions]
    result.mapping = resolve_mapping(columns, given_mapping)
    by_role = _check_roles(result.mapping, columns, issues)
    if issues.errors:
        return result
    if len(body) == 0:
        issues.add("no_data")
        return result
    grid = _Grid(body, {names[p]: p for p in keep_positions}, by_role, issues)
    coded = _check_lookups(grid)
    dates, date_status = _check_dates(grid)
    wave = _wave_per_row(grid, dates, date_status)
    respondent = _check_respondent_ids(grid)
    question, answers, q = _check_questions_and_answers(grid)
    if respondent is not None:
        _check_duplicate_respondents(grid, respondent, wave, question)
    if issues.errors:
        return result
    result.prepared = _prepared(grid, coded, dates, wave, respondent, question, answers, q)
    return result


def _header_too_long(names: list[str], issues: IssueList) -> bool:
    """Reports (and says whether) a header cell is longer than any column name can be."""
    too_long = [n for n in names if len(n) > guard.MAX_HEADER_CHARS]
    if too_long:  # a "header" of a megabyte is not a column name; never carry it into messages or tables
        issues.add(
            "header_too_long",
            value=guard.prefix(too_long[0]),
            length_da=_da_int(len(too_long[0])),
            length_en=f"{len(too_long[0]):,}",
            limit=guard.MAX_HEADER_CHARS,
        )
    return bool(too_long)


def _blank_cells(cells: np.ndarray) -> np.ndarray:
    """True where a cell of an object array holds nothing: None, NaN or the empty string."""
    return pd.isna(cells) | (cells == "")


def _data_rows_and_named_columns(
    body: pd.DataFrame, names: list[str], unnamed: set[int], issues: IssueList
) -> tuple[pd.DataFrame, list[int]]:
    """The rows below the header that hold any value, and the positions of the named columns; reports unnamed
    columns with values and column names used twice."""
    # Rows with no value at all (Excel's trailing empty rows, blank CSV lines) are not data. Only a row blank in
    # its first column can be: the rest of the grid is looked at for those rows alone.
    raw = body.to_numpy(dtype=object)
    blank_rows = np.full(len(raw), raw.shape[1] == 0)  # a row without columns holds nothing
    if raw.shape[1]:
        maybe = np.flatnonzero(_blank_cells(raw[:, 0]))
        blank_rows[maybe] = _blank_cells(raw[maybe]).all(axis=1)
    if blank_rows.any():
        body, raw = body[~blank_rows], raw[~blank_rows]
    keep_positions = []
    for pos, name in enumerate(names):
        if pos in unnamed:
            if not _blank_cells(raw[:, pos]).all():
                issues.add("unnamed_column", column=name)
            continue
        keep_positions.append(pos)
    for name, count in Counter(names[p] for p in keep_positions).items():
        if count > 1:
            issues.add("duplicate_column", column=name, count=count)
    return body, keep_positions


def _is_long_form(by_role: dict[str, list[str]]) -> bool:
    """Whether the columns describe one answer a row (question name and answer columns) rather than one
    respondent a row."""
    return "question_name" in by_role or "answer" in by_role


def _check_roles(mapping: dict[str, str], columns: list[str], issues: IssueList) -> dict[str, list[str]]:
    """The columns of each role; reports unknown roles, a single role given twice, missing required columns and
    ignored columns."""
    for column, role in mapping.items():
        if role not in ROLES:
            issues.add("bad_mapping", column=column, role=role)
    by_role: dict[str, list[str]] = {}
    for column, role in mapping.items():
        by_role.setdefault(role, []).append(column)
    for role in SINGLE_ROLES:
        if len(by_role.get(role, [])) > 1:
            issues.add(
                "duplicate_role", role_da=ROLES[role][0], role_en=ROLES[role][1], columns=", ".join(by_role[role])
            )
    long_form = _is_long_form(by_role)
    required = list(REQUIRED_ROLES) + (["question_name", "answer"] if long_form else [])
    found = ", ".join(guard.prefix(c, 40) for c in columns[:15]) + (" …" if len(columns) > 15 else "") or "–"
    for role in required:
        if role not in by_role:
            issues.add("missing_column", role_da=ROLES[role][0], role_en=ROLES[role][1], found=found)
    if "date" not in by_role and "wave" not in by_role:
        issues.add("missing_column", role_da="dato eller bølge", role_en="date or wave", found=found)
    if not long_form and not by_role.get("question"):
        issues.add("no_questions")
    for column in by_role.get("ignore", []):
        issues.add("ignored_column", column=column, severity="warning")
    return by_role


@dataclass
class _Grid:
    """The data rows of an upload whose columns passed the role checks, and the issue list its cell checks fill."""

    body: pd.DataFrame
    pos_of: dict[str, int]  # column name -> position in the file
    by_role: dict[str, list[str]]
    issues: IssueList
    row_numbers: np.ndarray = field(init=False)  # file row number per data row
    n: int = field(init=False)
    long_form: bool = field(init=False)

    def __post_init__(self) -> None:
        self.row_numbers = self.body.index.to_numpy(dtype=np.int64)
        self.n = len(self.body)
        self.long_form = _is_long_form(self.by_role)

    def col(self, role: str) -> tuple[str, np.ndarray] | None:
        """The name and the cells of the (first) column of a role, or None without one."""
        names = self.by_role.get(role)
        if not names:
            return None
        return names[0], self.body[self.pos_of[names[0]]].to_numpy(dtype=object)

    def report(self, column: str, status: np.ndarray, problems: list, codes: np.ndarray, required_value: bool) -> None:
        """Row issues for one classified column: its bad cells, and its blank ones where a value is required."""
        if required_value:
            missing = np.flatnonzero(status == 1)
            if len(missing):
                self.issues.add_rows("missing_value", column, self.row_numbers[missing], [{}] * len(missing))
        bad = np.flatnonzero(status == 2)
        if len(bad):
            _report_bad(self.issues, column, self.row_numbers[bad], codes[bad], problems)


def _check_lookups(grid: _Grid) -> dict[str, Coded]:
    """Municipality, experiment and respondent group resolved against the vocabulary; every row needs each."""
    lookups = {
        "municipality": (
            vocab.resolve_municipalities,
            "unknown_municipality",
            ", ".join(vocab.MUNICIPALITY_IDS.values()),
        ),
        "experiment": (vocab.resolve_experiments, "unknown_experiment", None),
        "respondent_group": (vocab.resolve_groups, "unknown_group", None),
    }
    coded: dict[str, Coded] = {}
    for role, (resolver, code, choices) in lookups.items():
        column, values = grid.col(role)
        c, status, problems, codes = classify(values, prepare=_lookup(resolver, code, choices))
        grid.report(column, status, problems, codes, required_value=True)
        coded[role] = c
    return coded


def _check_dates(grid: _Grid) -> tuple[Coded, np.ndarray]:
    """The answer date per row and its status (1 = blank); a date is required only without a wave column."""
    date_col = grid.col("date")
    if not date_col:
        return Coded(np.full(grid.n, -1, dtype=np.int32), []), np.ones(grid.n, dtype=np.int8)
    dates, date_status, problems, codes = classify(date_col[1], _date_fn)
    grid.report(date_col[0], date_status, problems, codes, required_value=grid.col("wave") is None)
    return dates, date_status


def _wave_per_row(grid: _Grid, dates: Coded, date_status: np.ndarray) -> Coded:
    """The wave per row: the bølge column as text where given, else the year of the date; reports rows with
    neither."""
    year_of = np.array([str(d.year) for d in dates.values] + [None], dtype=object)
    row_wave = year_of[dates.codes]  # code -1 -> the None slot
    wave_col = grid.col("wave")
    if wave_col:
        given, w_status, w_problems, w_codes = classify(wave_col[1], _text_fn)
        grid.report(wave_col[0], w_status, w_problems, w_codes, required_value=False)
        given_text = np.array(given.values + [None], dtype=object)
        row_wave = np.where(given.codes >= 0, given_text[given.codes], row_wave)
        no_wave = np.flatnonzero((given.codes < 0) & (date_status == 1))
        if len(no_wave):
            grid.issues.add_rows("missing_wave", wave_col[0], grid.row_numbers[no_wave], [{}] * len(no_wave))
    wave_codes, wave_values = pd.factorize(pd.Series(row_wave, dtype=object), use_na_sentinel=True)
    return Coded(wave_codes.astype(np.int32), [str(v) for v in wave_values])


def _check_respondent_ids(grid: _Grid) -> Coded | None:
    """The respondent id per row, if the file has the (optional) column; when it does, every row needs one."""
    rid_col = grid.col("respondent_id")
    if not rid_col:
        return None
    respondent, status, problems, codes = classify(rid_col[1], _text_fn)
    grid.report(rid_col[0], status, problems, codes, required_value=True)
    return respondent


def _check_questions_and_answers(grid: _Grid) -> tuple[Coded, Coded, int]:
    """The question per answer cell, every answer cell checked against the scale, and the number of answer cells
    a row (1 in long form, one per question column in wide form)."""
    if grid.long_form:
        q_col = grid.col("question_name")
        question, status, problems, codes = classify(q_col[1], _text_fn)
        grid.report(q_col[0], status, problems, codes, required_value=True)
        a_name, a_values = grid.col("answer")
        answer_matrix = a_values.reshape(grid.n, 1)
        answer_columns = [a_name]
    else:
        q_names = grid.by_role["question"]
        answer_matrix = grid.body[[grid.pos_of[c] for c in q_names]].to_numpy(dtype=object)
        answer_columns = q_names
        question = Coded(np.tile(np.arange(len(q_names), dtype=np.int32), grid.n), list(q_names))
    q = answer_matrix.shape[1]
    answers, a_status, a_problems, a_codes = classify(answer_matrix.ravel(), _answer_fn)
    bad = np.flatnonzero(a_status == 2)
    if len(bad):
        col_idx = bad % q
        for j in np.unique(col_idx):
            sel = bad[col_idx == j]
            _report_bad(grid.issues, answer_columns[j], grid.row_numbers[sel // q], a_codes[sel], a_problems)
    return question, answers, q


def _check_duplicate_respondents(grid: _Grid, respondent: Coded, wave: Coded, question: Coded) -> None:
    """Reports a respondent id twice in one wave (a panel may repeat ids across waves); in long form, twice for
    one question in one wave."""
    keys = pd.DataFrame({"r": respondent.codes, "w": wave.codes})
    if grid.long_form:
        keys["q"] = question.codes
    valid = (keys >= 0).all(axis=1).to_numpy()
    dup = keys.duplicated(keep="first").to_numpy() & valid
    idx = np.flatnonzero(dup)
    if not len(idx):
        return
    first = pd.Series(grid.row_numbers).groupby([keys[c] for c in keys.columns]).transform("first").to_numpy()
    shown = idx[:MAX_ISSUES_PER_KIND]
    params = [
        {
            "value": respondent.values[respondent.codes[i]],
            "first_row": int(first[i]),
            "question": question.values[question.codes[i]] if grid.long_form else "",
        }
        for i in shown
    ]
    code = "duplicate_answer" if grid.long_form else "duplicate_respondent"
    grid.issues.add_rows(code, grid.by_role["respondent_id"][0], grid.row_numbers[idx], params)


def _prepared(
    grid: _Grid,
    coded: dict[str, Coded],
    dates: Coded,
    wave: Coded,
    respondent: Coded | None,
    question: Coded,
    answers: Coded,
    q: int,
) -> Prepared:
    """The checked columns in long form: one row per answer cell, the per-row columns repeated over its cells."""
    n, row_numbers = grid.n, grid.row_numbers

    # Spread the per-respondent columns over the answers (wide: q answers per row, respondent-major), as the
    # narrowest integers that hold their codes: the batch crosses the sandbox's pipe and stays in page state.
    def spread(c: Coded) -> Coded:
        codes = _narrow(c.codes, len(c.values))
        return Coded(np.repeat(codes, q) if q > 1 else codes, c.values)

    values_lut = np.array([0] + [v for v in answers.values], dtype=np.int8)  # code -1 -> slot 0 (no number)
    answer_codes = answers.codes
    answer_int = values_lut[answer_codes + 1]
    dont_know = answer_int == 0
    dont_know &= answer_codes >= 0  # "ved ikke" is the value 0 in the answer dictionary; blanks have code -1
    if grid.long_form:
        if respondent is not None:
            # one response set per respondent and wave (a panel respondent in two waves counts twice, as in wide form)
            pairs = respondent.codes.astype(np.int64) * max(len(wave.values), 1) + wave.codes
            n_respondents = int(len(np.unique(pairs)))
        else:  # without ids, the best lower bound is the most-answered question
            n_respondents = int(np.bincount(question.codes).max()) if n else 0
        resp = respondent
    else:
        n_respondents = n
        # Without a respondent column each row is its own respondent, named by its row in the file.
        resp = (
            respondent
            if respondent is not None
            else Coded(np.arange(n, dtype=np.int32), [f"row-{r}" for r in row_numbers])
        )
    return Prepared(
        format="long" if grid.long_form else "wide",
        row_no=np.repeat(row_numbers.astype(np.int32), q),  # under Excel's 1,048,576 rows and MAX_CELLS lines
        respondent=spread(resp) if resp is not None else None,
        municipality=spread(coded["municipality"]),
        experiment=spread(coded["experiment"]),
        group=spread(coded["respondent_group"]),
        wave=spread(wave),
        question=Coded(_narrow(question.codes, len(question.values)), question.values),
        answered_on=spread(dates),
        answer=answer_int,
        dont_know=dont_know,
        respondents=n_respondents,
        file_rows=n,
        respondent_from_rows=not grid.long_form and respondent is None,
    )


def _narrow(codes: np.ndarray, size: int) -> np.ndarray:
    """``codes`` (0 … size-1, and -1) in the smallest signed integer type that holds them."""
    for dtype in (np.int8, np.int16, np.int32):
        if size <= np.iinfo(dtype).max:
            return codes.astype(dtype, copy=False)
    return codes


def _report_bad(issues: IssueList, column: str, rows: np.ndarray, codes: np.ndarray, problems: list) -> None:
    """Row issues for the bad cells of one column, grouped by the kind of problem."""
    kind_of = {int(c): problems[c][0] for c in np.unique(codes)}
    kinds = pd.Series(codes).map(kind_of).to_numpy(dtype=object)
    for kind in dict.fromkeys(kinds.tolist()):
        sel = np.flatnonzero(kinds == kind)
        shown = sel[:MAX_ISSUES_PER_KIND]
        issues.add_rows(kind, column, rows[sel], [problems[codes[i]][1] for i in shown])
