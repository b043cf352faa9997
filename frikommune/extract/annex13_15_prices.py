"""Bilag 15.c – Differentiering i valg af lægeattester (r2-03) and 15.d – Forlængelse af ressourceforløb (r3-08).

15.c prints the employee questionnaire on LÆ285 (questions and answer codes only, no results) and the fee
schedule "Attesttakster pr. 1. april 2020", one certificate per row, which the savings page uses for its
what-if prices. 15.d prints two citizen questionnaires without any answers. Only the fee schedule has figures.
"""

from __future__ import annotations

import re

from frikommune.extract.annex13_15_util import DOC, anchor, cell_quote, cells, heading, number, table_lines
from frikommune.extract.common import Fact, SourceIssue, fact

EXP = "r2-03-laegeattester-sygedagpenge"


def section() -> tuple[int, int]:
    start = heading("15.c Bilag til forsøg: Differentiering i valg af lægeattester på sygedagpengeområdet")
    return start, heading("15.d Bilag til forsøg: Forlængelse af ressourceforløbsager", start)


def _price_rows() -> list[int]:
    start, end = section()
    caption = anchor("Bilag 2: Attesttakster pr. 1. april 2020", start, end)
    rows = table_lines(caption)
    assert [c.strip() for c in cells(rows[0])] == ["Attest", "Sats pr. 1. april 2020"]
    return rows[1:]


def _group(label: str) -> str:
    """The certificate as the group: its code where the row is one LÆ form (so 'LÆ265'/'LÆ285' match Bilag 13),
    else the row label as printed without the trailing colon."""
    label = label.strip().rstrip(":").strip()
    code = re.match(r"(LÆ\d+)(?:/|$)", label)
    return code[1] if code else label


def prices() -> list[Fact]:
    out = []
    for line in _price_rows():
        row = cells(line)
        # 'kr. 0' for hospital records is a real price of 0 kr., not a missing cell.
        out.append(fact(DOC, line, cell_quote(line, 1), experiment=EXP, measure="cert_price_dkk", unit="dkk",
                        value=number(row[1]), group=_group(row[0]), period="2020-04",
                        note=f"Bilag 15.c, Attesttakster pr. 1. april 2020: {row[0].strip().rstrip(':').strip()}"))
    return out


def key_lines() -> dict[str, int]:
    return {_group(cells(line)[0]): line for line in _price_rows()}


def source_issues() -> list[SourceIssue]:
    start, end = section()
    questionnaire = anchor("Evaluering af frikommuneforsøg vedr. fritagelse for LÆ285", start, end)
    d_start = end
    d_form = anchor("Bilag 2: Spørgeskema til borger – effekt af fritagelse", d_start)
    return [
        SourceIssue(
            "annex13_15-15cd-no-results", DOC, (questionnaire, d_start, d_form), "other",
            "Bilag 15.c gengiver kun spørgeskemaet til medarbejderne om LÆ285 (spørgsmål og svarkategorier), og "
            "Bilag 15.d kun to tomme spørgeskemaer til borgerne; resultaterne findes ikke i bilagsmappen.",
            "Bilag 15.c only reproduces the employee questionnaire on LÆ285 (questions and answer categories), and "
            "Bilag 15.d only two empty citizen questionnaires; the results are not in the annex volume.",
        ),
    ]


def facts() -> list[Fact]:
    return prices()
