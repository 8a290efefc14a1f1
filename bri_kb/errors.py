"""The one family of errors bri-kb raises for a person to read.

Everything below `BriError` is a user's or a file's problem and is shown as one
line (the CLI exits 2, the API answers 4xx/503). Any other exception is a bug
in bri-kb and is shown as one: a traceback in the CLI, HTTP 500 from the API.
"""

from __future__ import annotations


class BriError(Exception):
    """A problem a person can act on; the message says what to do."""


class KBError(BriError):
    """A knowledge base that cannot be used (missing, damaged, another version, locked)."""


class QueryError(BriError):
    """A mistake in what was asked: the question, its filters, a reference or an option."""


class IngestError(BriError):
    """A file that cannot be ingested; the message names the reason in one line."""


class EncoderError(BriError):
    """A sentence encoder that cannot be loaded as named."""
