"""The certificate saving with its uncertainty, in words: per exemption, the range, why there is a range, and the
lines it rests on. Built from ``frikommune.domain.certificate_savings`` values; every amount through ``formatting``.
"""

from __future__ import annotations

import pandas as pd

from frikommune.domain.certificate_savings import Cite, Span, Uncertainty
from frikommune.text import evidence_words, formatting, i18n


def span_text(span: Span, lang: str) -> str:
    """'1.639–1.742 kr.' (one amount when the range is the point)."""
    return formatting.dkk_range(span.low, span.high, lang)


def _count(value: float, lang: str) -> str:
    return formatting.number(value, 0, lang)


def _price_detail(cites: tuple[Cite, ...], lang: str) -> str:
    """'1.639 kr.: Bilag 2, linje 1936; 1.742 kr.: Bilag 13, linje 5452, 5458' — each price with where it stands."""
    by_value: dict[float, list[Cite]] = {}
    for c in cites:
        by_value.setdefault(c.value, []).append(c)
    return "; ".join(
        f"{formatting.dkk(value, lang)}: {cite_text(tuple(found), lang)}" for value, found in sorted(by_value.items())
    )


def reasons(u: Uncertainty, lang: str) -> list[str]:
    """One sentence per input whose range the sources give; the rounding sentence where none does."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    out = []
    if u.price.basis == "documents":
        out.append(
            t(
                "savings.basis.documents",
                certificate=u.step.certificate,
                range=span_text(u.price.span, lang),
                detail=_price_detail(u.price.cites, lang),
            )
        )
    if u.exemptions.basis == "review":
        span, parts = u.exemptions.span, dict(u.exemptions.detail)
        least, most, total, reviewed = span.low, span.high, parts["total"], parts["reviewed"]
        out.append(
            t(
                "savings.basis.review",
                point=_count(span.point, lang),
                total=_count(total, lang),
                counted=_count(least, lang),
                reviewed=_count(reviewed, lang),
                unreviewed=_count(total - reviewed, lang),
                least=_count(least, lang),
                most=_count(most, lang),
            )
        )
    if u.other_docs.basis == "rounding":
        out.append(
            t(
                "savings.basis.rounding",
                point=formatting.dkk(u.other_docs.span.point, lang),
                range=span_text(u.other_docs.span, lang),
            )
        )
    if not out:
        out.append(t("savings.basis.point"))
    return out


def all_cites(u: Uncertainty) -> tuple[Cite, ...]:
    """Every figure behind the saving, its range and its per-exemption figure, once each."""
    return tuple(dict.fromkeys((*u.net_cites, *u.exemptions.cites, *u.price.cites, *u.other_docs.cites)))


def cite_text(cites: tuple[Cite, ...], lang: str) -> str:
    """The cited lines, grouped by document and section (short, as on the evidence card)."""
    rows = pd.DataFrame(
        [{"source_doc": c.source_doc, "section": c.section, "source_line": c.source_line} for c in cites],
        columns=["source_doc", "section", "source_line"],
    )
    return evidence_words.compact_cite(rows, lang)


def per_case_line(u: Uncertainty, lang: str) -> str:
    """'**Rehabiliteringsteams** (LÆ265): **1.735 kr. pr. fritagelse** (spænd …) · i alt 7,1 mio. kr. (spænd …)'."""
    return i18n.t(
        "savings.per_case_line",
        lang,
        experiment=u.step.title(lang),
        certificate=u.step.certificate,
        per_case=formatting.dkk(u.per_case.point, lang),
        per_case_range=span_text(u.per_case, lang),
        net=formatting.dkk(u.net.point, lang),
        net_range=span_text(u.net, lang),
    )


def computed_from(u: Uncertainty, lang: str) -> str:
    """'Beregnet: 4,8 mio. kr. ÷ 5.547 fritagelser.'"""
    return i18n.t(
        "savings.per_case_computed",
        lang,
        net=formatting.dkk(u.step.reported_net, lang),
        count=_count(u.step.exemptions, lang),
    )


def card_sentence(u: Uncertainty, lang: str) -> str:
    """The per-exemption figure for the evidence card, with its inputs and range."""
    text = i18n.t(
        "savings.card_per_case",
        lang,
        per_case=formatting.dkk(u.per_case.point, lang),
        per_case_range=span_text(u.per_case, lang),
        net=formatting.dkk(u.step.reported_net, lang),
        count=_count(u.step.exemptions, lang),
        net_range=span_text(u.net, lang),
    )
    return text.replace("kr..", "kr.")  # an amount in 'kr.' ends the sentence
