"""Extraction of annexes 16-17 of Bilagsmappe 2 (003_*.txt lines ~8092-10438): the result annexes of the themes
'færre proceskrav i den virksomhedsrettede indsats' and 'nye indsatser'.

One module per experiment annex, combined here:
- annex16_17_virk:   16.a Fleksibilitet i forhold til forholdstalskravene (r1-05-forholdstalskrav)
- annex16_17_psyk:   17.a Psykologbehandling (r2-02-psykologbehandling)
- annex16_17_ivaerk: 17.b Iværksætteri for dimittender (r1-03-ivaerksaetteri-dimittender)
- annex16_17_mikro:  17.c Mikrolån (r1-01-mikrolaan)
Shared helpers (lost-chart detection, the shared generic measures) are in annex16_17_common.
"""

from __future__ import annotations

from frikommune.extract import annex16_17_ivaerk, annex16_17_mikro, annex16_17_psyk, annex16_17_virk
from frikommune.extract.annex16_17_common import PART
from frikommune.extract.common import Measure, Part

MODULES = (annex16_17_virk, annex16_17_psyk, annex16_17_ivaerk, annex16_17_mikro)


def _unique_measures() -> list[Measure]:
    """Measures of all submodules; a shared measure (e.g. respondents_n) may be declared by several of them."""
    by_id: dict[str, Measure] = {}
    for module in MODULES:
        for m in module.MEASURES:
            if m.measure_id in by_id and by_id[m.measure_id] != m:
                raise ValueError(f"measure {m.measure_id} is declared differently in two submodules")
            by_id[m.measure_id] = m
    return list(by_id.values())


def part() -> Part:
    facts = [f for module in MODULES for f in module.facts()]
    used = {f.measure_id for f in facts}
    measures = _unique_measures()
    unknown = used - {m.measure_id for m in measures}
    if unknown:
        raise ValueError(f"facts use undeclared measures: {sorted(unknown)}")
    return Part(
        name=PART,
        measures=[m for m in measures if m.measure_id in used],
        facts=facts,
        source_issues=[i for module in MODULES for i in module.source_issues()],
        lost_figures=[x for module in MODULES for x in module.lost_figures()],
        # The surveys' questions: those of 16.a and 17.a survive only as captions of lost charts (no answers);
        # the micro-loan course evaluation (17.c) keeps its totals and means.
        questions=[q for module in MODULES if hasattr(module, "questions") for q in module.questions()],
    )
