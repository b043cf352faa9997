"""Ids and figures do not depend on where a line stands: shifted seeds give the same facts and the same pages.

Fact ids are built from content (series, municipality, group, period) and no runtime code holds a seed line
number, so blank lines added to the source documents change only the cited line numbers.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from frikommune.data.db import Database
from frikommune.domain import certificate_savings, experiment_catalogue, overview

REPO = Path(__file__).resolve().parents[1]
CURATED = REPO / "data" / "curated"
ANNEX = "003_dd6b408d530566e6.txt"
STATUS = "002_43ed0633f447e672.txt"


def _shift(seeds: Path, target: Path) -> None:
    """Copy the seeds, adding two blank lines at the top of 003 and 002 and before 003's Bilag 13."""
    shutil.copytree(seeds, target)
    for path in target.iterdir():
        path.chmod(0o644)
    for doc in (ANNEX, STATUS):
        lines = (target / doc).read_text(encoding="utf-8").split("\n")
        lines[1:1] = ["", ""]
        if doc == ANNEX:
            at = next(i for i, text in enumerate(lines) if text.startswith("Bilag 13–"))
            lines[at:at] = ["", ""]
        (target / doc).write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture(scope="module")
def shifted(tmp_path_factory) -> Path:
    """The curated tables extracted from shifted seeds (in a fresh process: the extractor caches seed lines)."""
    from tests.conftest import SEEDS

    if not SEEDS.is_dir():
        pytest.skip(f"the source documents are not here ({SEEDS})")
    root = tmp_path_factory.mktemp("shifted")
    _shift(SEEDS, root / "seeds")
    out = root / "curated"
    code = f"from pathlib import Path; from frikommune.extract.build import build; build(Path({str(out)!r}))"
    env = {**os.environ, "FRIKOMMUNE_SEEDS": str(root / "seeds")}
    subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, check=True)
    return out


def _facts(folder: Path) -> dict[str, dict[str, str]]:
    with (folder / "facts.csv").open(encoding="utf-8", newline="") as fh:
        return {r["fact_id"]: r for r in csv.DictReader(fh)}


def test_every_fact_keeps_its_id_and_value_and_only_its_line_moves(shifted):
    before, after = _facts(CURATED), _facts(shifted)
    assert set(after) == set(before)
    moved = 0
    for fid, old in before.items():
        new = after[fid]
        assert {k: v for k, v in new.items() if k != "source_line"} == {
            k: v for k, v in old.items() if k != "source_line"
        }, fid
        if old["source_doc"] in (ANNEX, STATUS):
            assert int(new["source_line"]) - int(old["source_line"]) in (2, 4), fid
            moved += 1
    assert moved > 2000


def test_the_pages_show_the_same_figures(shifted):
    committed, moved = (
        Database(data_root=str(shifted.parent), curated_dir=CURATED),
        Database(data_root=str(shifted.parent), curated_dir=shifted),
    )
    assert certificate_savings.steps(certificate_savings.certificate_facts(moved)) == certificate_savings.steps(
        certificate_savings.certificate_facts(committed)
    )
    assert len(certificate_savings.steps(certificate_savings.certificate_facts(moved))) == 4
    for figures in (overview.reach, overview.headline_figures, experiment_catalogue.experiment_counts):
        old, new = figures(committed), figures(moved)
        assert new.drop(columns=[c for c in new if c == "source_line"]).equals(
            old.drop(columns=[c for c in old if c == "source_line"])
        ), figures.__name__
