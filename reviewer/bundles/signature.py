"""A bundle's own signature: a detached CMS signature over its manifest's exact bytes.

The manifest lists the sha256 of every member, so signing it signs the whole bundle.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from reviewer.bundles.errors import BundleSignatureError
from reviewer.signing.library_logs import route_library_logs

if TYPE_CHECKING:
    from reviewer.signing.identity import Identity


def sign_manifest(manifest: bytes, identity: Identity) -> bytes:
    """Return a detached CMS signature (DER) over a manifest."""
    from reviewer.signing.pack_signature import sign_pack_bytes

    return sign_pack_bytes(manifest, identity)


def verify_manifest(
    manifest: bytes, signature: bytes, roots: list[x509.Certificate], source: str
) -> str:
    """Check the bundle's signature against the trusted roots and return who signed it."""
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

    route_library_logs()
    try:
        info = cms.ContentInfo.load(signature)
        if info["content_type"].native != "signed_data":
            raise ValueError("not signed data")
        signed_data = info["content"]
        status = asyncio.run(
            async_validate_detached_cms(
                manifest, signed_data, signer_validation_context=_trust_context(roots)
            )
        )
    except Exception as exc:  # pyHanko raises many kinds on malformed CMS; all mean "broken"
        raise BundleSignatureError(
            f"{source}: the bundle's signature cannot be checked ({exc})"
        ) from None
    signer = status.signing_cert.subject.human_friendly if status.signing_cert else "unknown"
    if not status.intact or not status.valid:
        raise BundleSignatureError(
            f"{source}: the bundle's signature by {signer} does not match its manifest: the "
            "bundle was changed after it was signed"
        )
    if not status.trusted:
        raise BundleSignatureError(
            f"{source}: the bundle is signed by {signer}, who is not from an organisation in "
            "your trust store; add their root with 'reviewer trust add'"
        )
    return str(signer)


def _trust_context(roots: list[x509.Certificate]) -> Any:
    """Build a validation context that trusts exactly the given roots, offline."""
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko_certvalidator import ValidationContext

    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in roots)
    anchors = list(load_certs_from_pemder_data(pem)) if pem else []
    return ValidationContext(trust_roots=anchors, allow_fetching=False, revocation_mode="soft-fail")
