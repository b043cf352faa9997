"""Synthetic respondent-level survey data (SYNTETISK / synthetic, seeded) in the data root's documented layout.

``survey_root`` builds a data root like the one real uploads produce (DESIGN §5, §8; frikommune.data.batches):
one batch per experiment x wave, written by the upload engine's own store (frikommune.ingest.store), so each has

- ``uploads/answers/<batch>.parquet``: long form, one row per respondent x question,
- ``uploads/histograms/<batch>.parquet``: the ingest-time answer counts per municipality x experiment x group x
  question x wave,
- an ``upload`` event in ``uploads/log/``, which is what makes the batch visible to the app.

``wide_upload_xlsx`` writes the wide export a consultant uploads (one row per respondent, one column per question).
Nothing here is real: municipalities and experiments are the project's ids, every answer is drawn from a seeded
random generator, and it says so everywhere: batch ids, file names, respondent ids (SYN-…), the log events'
``synthetic`` field, the data root's SYNTETISK.json and the workbook's "Om data" sheet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from frikommune.data import batches
from frikommune.data.roots import open_root
from frikommune.ingest import store
from frikommune.ingest.validate import Coded, Prepared

BENCH_DATA = Path(__file__).resolve().parent / "data"
LABEL = "SYNTETISK / synthetic benchmark data - not survey results"
GENERATOR_VERSION = 2  # bump when the generator changes, so cached data sets are rebuilt

# Municipality ids with rough relative sizes (so Aalborg has many respondents and Læsø few, as in reality).
MUNICIPALITIES = {
    "aalborg": 217,
    "broenderslev": 36,
    "frederikshavn": 59,
    "hjoerring": 64,
    "jammerbugt": 38,
    "laesoe": 2,
    "mariagerfjord": 42,
    "morsoe": 20,
    "rebild": 30,
    "thisted": 43,
    "vesthimmerland": 37,
}
EXPERIMENTS = [
    "r1-04-formkrav-samtaler",
    "r2-01-rehabiliteringsteams",
    "r2-03-laegeattester-sygedagpenge",
    "r3-05-mentorregler",
]
GROUPS = ["borger", "medarbejder", "virksomhed"]
WAVES = ["2017", "2018", "2019", "2020"]
QUESTIONS = [
    "Jeg blev mødt med respekt",
    "Samtalen var relevant for mig",
    "Jeg fik indflydelse på min plan",
    "Jeg ved, hvad der skal ske nu",
    "Sagsbehandleren havde tid til mig",
    "Forløbet hjalp mig tættere på job",
    "Der var færre unødige møder",
    "Kravene gav mening",
    "Jeg fik hjælp hurtigt nok",
    "Samlet set er jeg tilfreds",
]
DONT_KNOW_SHARE = 0.04
DONT_KNOW_TEXT = "Ved ikke"


@dataclass(frozen=True)
class SurveyRoot:
    """A generated data root and what it holds."""

    root: Path
    answers: int
    respondents: int
    batches: int
    answer_files: list[str]
    seed: int
    generated_s: float  # 0 when reused from an earlier run
    histogram_build_s: float  # time to build every batch's histogram from its answers (ingest-time work)


def _municipality_effects(rng: np.random.Generator) -> np.ndarray:
    effects = rng.normal(0.0, 0.15, len(MUNICIPALITIES))
    effects[0] -= 0.25  # one clearly different municipality, so the comparison charts have something to show
    return effects


def _batch(
    rng: np.random.Generator, experiment: str, wave_no: int, respondents: int, mun_effects: np.ndarray, start_id: int
) -> Prepared:
    """One batch in long form (``respondents`` x len(QUESTIONS) answer rows), as the validator hands it to the store."""
    q = len(QUESTIONS)
    weights = np.array(list(MUNICIPALITIES.values()), dtype=float)
    mun = rng.choice(len(MUNICIPALITIES), size=respondents, p=weights / weights.sum())
    grp = rng.choice(len(GROUPS), size=respondents, p=[0.6, 0.3, 0.1])
    q_effects = np.linspace(-0.3, 0.3, q)
    person = rng.normal(0.0, 0.6, respondents)  # respondents differ; answers of one respondent correlate
    mu = (3.5 + mun_effects[mun] + 0.1 * wave_no - 0.15 * grp + person)[:, None] + q_effects[None, :]
    answers = np.clip(np.rint(mu + rng.normal(0.0, 0.8, (respondents, q))), 1, 5).astype(np.int8).ravel()
    dont_know = rng.random(respondents * q) < DONT_KNOW_SHARE
    answers[dont_know] = 0  # the store's convention: 0 = no number ("ved ikke" when dont_know is set)
    rows = respondents * q
    per_respondent = np.repeat(np.arange(respondents), q)

    def coded(codes: np.ndarray, values: list) -> Coded:
        return Coded(np.asarray(codes, dtype=np.int64), list(values))

    return Prepared(
        format="wide",
        row_no=per_respondent.astype(np.int32) + 2,
        respondent=coded(per_respondent, [f"SYN-{start_id + i}" for i in range(respondents)]),
        municipality=coded(np.repeat(mun, q), MUNICIPALITIES),
        experiment=coded(np.zeros(rows), [experiment]),
        group=coded(np.repeat(grp, q), GROUPS),
        wave=coded(np.zeros(rows), [WAVES[wave_no]]),
        question=coded(np.tile(np.arange(q), respondents), QUESTIONS),
        answered_on=coded(np.full(rows, -1), []),
        answer=answers,
        dont_know=dont_know,
        respondents=respondents,
        file_rows=respondents,
    )


def survey_root(answers: int, seed: int = 20240601, base: Path = BENCH_DATA) -> SurveyRoot:
    """A data root holding about ``answers`` synthetic answers; reused when an identical one was built before.

    The batches are written by the upload engine's own store (answers and histogram Parquet, then the log
    event), so the layout and the histograms are exactly what real uploads produce.
    """
    q = len(QUESTIONS)
    n_batches = len(EXPERIMENTS) * len(WAVES)
    per_batch = max(1, answers // (q * n_batches))
    root = base / f"survey-{answers}-seed{seed}-v{GENERATOR_VERSION}"
    manifest = root / "SYNTETISK.json"
    if manifest.is_file():
        info = json.loads(manifest.read_text())
        return SurveyRoot(
            root,
            info["answers"],
            info["respondents"],
            info["batches"],
            info["answer_files"],
            seed,
            0.0,
            info["histogram_build_s"],
        )

    if root.exists():
        shutil.rmtree(root)  # an interrupted earlier build
    started = time.perf_counter()
    storage = open_root(root)
    rng = np.random.default_rng(seed)
    mun_effects = _municipality_effects(rng)
    answer_files: list[str] = []
    histogram_s = 0.0
    total_rows = 0
    for e, experiment in enumerate(EXPERIMENTS):
        for w, wave in enumerate(WAVES):
            batch_id = f"SYNTETISK-{seed}-{e}{w}"
            prepared = _batch(rng, experiment, w, per_batch, mun_effects, start_id=(e * len(WAVES) + w) * per_batch)
            t = time.perf_counter()
            store.histogram_table(batch_id, prepared)  # timed apart: the ingest-time cost of DESIGN §8
            histogram_s += time.perf_counter() - t
            store.write_batch(
                storage,
                batch_id,
                prepared,
                {
                    "key_name": "bench (SYNTETISK)",
                    "file_name": f"SYNTETISK-bench-{experiment}-{wave}.xlsx",
                    "sha256": hashlib.sha256(f"{LABEL} {batch_id}".encode()).hexdigest(),
                    "respondents": per_batch,
                    "file_rows": per_batch,
                    "format": "wide",
                    "mapping": {},
                    "waves": [wave],
                    "municipalities": list(MUNICIPALITIES),
                    "experiments": [experiment],
                    "respondent_groups": GROUPS,
                    "questions": QUESTIONS,
                    "synthetic": LABEL,
                    "seed": seed,
                },
            )
            answer_files.append(str(root / batches.answers_path(batch_id)))
            total_rows += prepared.rows
    info = {
        "label": LABEL,
        "seed": seed,
        "answers": total_rows,
        "respondents": per_batch * n_batches,
        "batches": n_batches,
        "answer_files": answer_files,
        "histogram_build_s": histogram_s,
        "generated": dt.datetime.now(dt.UTC).isoformat(),
    }
    manifest.write_text(json.dumps(info, indent=1))
    return SurveyRoot(
        root,
        total_rows,
        per_batch * n_batches,
        n_batches,
        answer_files,
        seed,
        time.perf_counter() - started,
        histogram_s,
    )


def wide_rows(respondents: int, seed: int) -> tuple[list[str], list[list[object]]]:
    """Header and rows of a wide export (one row per respondent, Danish municipality names, 'Ved ikke')."""
    from frikommune.vocabulary import MUNICIPALITY_IDS

    rng = np.random.default_rng(seed)
    names = [MUNICIPALITY_IDS[m] for m in MUNICIPALITIES]
    weights = np.array(list(MUNICIPALITIES.values()), dtype=float)
    mun = rng.choice(len(names), size=respondents, p=weights / weights.sum())
    grp = rng.choice(len(GROUPS), size=respondents, p=[0.6, 0.3, 0.1])
    mu = 3.5 + rng.normal(0.0, 0.6, respondents)
    answers = np.clip(np.rint(mu[:, None] + rng.normal(0, 0.8, (respondents, len(QUESTIONS)))), 1, 5).astype(int)
    dont_know = rng.random(answers.shape) < DONT_KNOW_SHARE
    header = ["respondent", "kommune", "forsøg", "respondentgruppe", "bølge", *QUESTIONS]
    rows = []
    for i in range(respondents):
        answer_cells = [DONT_KNOW_TEXT if dk else int(a) for a, dk in zip(answers[i], dont_know[i])]
        rows.append(
            [f"SYN-{seed}-{i + 1:06d}", names[mun[i]], EXPERIMENTS[0], GROUPS[grp[i]], WAVES[-1], *answer_cells]
        )
    return header, rows


def wide_upload_xlsx(respondents: int, seed: int = 20240602, base: Path = BENCH_DATA) -> Path:
    """A synthetic wide .xlsx export with ``respondents`` rows, written once with openpyxl and then reused."""
    path = base / f"SYNTETISK-upload-{respondents}-seed{seed}-v{GENERATOR_VERSION}.xlsx"
    if path.is_file():
        return path
    from openpyxl import Workbook

    header, rows = wide_rows(respondents, seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("SYNTETISK data")
    ws.append(header)
    for row in rows:
        ws.append(row)
    note = wb.create_sheet("Om data")
    note.append([LABEL])
    note.append([f"seed {seed}; {respondents} respondents; made by bench/synth.py"])
    buf = io.BytesIO()
    wb.save(buf)
    base.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(path)
    return path
