"""Command line: ``python -m frikommune.ingest FILE [FILE...] [--data-root DIR] [--dry-run] [--json]``.

Exit status: 0 when every file is accepted, 1 when any is rejected, 2 on a usage error (bad option, a file
that cannot be opened, a data root that is not a folder). Each file is its own all-or-nothing batch.
The log records the uploader as ``cli:<user>``: whoever can run this can already write the data root.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from frikommune.data.config import data_root


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m frikommune.ingest",
        description="Valider og gem survey-eksporter (.xlsx/.csv) som batches. "
        "Validate and store survey exports (.xlsx/.csv) as batches.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="files to upload (.xlsx or .csv)")
    p.add_argument("--data-root", default=None, help="data root (default: the configured one)")
    p.add_argument("--dry-run", action="store_true", help="validate only; store nothing")
    p.add_argument("--json", action="store_true", help="print a machine-readable report")
    return p


def _key_name() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        user = "unknown"
    return f"cli:{user}"


def _print_human(result, out) -> None:
    if result.accepted:
        verb = "OK (tørkørsel / dry run)" if result.dry_run else "GEMT / STORED"
        batch = f" batch {result.batch_id}," if result.batch_id else ""
        print(
            f"{verb} {result.file_name}:{batch} {result.rows} rækker/rows (svar/answers), "
            f"{result.respondents} respondenter/respondents, bølger/waves: {', '.join(result.waves)}",
            file=out,
        )
    else:
        print(f"AFVIST / REJECTED {result.file_name}:", file=out)
    for issue in result.issues:
        where = []
        if issue.row is not None:
            where.append(f"række/row {issue.row}")
        if issue.column is not None:
            where.append(f"kolonne/column »{issue.column}«")
        prefix = ", ".join(where) or "fil/file"
        tag = "" if issue.severity == "error" else " (advarsel/warning)"
        print(f"  - {prefix} [{issue.code}]{tag}", file=out)
        print(f"      da: {issue.message_da}", file=out)
        print(f"      en: {issue.message_en}", file=out)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)  # exits with 2 on a usage error
    root = args.data_root or data_root()
    if "://" not in root and not Path(root).is_dir():
        print(f"fejl/error: data root is not a folder: {root}", file=sys.stderr)
        return 2
    payloads = []
    for name in args.files:
        try:
            payloads.append((name, Path(name).read_bytes()))
        except OSError as exc:
            print(f"fejl/error: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
            return 2

    from frikommune.ingest import ingest

    key_name = _key_name()
    results = [
        ingest(data, os.path.basename(name), root, key_name=key_name, dry_run=args.dry_run) for name, data in payloads
    ]
    ok = all(r.accepted for r in results)
    if args.json:
        json.dump(
            {"accepted": ok, "data_root": str(root), "dry_run": args.dry_run, "files": [r.to_dict() for r in results]},
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        sys.stdout.write("\n")
    else:
        for r in results:
            _print_human(r, sys.stdout)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
