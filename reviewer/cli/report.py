"""`reviewer report`: decide a review and write the signed decision PDF."""

from __future__ import annotations

import argparse
import hashlib
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from reviewer.answers import load_answers_file
from reviewer.cli.identity import add_passphrase_option, passphrase
from reviewer.decision import Decision, Outcome, check_decision
from reviewer.errors import ReviewerError
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.report.model import ReportInput, ReviewRecord
from reviewer.report.wording import LANGUAGES
from reviewer.scoring import assess
from reviewer.service import ReviewService
from reviewer.service.signing import person_of
from reviewer.signing.decision_pdf import make_signed_report
from reviewer.signing.files import check_writable, read_input, write_atomically
from reviewer.signing.identity import load_identity
from reviewer.signing.timestamps import configured_tsa_url
from reviewer.validation import describe_errors


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the report command."""
    parser = commands.add_parser("report", help="decide a review and write the signed PDF")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("answers", nargs="?", type=Path, metavar="ANSWERS.json", default=None)
    source.add_argument("--review", metavar="ID", default=None, help="a stored review")
    parser.add_argument(
        "--outcome", required=True, choices=[o.value for o in Outcome], help="your decision"
    )
    parser.add_argument("--rationale", required=True, metavar="TEXT", help="why you decided so")
    parser.add_argument(
        "--condition", action="append", default=[], metavar="TEXT", help="a condition (repeat)"
    )
    parser.add_argument(
        "--escalate-to", metavar="NAME", default=None, help="who an escalation goes to"
    )
    parser.add_argument("--identity", type=Path, required=True, metavar="X.p12")
    add_passphrase_option(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    add_tsa_option(parser)
    parser.add_argument(
        "--language", choices=list(LANGUAGES), default="en", help="the report's language"
    )
    parser.add_argument(
        "--embed-evidence",
        action="store_true",
        help="attach the review's evidence files to the PDF, under the signature",
    )
    parser.set_defaults(handler=_report)


def add_tsa_option(parser: argparse.ArgumentParser) -> None:
    """Add --tsa-url, the timestamp authority (default: REVIEWER_TSA_URL, else none)."""
    parser.add_argument(
        "--tsa-url",
        default=None,
        metavar="URL",
        help="timestamp authority for a B-T signature (default: REVIEWER_TSA_URL; "
        "without one the signing time is your own computer's claim)",
    )


def _report(args: argparse.Namespace) -> int:
    """Assess, check the decision, sign, and write the PDF whole or not at all."""
    check_writable(args.out)
    tsa_url = configured_tsa_url(args.tsa_url)
    if args.review is not None:
        return _report_review(args, tsa_url)
    if args.embed_evidence:
        raise ReviewerError("--embed-evidence needs --review: an answers file has no evidence")
    questionnaire = default_questionnaire()
    answers_file = load_answers_file(args.answers, questionnaire)
    assessment = assess(questionnaire, default_policy_packs(), answers_file.answers)
    outcome = Outcome(args.outcome)
    check_decision(assessment.verdict, outcome, args.condition, args.escalate_to)
    identity = load_identity(args.identity, passphrase(args))
    decided_at = datetime.now(UTC).replace(microsecond=0)
    digest = hashlib.sha256(read_input(args.answers, "an answers file")).hexdigest()
    try:
        decision = Decision(
            outcome=outcome,
            rationale=args.rationale,
            conditions=[c for c in args.condition if c.strip()],
            decided_by=identity.full_name,
            decided_at=decided_at,
            escalate_to=args.escalate_to if outcome is Outcome.ESCALATE else None,
        )
    except ValidationError as exc:
        raise ReviewerError("; ".join(describe_errors(exc))) from None
    report = ReportInput(
        review=ReviewRecord(
            id=f"answers-{digest[:16]}",
            title=answers_file.title,
            organisation=answers_file.organisation,
            answers=answers_file.answers,
        ),
        questionnaire=questionnaire,
        assessment=assessment,
        decision=decision,
        decider=person_of(identity),
        language=args.language,
    )
    signed = make_signed_report(report, identity, tsa_url)
    write_atomically(args.out, signed)
    print(
        f"Wrote {args.out}: {outcome.label}, verdict {assessment.verdict.value}, "
        f"signed by {identity.name}"
    )
    _say_timestamp(tsa_url)
    return 0


def _report_review(args: argparse.Namespace, tsa_url: str | None) -> int:
    """Decide a stored review as the identity's person, sign it, record it, write the PDF.

    The identity is unlocked first, so a wrong passphrase changes nothing in the store. The
    service records the decision, the signature (with the PDF's bytes) and the export; the file
    appears only once its signature is recorded.
    """
    identity = load_identity(args.identity, passphrase(args))
    outcome = Outcome(args.outcome)
    with ReviewService.open(args.database) as service:
        service.decide(
            args.review,
            outcome,
            args.rationale,
            args.condition,
            decider=person_of(identity),
            escalate_to=args.escalate_to,
        )
        signed = service.sign_decision(
            args.review,
            identity,
            args.out,
            tsa_url=tsa_url,
            language=args.language,
            embed_evidence=args.embed_evidence,
        )
        summary = signed.change.review
    verdict = summary.verdict.value if summary.verdict else "-"
    print(
        f"Wrote {args.out}: {summary.reference}, {outcome.label}, verdict {verdict}, signed by "
        f"{signed.signer}; now {summary.status.label.lower()}. The decision, the signature and "
        "the export are in the review's audit trail."
    )
    _say_timestamp(tsa_url)
    return 0


def _say_timestamp(tsa_url: str | None) -> None:
    """Say plainly where the signing time comes from."""
    if tsa_url is None:
        print("No timestamp authority: the signing time is your own computer's claim.")
    else:
        print(f"Timestamped by {tsa_url}.")
