"""Policy pack versions in the store, and re-assessing reviews against the current ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cryptography import x509

from reviewer import limits
from reviewer.errors import (
    ValidationProblems,
)
from reviewer.library import default_policy_packs
from reviewer.policy import PolicyPack, check_pack_against, parse_policy_pack
from reviewer.records import (
    PackVersion,
)
from reviewer.service.base import ServiceBase
from reviewer.signing.files import read_input
from reviewer.signing.pack_signature import PackSignatureError, signature_path, verify_pack_bytes
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

    def pack_by_sha256(self) -> Callable[[str], PolicyPack | None]:
        """Return a look-up of the stored (audited) pack versions by content hash.

        Verification re-scores a report's answers against the packs it pins: the shipped ones,
        and with this, every version this store has imported.
        """
        by_hash = {pack.sha256: pack for pack in self.stored_packs()}
        return by_hash.get

    def policy_versions(self) -> list[PackVersion]:
        """List every stored policy pack version."""
        with self.store.read() as session:
            return pack_versions(session)

    def unaudited_pack_hashes(self) -> set[str]:
        """Return the hashes of stored pack versions added outside Reviewer (never current)."""
        with self.store.read() as session:
            return unaudited_pack_hashes(session)


def _trusted_roots() -> list[x509.Certificate]:
    """Return the certificates of the trust store, which vouch for policy owners too."""
    from reviewer.signing.trust import list_roots

    return [root.certificate for root in list_roots()]
