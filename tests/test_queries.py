"""The SQL layer: every query file runs, is used by the code, binds its parameters, and cannot be escaped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from frikommune.data import db as dbmod
from frikommune.data.db import Database

REPO = Path(__file__).resolve().parents[1]
# A sample value for every $parameter name the queries use.
SAMPLE = {
    "experiment": "r1-04-formkrav-samtaler",
    "families": ["uptake"],
    "measure": "survey_mean",
    "units": ["frederikshavn", "frederikshavn-laesoe"],
    "text": "LÆ265",
    "limit": 20,
    "group": "borger",
    "question": "q1",
    "wave": "2021",
    "period": "",
    "kinds": ["conclusion", "recommendation"],
    "measure_ids": ["headline_municipalities_n"],
    "section": "Bilag 13",
    "series": "",
    "series_ids": [""],
    "keys": ["r2-01-rehabiliteringsteams|citizens_n|fritagne"],
}
# Staging statements are run by Database itself (with file paths), not by pages.
STAGING = [n for n in dbmod.query_names() if n.startswith("staging/")]
PAGE_QUERIES = [n for n in dbmod.query_names() if not n.startswith("staging/")]


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Database:
    return Database(data_root=str(tmp_path_factory.mktemp("root")))


@pytest.mark.parametrize("name", PAGE_QUERIES)
def test_every_query_runs_with_its_named_parameters(database, name):
    wanted = set(re.findall(r"\$([a-z_]+)", dbmod.sql_text(name)))
    assert wanted <= set(SAMPLE), f"{name}: no sample value for {wanted - set(SAMPLE)}"
    database.query(name, **{k: SAMPLE[k] for k in wanted})


def _code_text() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8") for folder in ("frikommune", "pages") for p in (REPO / folder).rglob("*.py")
    ) + (REPO / "app.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", PAGE_QUERIES)
def test_every_query_is_used_by_the_code(name):
    assert f'"{name}"' in _code_text(), f"queries/{name}.sql is not used anywhere"


def test_every_staging_query_belongs_to_a_table_the_database_loads():
    loaded = {f"staging/{t}" for t in dbmod.CURATED_TABLES}
    upload = {
        "staging/upload_histograms",
        "staging/upload_histograms_empty",
        "staging/upload_batches_empty",
        "staging/upload_batch_insert",
    }
    assert set(STAGING) == loaded | upload


def test_every_query_file_starts_with_a_comment_stating_its_grain():
    for name in dbmod.query_names():
        assert dbmod.sql_text(name).startswith("-- "), name


def test_values_are_bound_not_pasted(database):
    # A search text that would end the string literal if it were pasted into the SQL.
    hostile = "x' OR 1=1 --"
    assert database.query("sources/search_facts", text=hostile, experiment="", limit=10).empty


@pytest.mark.parametrize("name", ["../app", "staging/../../x", "facts;drop", "/etc/passwd", "FACTS/by_measure"])
def test_a_query_name_cannot_point_outside_queries(name):
    with pytest.raises(ValueError):
        dbmod.sql_text(name)


def test_an_unknown_query_is_a_clear_error():
    with pytest.raises(FileNotFoundError, match="queries/nope.sql"):
        dbmod.sql_text("nope")


def test_a_small_curated_folder_built_in_code_loads_and_answers(tmp_path):
    """The loader reads whatever curated folder it is given: here two facts written by the test."""
    import shutil

    curated = tmp_path / "curated"
    shutil.copytree(REPO / "data" / "curated", curated)
    header = (curated / "facts.csv").read_text(encoding="utf-8").split("\n")[0]
    (curated / "facts.csv").write_text(
        header + "\n"
        "t-1,s-1,r2-03-laegeattester-sygedagpenge,network,,cert_saving_net_dkk,LÆ285,,4800000,dkk,,d.txt,,1,q,\n"
        "t-2,s-2,r2-01-rehabiliteringsteams,aalborg,,citizens_n,,2019,6406,count,,d.txt,,2,q,\n",
        encoding="utf-8",
    )
    series = (curated / "series.csv").read_text(encoding="utf-8").split("\n")[0]
    (curated / "series.csv").write_text(
        series + "\n"
        "s-1,r2-03-laegeattester-sygedagpenge,cert_saving_net_dkk,t,,,,,,,,,Netto,Net\n"
        "s-2,r2-01-rehabiliteringsteams,citizens_n,t,,,,,,,,,Borgere,Citizens\n",
        encoding="utf-8",
    )
    database = Database(data_root=str(tmp_path / "root"), curated_dir=curated)
    found = database.query("facts/by_measure", measure="citizens_n", experiment="r2-01-rehabiliteringsteams")
    assert found[["municipality", "value", "period"]].values.tolist() == [["Aalborg", 6406.0, "2019"]]
