"""The report's own words in English and French: sentence templates with named placeholders.

Only the report's frame is translated here. Questionnaire and policy text is printed in the
language it is written in, until the content itself carries translations.
"""

from __future__ import annotations

import string
from typing import Literal

from reviewer.decision import Outcome
from reviewer.severity import Severity, Verdict

Language = Literal["en", "fr"]
LANGUAGES: tuple[Language, ...] = ("en", "fr")

# Each entry: key -> (English, French). Plural entries end in ".one" and ".other"; French uses
# the singular for 0 and 1, English only for 1.
_TEMPLATES: dict[str, tuple[str, str]] = {
    # Page furniture
    "doc.title": ("Decision: {title}", "Décision : {title}"),
    "doc.subject": ("{reference}: {outcome} ({verdict})", "{reference} : {outcome} ({verdict})"),
    "doc.keywords": ("AI deployment review, decision", "revue de déploiement d'IA, décision"),
    "page.of": ("Page {page} of ", "Page {page} sur "),
    "footer": ("{organisation} · decided {when}", "{organisation} · décidé le {when}"),
    "header.reference": ("{reference}", "{reference}"),
    "header.revision": ("{reference}, revision {revision}", "{reference}, révision {revision}"),
    # The decision sheet
    "sheet.kicker": (
        "Decision on a proposed AI deployment",
        "Décision sur un projet de déploiement d'IA",
    ),
    "sheet.outline": ("Decision sheet", "Fiche de décision"),
    "fact.reference": ("Reference", "Référence"),
    "fact.revision": ("Revision", "Révision"),
    "fact.applicant": ("Applicant", "Demandeur"),
    "fact.system": ("System", "Système"),
    "fact.business_owner": ("Business owner", "Responsable métier"),
    "fact.decided": ("Decided", "Décidé le"),
    "fact.not_given": ("not given", "non renseigné"),
    "fact.no_reference": (
        "none (made from an answers file)",
        "aucune (faite d'un fichier de réponses)",
    ),
    "verdict.line": ("Verdict: {verdict}. {clauses}", "Verdict : {verdict}. {clauses}"),
    "verdict.clauses.none": ("No policy clause triggered.", "Aucune clause déclenchée."),
    "verdict.clauses.one": ("{count} policy clause triggered.", "{count} clause déclenchée."),
    "verdict.clauses.other": (
        "{count} policy clauses triggered.",
        "{count} clauses déclenchées.",
    ),
    "verdict.provisional.one": (
        "Provisional: {count} required question was not answered.",
        "Provisoire : {count} question obligatoire est restée sans réponse.",
    ),
    "verdict.provisional.other": (
        "Provisional: {count} required questions were not answered.",
        "Provisoire : {count} questions obligatoires sont restées sans réponse.",
    ),
    "clauses.heading": ("Triggered clauses", "Clauses déclenchées"),
    "clauses.none": (
        "No policy clause triggered for these answers.",
        "Aucune clause de politique n'est déclenchée par ces réponses.",
    ),
    "clauses.detail": (
        "Why each clause triggered, and the exceptions weighed: Annex {annex}.",
        "Pourquoi chaque clause s'applique, et les exceptions examinées : annexe {annex}.",
    ),
    "clauses.exceptions.one": (
        "{count} exception kept a clause from applying: Annex {annex}.",
        "{count} exception a écarté une clause : annexe {annex}.",
    ),
    "clauses.exceptions.other": (
        "{count} exceptions kept clauses from applying: Annex {annex}.",
        "{count} exceptions ont écarté des clauses : annexe {annex}.",
    ),
    "rationale.heading": ("Rationale", "Motivation"),
    "conditions.heading": ("Conditions of approval", "Conditions de l'approbation"),
    "conditions.none": (
        "The reviewer set no conditions.",
        "Le réviseur n'a fixé aucune condition.",
    ),
    "conditions.noted": (
        "Also noted by the reviewer:",
        "Le réviseur note également :",
    ),
    "obligations.apply.one": (
        "{count} obligation follows from the triggered clauses and applies as well; Annex "
        "{annex} lists it as a checklist.",
        "{count} obligation découle des clauses déclenchées et s'applique aussi ; l'annexe "
        "{annex} la présente sous forme de liste de contrôle.",
    ),
    "obligations.apply.other": (
        "{count} obligations follow from the triggered clauses and apply as well; Annex "
        "{annex} lists them as a checklist.",
        "{count} obligations découlent des clauses déclenchées et s'appliquent aussi ; "
        "l'annexe {annex} les présente sous forme de liste de contrôle.",
    ),
    "follows.heading": ("What follows from this decision", "Ce qui découle de cette décision"),
    "follows.prohibited.reject": (
        "The use is prohibited: it may not be deployed, with or without conditions. A changed "
        "proposal that no longer includes the prohibited use needs a new review.",
        "L'usage est interdit : il ne peut pas être déployé, avec ou sans conditions. Une "
        "proposition modifiée qui n'inclut plus l'usage interdit demande une nouvelle revue.",
    ),
    "follows.prohibited.escalate": (
        "The use appears prohibited and cannot be approved. The case is referred to a higher "
        "authority; the system may not be deployed in the meantime.",
        "L'usage paraît interdit et ne peut pas être approuvé. Le dossier est transmis à "
        "l'échelon supérieur ; le système ne peut pas être déployé d'ici là.",
    ),
    "follows.reject": (
        "The deployment may not go ahead as proposed. A changed proposal needs a new review.",
        "Le déploiement ne peut pas avoir lieu tel que proposé. Une proposition modifiée "
        "demande une nouvelle revue.",
    ),
    "follows.escalate": (
        "The case is referred to a higher authority. The system may not be deployed until "
        "that authority decides.",
        "Le dossier est transmis à l'échelon supérieur. Le système ne peut pas être déployé "
        "avant sa décision.",
    ),
    "versions": (
        "Assessed against the questionnaire “{questionnaire}” version {questionnaire_version} "
        "and the policy {packs}. Hashes: Annex {annex}.",
        "Évalué selon le questionnaire « {questionnaire} » version {questionnaire_version} "
        "et la politique {packs}. Empreintes : annexe {annex}.",
    ),
    "versions.pack": ("{id} {version}", "{id} {version}"),
    "versions.no_pack": ("(no policy pack)", "(aucun paquet de politique)"),
    "signatures.heading": ("Signatures", "Signatures"),
    "signature.reviewer": ("Reviewer", "Réviseur"),
    "signature.approver": ("Approver", "Approbateur"),
    # Drawn inside the boxes, under where the signatures' stamps go; text extraction still reads
    # them after signing, so they must stay true once the box is signed.
    "signature.reviewer.empty": (
        "The reviewer's digital signature appears here.",
        "La signature numérique du réviseur figure ici.",
    ),
    "signature.approver.empty": (
        "The approver's countersignature appears here. Until it does, no second person has "
        "approved this decision.",
        "La contresignature de l'approbateur figure ici. Tant qu'elle n'y figure pas, aucune "
        "seconde personne n'a approuvé cette décision.",
    ),
    "signature.approver.unassigned": (
        "Not assigned yet; anyone but the reviewer may countersign",
        "Pas encore désigné ; toute personne autre que le réviseur peut contresigner",
    ),
    # The visible signature stamps, drawn inside the boxes when a field is signed. Verification
    # draws them again and demands the exact drawing, so a released wording never changes: the
    # English one is what every stamp said before stamps spoke the report's language.
    "stamp.reviewer": ("Reviewed and certified", "Examiné et certifié"),
    # The approver concurs with the decision, whatever it is: never "Approved".
    "stamp.approver": (
        "Countersigned: concurs with this decision",
        "Contresigné : souscrit à cette décision",
    ),
    "stamp.signed_by": ("Signed by {signer}", "Signé par {signer}"),
    "stamp.signed_at": ("Signing time: {when}", "Date de signature : {when}"),
    "stamp.timestamped": (
        "Time confirmed by a timestamp authority",
        "Heure confirmée par une autorité d'horodatage",
    ),
    "stamp.no_timestamp": (
        "No timestamp: the time is the signer's own claim",
        "Sans horodatage : l'heure est déclarée par le signataire",
    ),
    "stamp.check": (
        "Check this signature in your PDF reader's signature panel.",
        "À vérifier dans le panneau des signatures du lecteur PDF.",
    ),
    "signature.note": (
        "A signature shows who signed and that nothing changed since. Check both in your PDF "
        "reader's signature panel or with “reviewer verify”. Without a timestamp authority, "
        "the signing time is the signer's own claim. A machine-readable copy, {payload}, is "
        "attached and covered by the signatures.",
        "Une signature montre qui a signé et que rien n'a changé depuis. Vérifiez-les dans le "
        "panneau des signatures de votre lecteur PDF ou avec « reviewer verify ». Sans "
        "autorité d'horodatage, l'heure de signature est celle que déclare le signataire. Une "
        "copie lisible par machine, {payload}, est jointe et couverte par les signatures.",
    ),
    # Annexes
    "annex.heading": ("Annex {letter}. {title}", "Annexe {letter}. {title}"),
    "annex.clauses": ("Triggered clauses in detail", "Détail des clauses déclenchées"),
    "annex.obligations": ("Obligations checklist", "Liste de contrôle des obligations"),
    "annex.answers": ("The answers", "Les réponses"),
    "annex.questionnaires": ("Further assessments", "Évaluations complémentaires"),
    "questionnaires.intro": (
        "Assessments the review owes beyond the intake, such as the fundamental rights impact "
        "assessment of Article 27 of the AI Act, each with the exact version it was answered in.",
        "Évaluations que la revue doit en plus du questionnaire d'entrée, comme l'analyse "
        "d'impact sur les droits fondamentaux de l'article 27 du règlement sur l'IA, chacune "
        "avec la version exacte dans laquelle elle a été remplie.",
    ),
    "questionnaires.pin": (
        "Answered in {id} version {version}, sha256 {sha256}.",
        "Remplie dans {id} version {version}, sha256 {sha256}.",
    ),
    "questionnaires.missing.one": (
        "{count} required question is unanswered.",
        "{count} question obligatoire est sans réponse.",
    ),
    "questionnaires.missing.other": (
        "{count} required questions are unanswered.",
        "{count} questions obligatoires sont sans réponse.",
    ),
    "questionnaires.complete": (
        "Every required question is answered.",
        "Toutes les questions obligatoires ont une réponse.",
    ),
    "annex.evidence": ("Evidence", "Pièces justificatives"),
    "annex.pins": ("Versions, identifiers and hashes", "Versions, identifiants et empreintes"),
    "annex.audit": ("Audit excerpt", "Extrait du journal d'audit"),
    "clause.summary": ("Clause summary", "Résumé de la clause"),
    "clause.citation": ("Citation", "Référence juridique"),
    "clause.citation.value": (
        "{source}, {article}<br/>{url} (read {read})",
        "{source}, {article}<br/>{url} (consulté le {read})",
    ),
    "clause.why": ("Why it triggered", "Pourquoi elle s'applique"),
    "clause.answers": ("Answers it rests on", "Réponses en cause"),
    "clause.weighed": ("Exceptions weighed", "Exceptions examinées"),
    "clause.obligations": ("Obligations", "Obligations"),
    "clause.obligations.value.one": (
        "item {items} of Annex {annex}",
        "point {items} de l'annexe {annex}",
    ),
    "clause.obligations.value.other": (
        "items {items} of Annex {annex}",
        "points {items} de l'annexe {annex}",
    ),
    "clause.none": ("none", "aucune"),
    "exceptions.heading": ("Exceptions that applied", "Exceptions retenues"),
    "exceptions.line": (
        "{clause}: {exception}. Why: {why}.",
        "{clause} : {exception}. Motif : {why}.",
    ),
    "obligations.intro": (
        "Each obligation is printed once, with the clauses it comes from. The review does not "
        "record whether each is met; tick each box when it is, or write “not applicable” "
        "with a reason.",
        "Chaque obligation figure une seule fois, avec les clauses dont elle découle. La revue "
        "n'enregistre pas si chacune est remplie ; cochez chaque case lorsqu'elle l'est, ou "
        "écrivez « sans objet » avec un motif.",
    ),
    "obligations.col.item": ("Item", "Point"),
    "obligations.col.obligation": ("Obligation", "Obligation"),
    "obligations.col.from": ("From", "Source"),
    "obligations.col.status": ("Met", "Rempli"),
    # The checklist as the store kept it when the decision was signed (reports that carry it).
    "obligations.tally.one": (
        "{count} obligation follows from the triggered clauses. When the decision was signed: "
        "met {met}, not applicable {not_applicable}, to do {to_do}; Annex {annex} lists it "
        "with its state.",
        "{count} obligation découle des clauses déclenchées. À la signature de la décision : "
        "remplies {met}, sans objet {not_applicable}, à faire {to_do} ; l'annexe {annex} la "
        "présente avec son état.",
    ),
    "obligations.tally.other": (
        "{count} obligations follow from the triggered clauses. When the decision was signed: "
        "met {met}, not applicable {not_applicable}, to do {to_do}; Annex {annex} lists them "
        "with their state.",
        "{count} obligations découlent des clauses déclenchées. À la signature de la "
        "décision : remplies {met}, sans objet {not_applicable}, à faire {to_do} ; l'annexe "
        "{annex} les présente avec leur état.",
    ),
    "obligations.intro.checklist": (
        "Each obligation is printed once, with the clauses it comes from and its state in the "
        "review's checklist when the decision was signed: ☑ met, ⊟ not applicable (with the "
        "reason), ☐ to do. Marks made after signing are recorded in the review's audit trail.",
        "Chaque obligation figure une seule fois, avec les clauses dont elle découle et son "
        "état dans la liste de contrôle de la revue à la signature de la décision : ☑ remplie, "
        "⊟ sans objet (avec le motif), ☐ à faire. Les marques posées après la signature sont "
        "consignées dans le journal d'audit de la revue.",
    ),
    "obligations.col.state": ("State", "État"),
    "obligations.state.met": ("Met", "Remplie"),
    "obligations.state.not-applicable": ("Not applicable", "Sans objet"),
    "obligations.state.to-do": ("To do", "À faire"),
    "obligations.premarked": (
        "Pre-marked met: answered {answers}.",
        "Pré-cochée, remplie par la réponse : {answers}.",
    ),
    "obligations.reason": ("Not applicable: {reason}", "Sans objet : {reason}"),
    "obligations.evidence": ("Evidence: {files}", "Justificatifs : {files}"),
    "obligations.marked_by": ("Marked by {who}.", "Marquée par {who}."),
    "answers.col.question": ("Question", "Question"),
    "answers.col.answer": ("Answer", "Réponse"),
    "answers.not_answered": ("not answered", "sans réponse"),
    "evidence.none": (
        "No evidence files are attached to this review.",
        "Aucune pièce justificative n'est jointe à cette revue.",
    ),
    "evidence.col.file": ("File", "Fichier"),
    "evidence.col.size": ("Size", "Taille"),
    "evidence.size": ("{size} bytes", "{size} octets"),
    "evidence.intro": (
        "The review's files, identified by their sha256. When the report is made with the "
        "evidence attached, each file is attached to this PDF as “evidence/N-name”, under "
        "the signatures, and must have the hash shown here.",
        "Les fichiers de la revue, identifiés par leur sha256. Lorsque le rapport est produit "
        "avec les pièces jointes, chaque fichier est joint à ce PDF sous le nom "
        "« evidence/N-nom », sous les signatures, et doit avoir l'empreinte indiquée ici.",
    ),
    "pins.intro": (
        "The assessment was made against exactly these versions; each hash is the sha256 of "
        "the file's canonical content. Report generated by {generator}.",
        "L'évaluation a été faite selon exactement ces versions ; chaque empreinte est le "
        "sha256 du contenu canonique du fichier. Rapport produit par {generator}.",
    ),
    "pins.col.kind": ("Kind", "Nature"),
    "pins.col.id": ("Identifier and version", "Identifiant et version"),
    "pins.questionnaire": ("Questionnaire", "Questionnaire"),
    "pins.pack": ("Policy pack", "Paquet de politique"),
    "pins.review": ("Review record", "Dossier de revue"),
    "pins.clauses": ("Triggered clause identifiers", "Identifiants des clauses déclenchées"),
    "audit.none": (
        "No audit trail: this report was made from an answers file, not a stored review.",
        "Pas de journal d'audit : ce rapport a été fait d'un fichier de réponses, non d'une "
        "revue enregistrée.",
    ),
    "audit.anchor": (
        "Audit anchor: the hash of the last event above is {anchor}. Each event's hash covers "
        "the one before it, so “reviewer audit verify --anchor” with this value shows whether "
        "the trail up to this event was later rewritten.",
        "Ancre d'audit : l'empreinte du dernier événement ci-dessus est {anchor}. L'empreinte "
        "de chaque événement couvre la précédente ; « reviewer audit verify --anchor » avec "
        "cette valeur montre si le journal jusqu'à cet événement a été réécrit depuis.",
    ),
    "audit.no_anchor": (
        "No audit anchor was recorded with this report.",
        "Aucune ancre d'audit n'a été enregistrée avec ce rapport.",
    ),
}

