"""The medical-certificate saving of Bilag 13, step by step (exemptions × price − other documents = net),
and a what-if calculator whose defaults reproduce the report's figures.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from frikommune.data.db import Database

# Bilag 13 ("Tværgående besparelse på lægeattester") of the annex folder; the extractor writes each fact's section.
SECTION = "Bilag 13"
STEP_MEASURES = (
    "cert_exemptions_n",
    "cert_price_dkk",
    "cert_saving_gross_dkk",
    "cert_other_docs_cost_dkk",
    "cert_saving_net_dkk",
)


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
        out.append(
            Step(
                experiment_id=experiment,
                title_da=part["title_da"].iloc[0],
                title_en=part["title_en"].iloc[0],
                certificate=certificate,
                exemptions=values["cert_exemptions_n"],
                # Where the paragraph prints no price (ressourceforløb), the same certificate's price from Bilag 13
                # is used; the page says so.
                price=price if price is not None else prices_by_type.get(certificate),
                other_docs=values.get("cert_other_docs_cost_dkk", 0.0),
                reported_gross=values.get("cert_saving_gross_dkk"),
                reported_net=values["cert_saving_net_dkk"],
            )
        )
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
        rows.append(
            {
                "experiment": s.title(lang),
                "certificate": s.certificate,
                "exemptions": s.exemptions,
                "price": s.price,
                "gross": s.exemptions * (s.price or 0.0),
                "other_docs": s.other_docs,
                "net_computed": computed,
                "net_reported": s.reported_net,
                "agrees": agrees_with_report(computed, s.reported_net),
            }
        )
    return pd.DataFrame(rows)


# --- the saving with its uncertainty -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    """A figure with its range: ``low <= point <= high`` always (``of`` widens the range to hold the point)."""

    low: float
    point: float
    high: float

    @classmethod
    def of(cls, point: float, low: float | None = None, high: float | None = None) -> Span:
        """``point`` with the range ``low``–``high`` (a missing bound is the point), widened to hold the point."""
        point = float(point)
        lo = point if low is None else float(low)
        hi = point if high is None else float(high)
        lo, hi = min(lo, hi), max(lo, hi)
        return cls(min(lo, point), point, max(hi, point))

    def union(self, other: Span) -> Span:
        """This point with a range wide enough for both ranges."""
        return Span(min(self.low, other.low), self.point, max(self.high, other.high))

    def is_point(self) -> bool:
        """True when the range is the point alone."""
        return self.low == self.point == self.high


FULL_SHARE = Span.of(100.0)


def _corners(f, *spans: Span) -> list[float]:
    """``f`` at every combination of the spans' bounds (``f`` is monotone in each input, so its extremes lie there)."""
    return [f(*(s.high if (i >> k) & 1 else s.low for k, s in enumerate(spans))) for i in range(2 ** len(spans))]


def net_saving_range(exemptions: Span, price: Span, other_docs: Span, share: Span = FULL_SHARE) -> Span:
    """The net saving's point (``net_saving`` of the points) and the range that follows from the inputs' ranges.

    The saving is monotone in each input (rising in exemptions and price, falling in other documentation; in the
    share rising as long as the gross exceeds the other documentation), so its least and greatest values are at the
    inputs' bounds.
    """
    point = net_saving(exemptions.point, price.point, other_docs.point, share.point)
    values = _corners(net_saving, exemptions, price, other_docs, share)
    return Span.of(point, min(values), max(values))


def per_case_range(exemptions: Span, price: Span, other_docs: Span, share: Span = FULL_SHARE) -> Span | None:
    """The net saving per exemption (per case) with its range; None where an exemption count can be 0."""
    if exemptions.low <= 0:
        return None

    def each(n: float, p: float, o: float, s: float) -> float:
        return net_saving(n, p, o, s) / n

    values = _corners(each, exemptions, price, other_docs, share)
    return Span.of(each(exemptions.point, price.point, other_docs.point, share.point), min(values), max(values))


def total_range(spans: list[Span]) -> Span:
    """The sum of savings that vary independently: sum of points, of lows and of highs."""
    return Span(float(sum(s.low for s in spans)), float(sum(s.point for s in spans)), float(sum(s.high for s in spans)))


def rounding_span(value: float) -> Span:
    """What a figure the report gives as 'ca.' can have been before rounding (``report_rounding`` either side)."""
    half = report_rounding(value)
    return Span(float(value) - half, float(value), float(value) + half)


@dataclass(frozen=True)
class Cite:
    """Where a figure is printed: document, annex section, line, the words as printed."""

    source_doc: str
    section: str
    source_line: int
    source_quote: str
    value: float


@dataclass(frozen=True)
class Bound:
    """One input's range and why: ``basis`` says where the range comes from, ``cites`` the figures behind it.

    basis: 'point' (the report prints one figure, no range), 'rounding' (a 'ca.' figure), 'documents' (the
    documents print different figures for it), 'review' (counted in a review, extrapolated to all cases).
    """

    span: Span
    basis: str
    cites: tuple[Cite, ...]
    detail: tuple[tuple[str, float], ...] = ()  # the figures the range is made of, by name (review: counted, ...)


