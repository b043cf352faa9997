"""Extraction of Bilag 14 of 003_*.txt: "Færre proceskrav – i samtale og borgermødet".

The annex is long, so each sub-annex has its own module; this one combines them:
- annex14_a: 14.a Formkrav ved lovpligtige samtaler – forsikrede ledige (r1-04): surveys, register analysis, a-kasser
- annex14_b: 14.b Formkrav – øvrige målgrupper (r1-04): the municipalities' Jobindsats tables
- annex14_cd: 14.c Ledighedsydelse – revurdering (r3-02, no figures) and 14.d Fleksible rammer for uddannelse (r1-06)
"""

from frikommune.extract import annex14_a, annex14_b, annex14_cd
from frikommune.extract.common import Measure, Part


def _measures() -> list[Measure]:
    """Every measure once (annex14_a declares the shared survey measures)."""
    by_id: dict[str, Measure] = {}
    for m in annex14_a.MEASURES + annex14_b.MEASURES + annex14_cd.MEASURES:
        if by_id.setdefault(m.measure_id, m) != m:
            raise ValueError(f"measure {m.measure_id} declared twice with different text")
    return list(by_id.values())


def part() -> Part:
    return Part(
        name="annex14",
        measures=_measures(),
        facts=annex14_a.facts() + annex14_b.facts() + annex14_cd.facts(),
        source_issues=annex14_a.source_issues() + annex14_b.source_issues() + annex14_cd.source_issues(),
        lost_figures=annex14_a.lost_figures(),
        questions=annex14_a.questions() + annex14_a.akasse_questions(),
    )
