"""Synthetic respondent-level survey data (SYNTETISK / synthetic, seeded) in the data root's documented layout.

``survey_root`` builds a data root like the one real uploads produce (DESIGN §5, §8; frikommune.batches):
one batch per experiment x wave, each with

- ``uploads/answers/<batch>.parquet``: long form, one row per respondent x question (answer 1-5, NULL = "ved ikke"),
- ``uploads/histograms/<batch>.parquet``: answer counts per municipality x experiment x group x question x wave,
  computed once here as ingest computes them,
- an ``upload`` event in ``uploads/log/``, which is what makes the batch visible to the app.

``wide_upload_xlsx`` writes the wide export a consultant uploads (one row per respondent, one column per question).
Nothing here is real: municipalities and experiments are the project's ids, every answer is drawn from a seeded
random generator, and every file says so (file names, Parquet metadata, a SYNTETISK.txt in the root).
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

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from frikommune import batches
from frikommune.storage import open_root

BENCH_DATA = Path(__file__).resolve().parent / "data"
LABEL = "SYNTETISK / synthetic benchmark data - not survey results"
GENERATOR_VERSION = 1  # bump when the generator changes, so cached data sets are rebuilt

# Municipality ids with rough relative sizes (so Aalborg has many respondents and Læsø few, as in reality).
MUNICIPALITIES = {
    "aalborg": 217, "broenderslev": 36, "frederikshavn": 59, "hjoerring": 64, "jammerbugt": 38, "laesoe": 2,
    "mariagerfjord": 42, "morsoe": 20, "rebild": 30, "thisted": 43, "vesthimmerland": 37,
}
EXPERIMENTS = ["r1-04-formkrav-samtaler", "r2-01-rehabiliteringsteams", "r2-03-laegeattester-sygedagpenge",
               "r3-05-mentorregler"]
GROUPS = ["borger", "medarbejder", "virksomhed"]
WAVES = ["2017", "2018", "2019", "2020"]
QUESTIONS = [
    "Jeg blev mødt med respekt", "Samtalen var relevant for mig", "Jeg fik indflydelse på min plan",
    "Jeg ved, hvad der skal ske nu", "Sagsbehandleren havde tid til mig", "Forløbet hjalp mig tættere på job",
    "Der var færre unødige møder", "Kravene gav mening", "Jeg fik hjælp hurtigt nok", "Samlet set er jeg tilfreds",
]
DONT_KNOW_SHARE = 0.04
DONT_KNOW_TEXT = "Ved ikke"

ANSWER_SCHEMA = pa.schema([
    ("batch_id", pa.string()), ("respondent_id", pa.string()), ("municipality_id", pa.string()),
    ("experiment_id", pa.string()), ("respondent_group", pa.string()), ("wave", pa.string()),
    ("question", pa.string()), ("answer", pa.int8()),
])

HISTOGRAM_SQL = """
COPY (
    SELECT batch_id, municipality_id, experiment_id, respondent_group, question, wave,
           CAST(answer AS TINYINT) AS answer, count(*) AS n
    FROM read_parquet($src)
    GROUP BY ALL
    ORDER BY ALL
) TO '{dest}' (FORMAT parquet)
"""


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


def _batch_answers(rng: np.random.Generator, batch_id: str, experiment: str, wave_no: int, respondents: int,
                   mun_effects: np.ndarray, start_id: int) -> pa.Table:
    """One batch in long form: ``respondents`` x len(QUESTIONS) rows."""
    q = len(QUESTIONS)
    weights = np.array(list(MUNICIPALITIES.values()), dtype=float)
    mun = rng.choice(len(MUNICIPALITIES), size=respondents, p=weights / weights.sum()).astype(np.int8)
    grp = rng.choice(len(GROUPS), size=respondents, p=[0.6, 0.3, 0.1]).astype(np.int8)
    q_effects = np.linspace(-0.3, 0.3, q)
    person = rng.normal(0.0, 0.6, respondents)  # respondents differ; answers of one respondent correlate
    mu = (3.5 + mun_effects[mun] + 0.1 * wave_no - 0.15 * grp + person)[:, None] + q_effects[None, :]
    answers = np.clip(np.rint(mu + rng.normal(0.0, 0.8, (respondents, q))), 1, 5).astype(np.int8).ravel()
    dont_know = rng.random(respondents * q) < DONT_KNOW_SHARE

    ids = pa.array(np.arange(start_id, start_id + respondents, dtype=np.int64)).cast(pa.string())
    ids = pc.binary_join_element_wise("SYN", ids, "-")

    def labels(codes: np.ndarray, names: list[str]) -> pa.Array:
        return pa.DictionaryArray.from_arrays(pa.array(codes), pa.array(names)).cast(pa.string())

    rows = respondents * q
    return pa.table({
        "batch_id": pa.array(np.full(rows, batch_id, dtype=object), pa.string()),
        "respondent_id": pc.take(ids, pa.array(np.repeat(np.arange(respondents), q))),
        "municipality_id": labels(np.repeat(mun, q), list(MUNICIPALITIES)),
        "experiment_id": pa.array(np.full(rows, experiment, dtype=object), pa.string()),
        "respondent_group": labels(np.repeat(grp, q), GROUPS),
        "wave": pa.array(np.full(rows, WAVES[wave_no], dtype=object), pa.string()),
        "question": labels(np.tile(np.arange(q, dtype=np.int8), respondents), QUESTIONS),
        "answer": pa.array(answers, pa.int8(), mask=dont_know),
    }, schema=ANSWER_SCHEMA)


def survey_root(answers: int, seed: int = 20240601, base: Path = BENCH_DATA) -> SurveyRoot:
    """A data root holding about ``answers`` synthetic answers; reused when an identical one was built before."""
    q = len(QUESTIONS)
    n_batches = len(EXPERIMENTS) * len(WAVES)
    per_batch = max(1, answers // (q * n_batches))
    root = base / f"survey-{answers}-seed{seed}-v{GENERATOR_VERSION}"
    manifest = root / "SYNTETISK.json"
    if manifest.is_file():
        info = json.loads(manifest.read_text())
        return SurveyRoot(root, info["answers"], info["respondents"], info["batches"], info["answer_files"], seed,
                          0.0, info["histogram_build_s"])

    if root.exists():
        shutil.rmtree(root)  # an interrupted earlier build
    started = time.perf_counter()
    storage = open_root(root)
    rng = np.random.default_rng(seed)
    mun_effects = _municipality_effects(rng)
    con = duckdb.connect()
    answer_files: list[str] = []
    histogram_s = 0.0
    total_rows = 0
    metadata = {b"frikommune.synthetic": LABEL.encode(), b"frikommune.seed": str(seed).encode()}
    for e, experiment in enumerate(EXPERIMENTS):
        for w, wave in enumerate(WAVES):
            batch_id = f"SYNTETISK-{e}{w}-{seed}"
            table = _batch_answers(rng, batch_id, experiment, w, per_batch, mun_effects,
                                   start_id=(e * len(WAVES) + w) * per_batch)
            table = table.replace_schema_metadata(metadata)
            a_path, h_path = batches.answers_path(batch_id), batches.histogram_path(batch_id)
            (root / a_path).parent.mkdir(parents=True, exist_ok=True)
            (root / h_path).parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, root / a_path, compression="zstd")
            t = time.perf_counter()
            con.execute(HISTOGRAM_SQL.format(dest=str(root / h_path).replace("'", "''")),
                        {"src": str(root / a_path)})
            histogram_s += time.perf_counter() - t
            answer_files.append(str(root / a_path))
            total_rows += table.num_rows
            batches.write_event(storage, {
                "event": "upload", "batch_id": batch_id, "time": batches.utc_now_iso(),
                "file_name": f"SYNTETISK-bench-{experiment}-{wave}.parquet",
                "sha256": hashlib.sha256(batch_id.encode()).hexdigest(),
                "rows": table.num_rows, "respondents": per_batch, "file_rows": per_batch,
                "key_name": "bench (synthetic)", "waves": [wave], "municipalities": list(MUNICIPALITIES),
                "experiments": [experiment], "respondent_groups": GROUPS, "questions": QUESTIONS,
                "format": "synthetic", "answers_path": a_path, "histogram_path": h_path, "mapping": {},
            })
    info = {"label": LABEL, "seed": seed, "answers": total_rows, "respondents": per_batch * n_batches,
            "batches": n_batches, "answer_files": answer_files, "histogram_build_s": histogram_s,
            "generated": dt.datetime.now(dt.UTC).isoformat()}
    manifest.write_text(json.dumps(info, indent=1))
    return SurveyRoot(root, total_rows, per_batch * n_batches, n_batches, answer_files, seed,
                      time.perf_counter() - started, histogram_s)


def wide_rows(respondents: int, seed: int) -> tuple[list[str], list[list[object]]]:
    """Header and rows of a wide export (one row per respondent, Danish municipality names, 'Ved ikke')."""
    from frikommune.extract.ids import MUNICIPALITY_IDS

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
        rows.append([f"SYN-{seed}-{i + 1:06d}", names[mun[i]], EXPERIMENTS[0], GROUPS[grp[i]], WAVES[-1],
                     *answer_cells])
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
