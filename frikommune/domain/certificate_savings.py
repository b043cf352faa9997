"""The medical-certificate saving of Bilag 13, step by step (exemptions × price − other documents = net),
and a what-if calculator whose defaults reproduce the report's figures.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from frikommune.data.db import Database

# Bilag 13 ("Tværgående besparelse på lægeattester") of the annex folder; the extractor writes each fact's section.
SECTION = "Bilag 13"
STEP_MEASURES = ("cert_exemptions_n", "cert_price_dkk", "cert_saving_gross_dkk", "cert_other_docs_cost_dkk",
                 "cert_saving_net_dkk")


def certificate_facts(db: Database) -> pd.DataFrame:
    """The certificate-saving facts of Bilag 13 with experiment titles, one row per fact."""
    return db.query("savings/certificate_facts", section=SECTION)


@dataclass(frozen=True)
class Step:
    """One experiment's inputs to the saving: what the report prints, or None where it prints nothing."""

    experiment_id: str
    title_da: str
    title_en: str
    certificate: str
    exemptions: float
    price: float | None
    other_docs: float
    reported_gross: float | None
    reported_net: float

    def title(self, lang: str) -> str:
        """The experiment's title in ``lang``."""
        return self.title_da if lang == "da" else self.title_en


def steps(facts: pd.DataFrame) -> list[Step]:
    """One Step per experiment with an exemption count, in the order of Bilag 13."""
    out = []
    prices_by_type = facts[facts["measure_id"] == "cert_price_dkk"].groupby("respondent_group")["value"].first()
    for experiment, part in facts.groupby("experiment_id", sort=False):
        values = part.groupby("measure_id")["value"].first()
        if "cert_exemptions_n" not in values or "cert_saving_net_dkk" not in values:
            continue
        certificate = part["respondent_group"].iloc[0]
        price = values.get("cert_price_dkk")
        out.append(Step(
            experiment_id=experiment, title_da=part["title_da"].iloc[0], title_en=part["title_en"].iloc[0],
            certificate=certificate,
            exemptions=values["cert_exemptions_n"],
            # Where the paragraph prints no price (ressourceforløb), the same certificate's price from Bilag 13
            # is used; the page says so.
            price=price if price is not None else prices_by_type.get(certificate),
            other_docs=values.get("cert_other_docs_cost_dkk", 0.0),
            reported_gross=values.get("cert_saving_gross_dkk"),
            reported_net=values["cert_saving_net_dkk"],
        ))
    return out


def reported_total(facts: pd.DataFrame) -> float:
    """The report's total certificate saving (12,2 mio. kr.)."""
    return float(facts.loc[facts["measure_id"] == "cert_saving_total_dkk", "value"].iloc[0])


def net_saving(exemptions: float, price: float, other_docs: float, share_avoided: float = 100.0) -> float:
    """Exemptions × share actually avoided × price, minus the other documentation bought instead (same share)."""
    share = share_avoided / 100
    return exemptions * share * price - other_docs * share


def report_rounding(value: float) -> float:
    """Half the last printed unit of a figure the report gives as 'ca.': 0,1 mio. above a million, else 1.000 kr."""
    return 50_000 if abs(value) >= 1_000_000 else 500


def agrees_with_report(computed: float, reported: float) -> bool:
    """True when ``computed`` rounds to the report's ``reported`` figure at the report's precision."""
    return abs(computed - reported) <= report_rounding(reported)


def step_table(all_steps: list[Step], lang: str = "da") -> pd.DataFrame:
    """The calculation as a table: one row per experiment, then the total."""
    rows = []
    for s in all_steps:
        computed = net_saving(s.exemptions, s.price or 0.0, s.other_docs)
        rows.append({
            "experiment": s.title(lang), "certificate": s.certificate,
            "exemptions": s.exemptions, "price": s.price, "gross": s.exemptions * (s.price or 0.0),
            "other_docs": s.other_docs, "net_computed": computed, "net_reported": s.reported_net,
            "agrees": agrees_with_report(computed, s.reported_net),
        })
    return pd.DataFrame(rows)
