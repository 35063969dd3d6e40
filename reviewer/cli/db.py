"""`reviewer db upgrade|check|push`: the database schema, its integrity and its audit trail."""

from __future__ import annotations

import argparse

from reviewer.cli.push import register_push
from reviewer.cli.storage import open_service
from reviewer.store.database import Store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the db command group."""
    group = commands.add_parser("db", help="upgrade and check the review database")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    sub.add_parser("upgrade", help="apply pending schema migrations").set_defaults(handler=_upgrade)
    sub.add_parser("check", help="run the integrity check and verify the audit trail").set_defaults(
        handler=_check
    )
    register_push(sub)


def _upgrade(args: argparse.Namespace) -> int:
    """Migrate the schema to the version this app knows."""
    with Store.open(args.database, migrate=False) as store:
        before = store.schema()
        after = store.upgrade()
    if before.current == after.current:
        print(f"{store.where}: schema already at {after.current}; nothing to do.")
    else:
        print(
            f"{store.where}: schema upgraded from {before.current or 'empty'} to {after.current}."
        )
    return 0


def _check(args: argparse.Namespace) -> int:
    """Print the integrity and audit results; exit 1 when either fails."""
    with open_service(args) as service:
        report = service.check()
        where = service.store.where
    print(f"Database: {where} (schema {report.schema_revision})")
    if report.integrity_problems:
        print("Integrity check: FAILED")
        for problem in report.integrity_problems:
            print(f"  - {problem}")
    else:
        print("Integrity check: ok")
    audit = report.audit
    if audit.ok:
        print(f"Audit trail: ok ({audit.events} events, {audit.reviews_checked} reviews checked)")
    else:
        print(f"Audit trail: BROKEN: {audit.problem}")
    return 0 if report.ok else 1
