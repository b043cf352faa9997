"""What a politician reads first: headline figures, the four themes, the network's conclusions and recommendations."""

from __future__ import annotations

import pandas as pd

from frikommune.data.db import Database

# The headline measures, in the order the overview shows them (declared by the catalogue extraction).
HEADLINE_MEASURES = (
    "headline_municipalities_n",
    "headline_experiments_active_n",
    "headline_certificate_saving_dkk",
    "headline_applications_n",
)

# Counts of citizens and cases reached that the report gives for a whole experiment (experiment|measure|group).
REACH = (
    "r2-03-laegeattester-sygedagpenge|cert_exemptions_n|LÆ285",
    "r2-01-rehabiliteringsteams|cert_exemptions_n|LÆ265",
    "r2-01-rehabiliteringsteams|citizens_n|fritagne",
    "r2-02-psykologbehandling|citizens_n|",
    "r3-01-revalidering|cert_exemptions_n|LÆ265",
)


def reach(db: Database) -> pd.DataFrame:
    """Citizens and cases reached per experiment as the report counts them (no network total exists)."""
    return db.query("overview/reach", keys=list(REACH))


def headline_figures(db: Database) -> pd.DataFrame:
    """One fact per headline measure, with its source."""
    return db.query("overview/headline_facts", measure_ids=list(HEADLINE_MEASURES))


def themes(db: Database) -> pd.DataFrame:
    """The four themes with the experiments that started under each."""
    return db.query("overview/themes")


def statements(db: Database, kinds: tuple[str, ...] = ("conclusion", "recommendation")) -> pd.DataFrame:
    """The network's conclusions and recommendations (or other statement kinds), in source order."""
    return db.query("overview/statements", kinds=list(kinds))
