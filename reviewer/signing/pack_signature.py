"""Signed policy packs: a detached CMS signature over the pack file by a trusted policy owner.

The signature sits beside the pack as `PACK.yaml.p7s` and covers the file's exact bytes. A
policy owner signs with their signing identity; whoever imports checks it against the trust
store, so a pack is accepted only from someone the organisation's root vouches for.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from reviewer.errors import ReviewerError
from reviewer.signing.identity import Identity, subject_text
from reviewer.signing.library_logs import route_library_logs

SIGNATURE_SUFFIX = ".p7s"


class PackSignatureError(ReviewerError):
    """A policy pack's signature is missing, broken, or not from a trusted policy owner."""


@dataclass(frozen=True)
class PackSignature:
    """Who signed a pack file, checked against the trust store."""

    signer: str
    certificate_sha256: str
    file_sha256: str


def signature_path(pack_path: Path) -> Path:
    """Return where a pack's detached signature is kept: beside it, with `.p7s` added."""
    return pack_path.with_name(pack_path.name + SIGNATURE_SUFFIX)


def sign_pack_bytes(data: bytes, identity: Identity) -> bytes:
    """Return a detached CMS signature (DER) over a pack file's exact bytes."""
    route_library_logs()
    signed = asyncio.run(identity.signer.async_sign_general_data(data, "sha256", detached=True))
    der: bytes = signed.dump()
    return der


def verify_pack_bytes(
    data: bytes, signature: bytes, roots: list[x509.Certificate], source: str
) -> PackSignature:
    """Check a detached signature over a pack file against the trusted roots.

    Raises PackSignatureError naming the file and what is wrong: not a signature, the file
    changed since it was signed, or a signer the trust store does not vouch for.
    """
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

    route_library_logs()
    try:
        info = cms.ContentInfo.load(signature)
        signed_data = info["content"]
        if info["content_type"].native != "signed_data":
            raise ValueError("not signed data")
    except (ValueError, TypeError, KeyError):
        raise PackSignatureError(
            f"{source}: the signature file is not a CMS signature (.p7s made by "
            "`reviewer policy sign`)"
        ) from None
    try:
        status = asyncio.run(
            async_validate_detached_cms(
                data, signed_data, signer_validation_context=_trust_context(roots)
            )
        )
    except Exception as exc:  # pyHanko raises many kinds on malformed CMS; all mean "broken"
        raise PackSignatureError(f"{source}: the signature cannot be checked ({exc})") from None
    signer = status.signing_cert.subject.human_friendly if status.signing_cert else "unknown"
    if not status.intact or not status.valid:
        raise PackSignatureError(
            f"{source}: the signature by {signer} does not match the file: the pack was changed "
            "after it was signed"
        )
    if not status.trusted:
        raise PackSignatureError(
            f"{source}: signed by {signer}, who is not from an organisation in your trust "
            "store; add the policy owner's organisation root with `reviewer trust add`"
        )
    certificate = x509.load_der_x509_certificate(status.signing_cert.dump())
    der = certificate.public_bytes(serialization.Encoding.DER)
    return PackSignature(
        signer=subject_text(certificate),
        certificate_sha256=hashlib.sha256(der).hexdigest(),
        file_sha256=hashlib.sha256(data).hexdigest(),
    )


def _trust_context(roots: list[x509.Certificate]) -> Any:
    """Build a validation context that trusts exactly the given roots, offline."""
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko_certvalidator import ValidationContext

    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in roots)
    anchors = list(load_certs_from_pemder_data(pem)) if pem else []
    return ValidationContext(trust_roots=anchors, allow_fetching=False, revocation_mode="soft-fail")
