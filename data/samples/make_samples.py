"""Write the synthetic sample exports and the upload templates in data/samples/.

SYNTETISKE DATA / SYNTHETIC DATA: every answer here is drawn from a seeded random generator. No real
respondent, no real survey. File names start with SYNTETISK_ and every respondent id with SYNTETISK-.

    .venv/bin/python data/samples/make_samples.py      # rewrites the files; same bytes every run
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from frikommune.ingest.template import template_bytes, workbook_bytes  # noqa: E402

LABEL_DA = "SYNTETISKE DATA – tilfældigt genererede svar, ikke rigtige besvarelser."
LABEL_EN = "SYNTHETIC DATA – randomly generated answers, not real responses."

# How municipalities are written in the samples: as a consultant's export might (some with "Kommune").
MUNICIPALITIES = [
    "Aalborg",
    "Frederikshavn Kommune",
    "Hjørring",
    "Thisted",
    "Brønderslev Kommune",
    "Mariagerfjord",
    "Rebild",
]


def _answers(rng: np.random.Generator, n: int, shift: float) -> list[object]:
    """n answers on 1-5 leaning by ``shift``, with about 7 % "Ved ikke" and 3 % blank."""
    weights = np.array([1.0, 1.5, 2.5, 3.0, 2.0]) * np.exp(shift * np.arange(-2, 3))
    values = rng.choice(np.arange(1, 6), size=n, p=weights / weights.sum()).astype(object)
    special = rng.random(n)
    values[special < 0.07] = "Ved ikke"
    values[(special >= 0.07) & (special < 0.10)] = None
    return values.tolist()


def wide_rows(
    seed: int, n: int, experiment: str, group: str, year: int, questions: list[str], with_wave: str | None = None
) -> list[list[object]]:
    rng = np.random.default_rng(seed)
    header = ["Respondent", "Kommune", "Forsøg", "Respondentgruppe", "Dato"] + (["Bølge"] if with_wave else [])
    rows = [header + questions]
    towns = rng.choice(len(MUNICIPALITIES), size=n)
    days = rng.integers(0, 300, size=n)
    answers = {q: _answers(rng, n, shift=0.0) for q in questions}
    shifts = {i: s for i, s in enumerate(rng.normal(0, 0.35, size=len(MUNICIPALITIES)))}
    for q in questions:  # give each municipality its own lean, so comparisons have something to show
        answers[q] = [
            a if not isinstance(a, (int, np.integer)) else int(min(5, max(1, a + round(shifts[t]))))
            for a, t in zip(answers[q], towns)
        ]
    for i in range(n):
        date = dt.date(year, 1, 15) + dt.timedelta(days=int(days[i]))
        row = [f"SYNTETISK-{seed}-{i + 1:04d}", MUNICIPALITIES[towns[i]], experiment, group, date]
        if with_wave:
            row.append(with_wave)
        rows.append(row + [answers[q][i] for q in questions])
    return rows


def _csv(rows: list[list[object]], sep: str = ";") -> str:
    def cell(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, dt.date):
            return v.strftime("%d-%m-%Y")
        text = str(v)
        return f'"{text}"' if sep in text or '"' in text else text

    return "\r\n".join(sep.join(cell(v) for v in row) for row in rows) + "\r\n"


def main() -> None:
    # Wide form, .xlsx: citizens in the conversation experiment, 2019.
    wide = wide_rows(
        11,
        400,
        "r1-04-formkrav-samtaler",
        "Borger",
        2019,
        [
            "Jeg blev mødt med respekt",
            "Samtalerne var relevante for mig",
            "Jeg havde indflydelse på min plan",
            "Samlet set er jeg tilfreds med forløbet",
        ],
    )
    about = [
        ["Om filen / about this file"],
        [LABEL_DA],
        [LABEL_EN],
        ["Genereret af data/samples/make_samples.py med fast frø (seed 11)."],
    ]
    (HERE / "SYNTETISK_tilfredshed_bred.xlsx").write_bytes(workbook_bytes([("Svar", wide), ("Om filen", about)]))

    # Wide form, .csv as Excel writes it in Danish: ';', UTF-8 with BOM, a Bølge column. Employees, 2020.
    wide_csv = wide_rows(
        12,
        250,
        "r2-01-rehabiliteringsteams",
        "Medarbejdere",
        2020,
        [
            "Rehabiliteringsteamet giver et bedre grundlag for indstillingen",
            "Borgeren er bedre forberedt til mødet",
            "Det administrative arbejde er blevet mindre",
        ],
        with_wave="2020",
    )
    (HERE / "SYNTETISK_tilfredshed_bred.csv").write_bytes(("\ufeff" + _csv(wide_csv)).encode("utf-8"))

    # Long form, .csv in cp1252 (older Danish Windows tools): one row per answer. Doctors, 2021.
    rng = np.random.default_rng(13)
    questions = ["Den nye attest er nem at udfylde", "Attesten giver jobcentret det rette grundlag"]
    long_rows = [["Respondent", "Kommune", "Forsøg", "Respondentgruppe", "Dato", "Spørgsmål", "Svar"]]
    for i in range(120):
        town = MUNICIPALITIES[int(rng.integers(len(MUNICIPALITIES)))]
        date = dt.date(2021, 3, 1) + dt.timedelta(days=int(rng.integers(0, 200)))
        for q, a in zip(questions, _answers(rng, len(questions), shift=0.3)):
            long_rows.append(
                [f"SYNTETISK-13-{i + 1:04d}", town, "r2-03-laegeattester-sygedagpenge", "Læger", date, q, a]
            )
    (HERE / "SYNTETISK_tilfredshed_lang.csv").write_bytes(_csv(long_rows).encode("cp1252"))

    # The empty templates consultants can download.
    (HERE / "SKABELON_upload.xlsx").write_bytes(template_bytes("xlsx"))
    (HERE / "SKABELON_upload.csv").write_bytes(template_bytes("csv"))


if __name__ == "__main__":
    main()
