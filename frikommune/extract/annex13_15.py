"""Bilag 13 (cross-cutting certificate saving) and Bilag 15 (rehabiliteringsteams and lægeattester) of 003_*.txt.

The part is split by annex:
- annex13_15_savings: Bilag 13, the 12,2 mio. kr. saving, step by step per experiment, with its arithmetic
  checked against Bilag 15.b (management supervision) and 15.c (fee schedule);
- annex13_15_rehab: Bilag 15.a Rehabiliteringsteams (r2-01);
- annex13_15_reval: Bilag 15.b Revalidering (r3-01);
- annex13_15_prices: Bilag 15.c fee schedule (r2-03) and 15.d (questionnaires only, r3-08);
- annex13_15_measures / annex13_15_common: measures and table helpers.

Every fact carries its series: the table, figure or passage as the report names it ("Bilag 15.a, Tabel 0.1") and
its breakdown (exemption JAF/LÆ265 as instrument, months after start as window, survey or supervision question,
answer category, statistic), so municipality x group x period identify one value within it. The survey questions
of Tabel 0.2-0.6, the supervision form and the Enalyzer report, and the questionnaires of 15.c/15.d (printed
without answers) are declared as questions.
"""

from __future__ import annotations

from frikommune.extract import annex13_15_prices as prices
from frikommune.extract import annex13_15_rehab as rehab
from frikommune.extract import annex13_15_reval as reval
from frikommune.extract import annex13_15_savings as savings
from frikommune.extract.annex13_15_measures import MEASURES
from frikommune.extract.common import Part


def part() -> Part:
    return Part(
        name="annex13_15",
        measures=list(MEASURES),
        facts=[*savings.facts(), *rehab.facts(), *reval.facts(), *prices.facts()],
        source_issues=[
            *savings.source_issues(prices.key_lines(), reval.key_lines(), rehab.key_lines()),
            *rehab.source_issues(),
            *reval.source_issues(),
            *prices.source_issues(),
        ],
        lost_figures=[*rehab.lost_figures(), *reval.lost_figures()],
        questions=[
            *rehab.survey_questions(),
            *reval.supervision_questions(),
            *reval.survey_questions(),
            *prices.questions(),
        ],
    )
