"""backups, restore, unlock: getting a dossier back, and taking over a lock explicitly."""

from __future__ import annotations

import argparse
from typing import Any

from workbench import backups, lock
from workbench.cli.common import EXIT_OK, Subparsers, command, emit, table


def _backup_dict(b: backups.Backup, number: int) -> dict[str, Any]:
    return {"number": number, "name": b.name, "path": str(b.path), "created": b.created,
            "reason": b.reason, "size": b.size, "schema_version": b.schema_version,
            "title": b.title, "source": b.source}


def cmd_backups(args: argparse.Namespace) -> int:
    made = None
    if args.now:
        made = backups.snapshot(args.file, "manual", keep=args.keep)
    found = backups.list_backups(args.file)
    items = [_backup_dict(b, i) for i, b in enumerate(found, 1)]
    folder = backups.folder_for(args.file)

    def lines() -> list[str]:
        out = [f"made backup {made.name}"] if made else []
        if not found:
            return [*out, f"no backups of {args.file.name} yet (they go to {folder})"]
        rows = [[str(i["number"]), i["created"][:16].replace("T", " "),
                 backups.REASONS.get(i["reason"], i["reason"]), f"{i['size'] // 1024} KB",
                 i["name"]] for i in items]
        out += table(rows, ["#", "made", "why", "size", "name"])
        out.append(f"in {folder}; restore one with: workbench restore {args.file} NUMBER")
        return out

    emit(args, {"folder": str(folder), "backups": items}, lines)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    chosen = backups.resolve(args.file, args.backup)
    saved = backups.restore(args.file, chosen, keep=args.keep)
    result = {"restored": str(chosen), "file": str(args.file),
              "previous_state": str(saved.path) if saved else None}
    lines = [f"restored {args.file} from {chosen.name}"]
    if saved:
        lines.append(f"the state before was saved as backup {saved.name}; "
                     f"restore that to undo this")
    emit(args, result, lines)
    return EXIT_OK


def cmd_unlock(args: argparse.Namespace) -> int:
    holder = lock.read_holder(args.file)
    if holder is None:
        emit(args, {"file": str(args.file), "removed": None}, [f"{args.file} is not locked"])
        return EXIT_OK
    held = lock.acquire(args.file, take_over=True)
    held.release()
    emit(args, {"file": str(args.file), "removed": holder},
         [f"removed the lock of {lock.describe(holder) if holder else 'an unknown session'}"])
    return EXIT_OK


def register(sub: Subparsers) -> None:
    p = command(sub, "backups", "list the automatic backups of a dossier", cmd_backups)
    p.add_argument("--now", action="store_true", help="make a backup first")
    p.add_argument("--keep", type=int, metavar="N",
                   help=f"backups to keep (default {backups.DEFAULT_KEEP})")

    p = command(sub, "restore", "restore a dossier from a backup (itself undoable)", cmd_restore)
    p.add_argument("backup", metavar="BACKUP",
                   help="number from 'workbench backups' (1 = newest), name or path")
    p.add_argument("--keep", type=int, metavar="N", help="backups to keep")

    command(sub, "unlock", "take over the lock of a session that is gone (e.g. another "
            "computer crashed); make sure nobody is editing", cmd_unlock)