@dataclass(frozen=True)
class Uncertainty:
    """One experiment's saving with the ranges the report itself gives for its inputs."""

    step: Step
    exemptions: Bound
    price: Bound
    other_docs: Bound
    net_cites: tuple[Cite, ...]

    @property
    def net(self) -> Span:
        """The report's net saving with the range of its inputs and of its own rounding ('ca.')."""
        computed = net_saving_range(self.exemptions.span, self.price.span, self.other_docs.span)
        return Span.of(self.step.reported_net, computed.low, computed.high).union(rounding_span(self.step.reported_net))

    @property
    def per_case(self) -> Span:
        """The report's net saving ÷ its exemption count, with the range of the inputs' ranges."""
        point = self.step.reported_net / self.step.exemptions
        computed = per_case_range(self.exemptions.span, self.price.span, self.other_docs.span)
        return Span.of(point, computed.low, computed.high) if computed else Span.of(point)


def _cites(rows: pd.DataFrame) -> tuple[Cite, ...]:
    return tuple(
        dict.fromkeys(
            Cite(
                r.source_doc,
                r.section if isinstance(r.section, str) else "",
                int(r.source_line),
                r.source_quote,
                float(r.value),
            )
            for r in rows.itertuples()
        )
    )


def range_facts(db: Database) -> pd.DataFrame:
    """The figures outside Bilag 13 that bound its inputs (other documents' prices, the review of cases)."""
    return db.query("savings/range_facts")


def uncertainties(facts: pd.DataFrame, bounds: pd.DataFrame) -> list[Uncertainty]:
    """Per experiment of ``steps(facts)`` the ranges the source gives for its inputs, each with its citations.

    - price: every price the documents print for the same certificate (Bilag 13, the fee list of Bilag 15.c, the
      application's 2016 price), lowest to highest;
    - exemptions: where the count is extrapolated from a review (revalidering: 54 % of the 155 reviewed cases taken
      for all 239), from the cases counted in the review (the least) to those plus every case not reviewed (the most);
    - other documentation: the report's 'ca.' figure ± half its last printed unit.
    """
    prices = pd.concat(
        [
            facts.loc[
                facts["measure_id"] == "cert_price_dkk",
                ["respondent_group", "value", "source_doc", "section", "source_line", "source_quote"],
            ],
            bounds.loc[bounds["measure_id"] == "app_amount_dkk"].assign(respondent_group=lambda d: d["instrument"])[
                ["respondent_group", "value", "source_doc", "section", "source_line", "source_quote"]
            ],
        ]
    )
    out = []
    for s in steps(facts):
        part = facts[facts["experiment_id"] == s.experiment_id]
        same = prices[prices["respondent_group"] == s.certificate]
        price_point = s.price or 0.0
        if same["value"].nunique() > 1:
            price = Bound(Span.of(price_point, same["value"].min(), same["value"].max()), "documents", _cites(same))
        else:
            price = Bound(Span.of(price_point), "point", _cites(same.head(1)))
        count_rows = part[part["measure_id"] == "cert_exemptions_n"]
        exemptions = Bound(Span.of(s.exemptions), "point", _cites(count_rows))
        reviewed = bounds[
            (bounds["experiment_id"] == s.experiment_id) & (bounds["measure_id"] == "reval_supervision_cases_n")
        ]
        total = part[part["measure_id"] == "cert_cases_total_n"]
        if not reviewed.empty and not total.empty:
            widest = reviewed.loc[reviewed["value"].idxmax()]  # the review of all rounds
            counted = bounds[
                (bounds["experiment_id"] == s.experiment_id)
                & (bounds["measure_id"] == "reval_supervision_answers_n")
                & (bounds["period"] == widest["period"])
            ]
            if not counted.empty:
                least = float(counted["value"].iloc[0])
                most = least + float(total["value"].iloc[0]) - float(widest["value"])
                exemptions = Bound(
                    Span.of(s.exemptions, least, most),
                    "review",
                    _cites(pd.concat([count_rows, counted, reviewed[reviewed["period"] == widest["period"]], total])),
                    (
                        ("counted", least),
                        ("reviewed", float(widest["value"])),
                        ("total", float(total["value"].iloc[0])),
                    ),
                )
        other_rows = part[part["measure_id"] == "cert_other_docs_cost_dkk"]
        other = (
            Bound(rounding_span(s.other_docs), "rounding", _cites(other_rows))
            if s.other_docs
            else Bound(Span.of(0.0), "point", ())
        )
        net_rows = part[part["measure_id"] == "cert_saving_net_dkk"]
        out.append(Uncertainty(s, exemptions, price, other, _cites(net_rows)))
    return out


def uncertainty_total(all_uncertain: list[Uncertainty], reported: float) -> Span:
    """The report's total saving with the range of the four experiments' ranges (and of its own 'ca.')."""
    summed = total_range([u.net for u in all_uncertain])
    return Span.of(reported, summed.low, summed.high).union(rounding_span(reported))
