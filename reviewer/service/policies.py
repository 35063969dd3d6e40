"""Policy pack versions in the store, and re-assessing reviews against the current ones."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from sqlalchemy.orm import Session

from reviewer import limits
from reviewer.errors import (
    ValidationProblems,
)
from reviewer.library import default_policy_packs
from reviewer.policy import PolicyPack, check_pack_against, parse_policy_pack
from reviewer.reassessment import diff_assessments
from reviewer.records import (
    PackVersion,
    ReassessmentDiff,
    ReviewChange,
)
from reviewer.scoring import assess
from reviewer.service.base import ServiceBase
from reviewer.service.lifecycle import draft_revision
from reviewer.severity import Verdict
from reviewer.signing.files import read_input
from reviewer.signing.pack_signature import PackSignatureError, signature_path, verify_pack_bytes
from reviewer.store import repository as repo
from reviewer.store.audit import (
    EventKind,
)
from reviewer.store.changes import (
    change_of,
    load_for_change,
    record_change,
    score_revision,
)
from reviewer.store.creation import (
    pin_current_packs,
)
from reviewer.store.models import ReviewRow, RevisionRow
from reviewer.store.policies import (
    import_pack,
    pack_versions,
    stored_packs,
    unaudited_pack_hashes,
)
from reviewer.yamlio import decode_text, parse_yaml_mapping, read_capped


class PolicyService(ServiceBase):
    """Policy versions and re-assessment."""

    def import_policy_pack(
        self, path: str | Path, *, require_signed: bool = False, signature: Path | None = None
    ) -> tuple[PackVersion, bool]:
        """Validate a pack file and store it as the current version of its pack.

        Nothing is stored from an invalid file, nor from one whose id and version already
        name other content (PackLabelError). A signature beside the file (`PACK.yaml.p7s`,
        or `signature`) must come from a policy owner the trust store vouches for; with
        `require_signed`, an unsigned file is refused. The bytes checked are the bytes
        parsed. Returns the version and whether it was new.
        """
        path = Path(path)
        raw = read_capped(path, limits.MAX_YAML_BYTES, "a policy pack")
        sig_path = signature or signature_path(path)
        signed_by: dict[str, str] | None = None
        if signature is not None or require_signed or sig_path.exists():
            if not sig_path.exists():
                raise PackSignatureError(
                    f"{path}: no signature found at {sig_path}; a signed pack is required "
                    "(ask the policy owner for the .p7s made by `reviewer policy sign`)"
                )
            checked = verify_pack_bytes(
                raw, read_input(sig_path, "a pack signature (.p7s)"), _trusted_roots(), str(path)
            )
            signed_by = {"signed_by": checked.signer, "signer_sha256": checked.certificate_sha256}
        data = parse_yaml_mapping(decode_text(raw, str(path)), str(path))
        pack = parse_policy_pack(data, str(path), self.questionnaire)
        return self.store_policy_pack(pack, signed_by)

    def store_policy_pack(
        self, pack: PolicyPack, signed_by: dict[str, str] | None = None
    ) -> tuple[PackVersion, bool]:
        """Store an already validated pack as the current version of its pack."""
        problems = check_pack_against(pack, self.questionnaire)
        if problems:
            raise ValidationProblems(f"policy pack {pack.id} {pack.version}", problems)
        with self.store.write() as session:
            version, created = import_pack(
                session, pack, default_policy_packs(), self.actor, signed_by
            )
        self._packs = self._given_packs
        return version, created

    def stored_packs(self) -> list[PolicyPack]:
        """Return every stored pack version the audit trail accounts for, oldest first."""
        with self.store.read() as session:
            return stored_packs(session)

    def policy_versions(self) -> list[PackVersion]:
        """List every stored policy pack version."""
        with self.store.read() as session:
            return pack_versions(session)

    def unaudited_pack_hashes(self) -> set[str]:
        """Return the hashes of stored pack versions added outside Reviewer (never current)."""
        with self.store.read() as session:
            return unaudited_pack_hashes(session)

    def preview_reassessment(self, review_id: str) -> ReassessmentDiff:
        """Show what re-assessing against the current policy would change, saving nothing."""
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            return self._reassessment(session, review, repo.current_revision(session, review))

    def reassess(
        self, review_id: str, *, expected_version: int | None = None
    ) -> tuple[ReassessmentDiff, ReviewChange]:
        """Re-assess against the current policy, pin it, and say what changed."""
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision = draft_revision(session, review)
            new_revision = False
            diff = self._reassessment(session, review, revision)
            previous = Verdict(review.verdict) if review.verdict else None
            repo.pin_packs(session, revision, pin_current_packs(session, self.packs, self.actor))
            score_revision(review, revision, repo.questionnaire_of(revision), self.packs)
            session.flush()
            detail = {"packs": [f"{p.id}@{p.version}" for p in self.packs]}
            record_change(session, review, revision, EventKind.ASSESS, detail, actor=self.actor)
            change = change_of(session, review, ["assessment"], previous, new_revision)
            return diff, change

    def _reassessment(
        self, session: Session, review: ReviewRow, revision: RevisionRow
    ) -> ReassessmentDiff:
        """Compare the stored assessment with one against the current packs."""
        old = repo.assessment_of(revision)
        new = assess(repo.questionnaire_of(revision), self.packs, repo.answers_of(revision))
        return ReassessmentDiff(
            review_id=review.id,
            old_verdict=old.verdict if old else None,
            new_verdict=new.verdict,
            old_pins=old.pins if old else None,
            new_pins=new.pins,
            changes=diff_assessments(old, new),
            assessment=new,
        )


def _trusted_roots() -> list[x509.Certificate]:
    """Return the certificates of the trust store, which vouch for policy owners too."""
    from reviewer.signing.trust import list_roots

    return [root.certificate for root in list_roots()]
