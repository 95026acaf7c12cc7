"""securityerror: authentication or TLS requirements were not met (SMTP AUTH, STARTTLS, certs)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # SMTP AUTH (530/535/534, Exchange RESOLVER.RST.AuthRequired, Microsoft 5.7.57)
    "authentication required",
    "authentication is required",
    "authentication failed",
    "authentication failure",
    "authentication credentials invalid",
    "authentication unsuccessful",
    "authentication mechanism is too weak",
    "authentication not allowed",
    "auth required",
    "authrequired",
    "must authenticate",
    "smtp authentication",
    "smtp auth",
    "client was not authenticated",
    "not authenticated to send anonymous mail",
    "unauthenticated senders not allowed",
    "you don't authenticate",
    "authentication turned on in your email client",
    "username and password not accepted",
    "invalid credentials",
    "application-specific password required",
    "password transition",
    "log in via your web browser",
    "verification failure",
    # TLS / STARTTLS / DANE / MTA-STS (4.4.317, 4.7.320-325, Gmail 4.7.29)
    "must issue a starttls command first",
    "starttls is required",
    "starttls required",
    "starttls-not-supported",
    "tls is required",
    "tls required",
    "requiretls",
    "encryption required",
    "encryption needed",
    "certificate validation failed",
    "certificate verification failed",
    "certificate-expired",
    "certificate-host-mismatch",
    "tlsa-invalid",
    "dnssec-invalid",
    "mta-sts",
    "tls handshake failed",
    "ssl handshake",
    # Amazon SES sending account problems
    "account not subscribed to ses",
    "not authorized to perform ses:",
    "executable files are not allowed in compressed files",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the authentication/TLS phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
