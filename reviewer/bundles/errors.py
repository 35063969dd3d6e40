"""What can be wrong with a review bundle, as errors an officer can act on (exit status 2)."""

from __future__ import annotations

from reviewer.errors import ConflictError, ReviewerError


class BundleError(ReviewerError):
    """A review bundle cannot be read or trusted; nothing was written."""


class BundleFormatError(BundleError):
    """The file is not a well-formed review bundle: truncated, unsafe names, oversized."""


class BundleTooNewError(BundleError):
    """The bundle was written by a newer Reviewer, in a format or schema this one cannot read."""


class BundleIntegrityError(BundleError):
    """A member or an audit event no longer matches the hash it was bundled with."""


class BundleSignatureError(BundleError):
    """A signed PDF in the bundle, or the bundle's own signature, does not verify."""


class BundleConflictError(ConflictError):
    """The review exists here with changes the bundle lacks; nothing is merged."""
