"""Render page 1 of sample decision reports, in English and French, into docs/report/.

Four shipped examples, one per verdict class (prohibited, high, limited and minimal risk), are
assessed against the shipped content, decided, signed by a throwaway reviewer identity, and,
for the high-risk one, countersigned by a throwaway approver. Page 1 of each signed PDF is then
drawn with Poppler's pdftoppm. Run from the repository root:

    PYTHONPATH=. .venv/bin/python scripts/render_report_samples.py [--out docs/report]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reviewer.answers import load_answers_file
from reviewer.decision import Decision, Outcome
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.report.model import Person, ReportInput, ReviewRecord
from reviewer.report.wording import Language
from reviewer.resources import examples_dir
from reviewer.scoring import assess
from reviewer.signing.decision_pdf import make_signed_report
from reviewer.signing.identity import Identity, create_identity, load_identity
from reviewer.signing.sign import countersign_report

DECIDED_AT = datetime(2026, 11, 30, 14, 5, tzinfo=UTC)
REVIEWER = Person(
    name="Zoé Dupont", email="zoe@example.org", organisation="Acme SA", role="AI compliance officer"
)
APPROVER = Person(name="Bob Martin", organisation="Acme SA", role="Chief risk officer")


@dataclass(frozen=True)
class Sample:
    """One sample report: which example, how it was decided, and in whose words."""

    name: str
    example: str
    reference: str
    system: str
    outcome: Outcome
    rationale: dict[Language, str]
    conditions: dict[Language, list[str]]
    countersigned: bool


SAMPLES = [
    Sample(
        name="prohibited",
        example="face-scraping-database",
        reference="R-2026-0031",
        system="FaceIndex 3.0",
        outcome=Outcome.REJECT,
        rationale={
            "en": "Building a face database by scraping images from the internet is prohibited "
            "outright. No safeguard described in the intake changes that.",
            "fr": "Constituer une base de visages en moissonnant des images sur internet est "
            "interdit sans exception. Aucune garantie décrite dans le questionnaire n'y change "
            "rien.",
        },
        conditions={"en": [], "fr": []},
        countersigned=False,
    ),
    Sample(
        name="high-risk",
        example="cv-screening-recruitment",
        reference="R-2026-0044",
        system="TalentRank 2.4",
        outcome=Outcome.APPROVE_WITH_CONDITIONS,
        rationale={
            "en": "Ranking applicants is a high-risk use. The vendor's documentation and the "
            "recruiters' review of every rejection address the main risks, provided the "
            "conditions below are met before go-live.",
            "fr": "Classer des candidats est un usage à haut risque. La documentation du "
            "fournisseur et la relecture de chaque refus par un recruteur couvrent les "
            "principaux risques, sous réserve des conditions ci-dessous avant la mise en "
            "service.",
        },
        conditions={
            "en": [
                "A recruiter reviews every automated rejection before it is sent.",
                "Bias testing by gender and age is repeated every six months.",
            ],
            "fr": [
                "Un recruteur relit chaque refus automatisé avant son envoi.",
                "Les tests de biais par sexe et par âge sont refaits tous les six mois.",
            ],
        },
        countersigned=True,
    ),
    Sample(
        name="limited-risk",
        example="customer-support-chatbot",
        reference="R-2026-0047",
        system="HelpDesk Assistant 5",
        outcome=Outcome.APPROVE,
        rationale={
            "en": "A customer chatbot: people must be told they are talking to a machine, which "
            "the first message of every conversation does.",
            "fr": "Un agent conversationnel pour la clientèle : les personnes doivent savoir "
            "qu'elles parlent à une machine, ce que dit le premier message de chaque échange.",
        },
        conditions={"en": [], "fr": []},
        countersigned=False,
    ),
    Sample(
        name="minimal-risk",
        example="internal-document-summariser",
        reference="R-2026-0052",
        system="DocDigest 1.2",
        outcome=Outcome.APPROVE,
        rationale={
            "en": "An internal summariser of the company's own documents, with no decisions "
            "about people: no clause applies.",
            "fr": "Un outil interne de résumé des documents de l'entreprise, sans décision sur "
            "des personnes : aucune clause ne s'applique.",
        },
        conditions={"en": [], "fr": []},
        countersigned=False,
    ),
]


def report_for(sample: Sample, language: Language) -> ReportInput:
    """Assess a sample's example and decide it as the sample says."""
    questionnaire = default_questionnaire()
    answers_file = load_answers_file(examples_dir() / f"{sample.example}.json", questionnaire)
    return ReportInput(
        review=ReviewRecord(
            id=f"sample-{sample.name}",
            reference=sample.reference,
            revision=1,
            system=sample.system,
            business_owner="Operations",
            title=answers_file.title,
            organisation=answers_file.organisation,
            answers=answers_file.answers,
        ),
        questionnaire=questionnaire,
        assessment=assess(questionnaire, default_policy_packs(), answers_file.answers),
        decision=Decision(
            outcome=sample.outcome,
            rationale=sample.rationale[language],
            conditions=sample.conditions[language],
            decided_by=REVIEWER.name,
            decided_at=DECIDED_AT,
        ),
        decider=REVIEWER,
        approver=APPROVER,
        language=language,
    )


def _identity(folder: Path, person: Person) -> Identity:
    """Create and load a throwaway identity for a person."""
    email = person.email or f"{person.name.split()[0].lower()}@example.org"
    p12, _ = create_identity(person.name, email, person.organisation or "", b"sample")
    path = folder / f"{email.split('@')[0]}.p12"
    path.write_bytes(p12)
    return load_identity(path, b"sample")


def render(out: Path) -> list[Path]:
    """Sign every sample in both languages and draw its page 1; return the PNG files."""
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is missing: install poppler-utils")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="reviewer-samples-") as temp:
        folder = Path(temp)
        reviewer, approver = _identity(folder, REVIEWER), _identity(folder, APPROVER)
        for sample in SAMPLES:
            for language in ("en", "fr"):
                signed = make_signed_report(report_for(sample, language), reviewer)
                if sample.countersigned:
                    signed = countersign_report(signed, approver, sample.name)
                pdf = folder / f"{sample.name}-{language}.pdf"
                pdf.write_bytes(signed)
                stem = out / f"{sample.name}-{language}"
                page_1 = ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"]
                subprocess.run(["pdftoppm", *page_1, str(pdf), str(stem)], check=True)
                written.append(stem.with_suffix(".png"))
    return written


def main() -> None:
    """Parse the output folder and render the samples."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/report"), metavar="DIR")
    for path in render(parser.parse_args().out):
        print(path)


if __name__ == "__main__":
    main()
