"""The documented caps on what Reviewer reads, so hostile files fail fast instead of hanging.

Each cap is far above what a real intake, pack, questionnaire or decision report needs; a file
over one is refused with a message naming the cap and the file, before the cost is paid.
"""

from __future__ import annotations

MIB = 1024 * 1024

#: An answers file (JSON). 2 MiB holds every question of the intake answered at length.
MAX_ANSWERS_BYTES = 2 * MIB
#: A policy pack or questionnaire (YAML). The shipped ones are 27 to 51 KB.
MAX_YAML_BYTES = 2 * MIB
#: A decision report to verify or countersign (Reviewer's own are well under 1 MiB), and the
#: default for any other file read whole: certificates, identities, passphrase files.
MAX_PDF_BYTES = 32 * MIB

#: Values (mappings, lists and scalars) a YAML file may hold once every alias is expanded.
#: Aliases (&anchor / *alias) are fine for sharing a condition; a "billion laughs" is not.
MAX_YAML_EXPANDED_NODES = 200_000
#: How deeply mappings and lists may nest, in YAML and in JSON.
MAX_NESTING_DEPTH = 64
#: Digits in one number, in YAML and in JSON.
MAX_NUMBER_DIGITS = 40

#: Nodes (all, any, not and tests) in one condition tree, and how deeply it may nest.
MAX_CONDITION_NODES = 2_000
MAX_CONDITION_DEPTH = 32


def describe_bytes(size: int) -> str:
    """Render a byte count the way the limits above are documented (e.g. '2 MiB')."""
    if size >= MIB and size % MIB == 0:
        return f"{size // MIB} MiB"
    if size >= MIB:
        return f"{size / MIB:.1f} MiB"
    if size >= 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size} bytes"