_OUTCOMES: dict[Outcome, tuple[str, str]] = {
    Outcome.APPROVE: ("Approved", "Approuvé"),
    Outcome.APPROVE_WITH_CONDITIONS: ("Approved with conditions", "Approuvé sous conditions"),
    Outcome.REJECT: ("Rejected", "Rejeté"),
    Outcome.ESCALATE: ("Escalated for decision", "Transmis pour décision"),
}
_VERDICTS: dict[Verdict, tuple[str, str]] = {
    Verdict.PROHIBITED: ("prohibited use", "usage interdit"),
    Verdict.HIGH: ("high risk", "risque élevé"),
    Verdict.LIMITED: ("limited risk", "risque limité"),
    Verdict.MINIMAL: ("minimal risk", "risque minimal"),
}
_SEVERITIES: dict[Severity, tuple[str, str]] = {
    Severity.PROHIBITED: ("Prohibited", "Interdit"),
    Severity.HIGH: ("High", "Élevé"),
    Severity.LIMITED: ("Limited", "Limité"),
    Severity.MINIMAL: ("Minimal", "Minimal"),
}


def placeholders(template: str) -> set[str]:
    """Return the names of a template's placeholders."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Wording:
    """The report's words in one language."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self._index = LANGUAGES.index(language)

    def __call__(self, key: str, **values: object) -> str:
        """Fill one template; values are inserted as given, so escape markup before."""
        return _TEMPLATES[key][self._index].format(**values)

    def count(self, key: str, count: int, **values: object) -> str:
        """Fill the singular or plural form of a template for a count."""
        singular = count == 1 or (self.language == "fr" and count == 0)
        return self(f"{key}.{'one' if singular else 'other'}", count=count, **values)

    def number(self, value: int) -> str:
        """Write a whole number with the language's thousands separator."""
        grouped = f"{value:,}"
        return grouped.replace(",", "\u202f") if self.language == "fr" else grouped

    def outcome(self, outcome: Outcome) -> str:
        """Return the outcome as a decision stated in words ("Approved with conditions")."""
        return _OUTCOMES[outcome][self._index]

    def verdict(self, verdict: Verdict) -> str:
        """Return the verdict in words, in lower case ("high risk")."""
        return _VERDICTS[verdict][self._index]

    def severity(self, severity: Severity) -> str:
        """Return a clause severity in words ("High")."""
        return _SEVERITIES[severity][self._index]


def report_language(code: str) -> Language:
    """Return the report language for an interface language code; English when it has none."""
    for language in LANGUAGES:
        if code.lower().startswith(language):
            return language
    return "en"


def wording(language: Language) -> Wording:
    """Return the report's words in a language."""
    return Wording(language)


def catalogue() -> dict[str, tuple[str, str]]:
    """Return every template, for tests that check both languages say the same things."""
    return dict(_TEMPLATES)
