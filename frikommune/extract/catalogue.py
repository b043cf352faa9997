"""The experiment catalogue and the headline figures (part 'catalogue').

``catalogue_tables()`` gives the catalogue tables build.py writes to data/curated/: experiments (the 24
applications of the three rounds), municipalities, participation (experiment x municipality), themes and
statements (conclusions, recommendations, next steps, wishes). ``part()`` gives the headline facts of the web
page (000), the slide deck (004) and the status note (002), their measures, and the catalogue's source issues.

The work is split by table (only files named catalogue*.py):
  catalogue_common.py        verified citations, annex anchors, municipality-name parsing
  catalogue_experiments.py   experiments, themes, municipalities (the id mapping is documented there)
  catalogue_participation.py participation and the issues where the municipality lists disagree
  catalogue_statements.py    statements
  catalogue_headline.py      headline facts, measures and the catalogue's other source issues
"""

from __future__ import annotations

from frikommune.extract.catalogue_experiments import experiment_rows, municipality_rows, theme_rows
from frikommune.extract.catalogue_headline import MEASURES, catalogue_issues, facts
from frikommune.extract.catalogue_participation import naming_issue, participation_issues, participation_rows
from frikommune.extract.catalogue_statements import statement_rows
from frikommune.extract.common import Part


def part() -> Part:
    return Part(
        name="catalogue",
        measures=list(MEASURES),
        facts=facts(),
        source_issues=catalogue_issues() + participation_issues() + [naming_issue()],
        lost_figures=[],
    )


def catalogue_tables() -> dict[str, list[dict[str, str]]]:
    """Tables written as data/curated/<name>.csv; every value a string."""
    return {
        "experiments": experiment_rows(),
        "municipalities": municipality_rows(),
        "participation": participation_rows(),
        "themes": theme_rows(),
        "statements": statement_rows(),
    }
