"""The provenance of the data: every fact with its line and quote, source contradictions, lost figures, definitions."""

from __future__ import annotations

import pandas as pd

from frikommune.data.db import Database


def search_facts(db: Database, text: str = "", experiment: str = "", limit: int = 5000) -> pd.DataFrame:
    """Facts matching ``text`` anywhere in measure, ids, quote or note (all facts when empty)."""
    return db.query("sources/search_facts", text=text.strip(), experiment=experiment, limit=limit)


def source_issues(db: Database) -> pd.DataFrame:
    """The contradictions and oddities recorded in the source."""
    return db.query("sources/source_issues")


def lost_figures(db: Database) -> pd.DataFrame:
    """Charts and tables that survive only as a caption."""
    return db.query("sources/lost_figures")


def measures(db: Database) -> pd.DataFrame:
    """Every measure with its definition in both languages."""
    return db.query("sources/measures")


def documents(db: Database) -> pd.DataFrame:
    """The source documents, their checksums and how many facts each gave."""
    return db.query("sources/documents")
