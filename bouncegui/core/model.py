"""Immutable records that flow through the engine: message → per-recipient status → diagnosis."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["bounce", "delay", "feedback", "auto_reply", "delivered", "not_bounce", "error"]
Lang = Literal["en", "ja"]
Actor = Literal["sender", "recipient", "sender_admin", "recipient_admin", "provider"]


@dataclass(frozen=True, slots=True)
class DeliveryStatus:
    """What one report says about one recipient, before classification.

    Attributes:
        address: the failed recipient (lower case), or None for a pasted fragment without one.
        action: RFC 3464 action: failed, delayed, delivered, relayed or expanded.
        status: RFC 3463 enhanced status code as received ("5.1.1"), or None.
        reply_code: SMTP reply code ("550"), or None.
        diagnostic: the remote server's reply, unwrapped onto one line.
        remote_mta: host that produced the diagnostic.
        reporting_mta: host that wrote the report.
        command: SMTP command the failure followed (CONN, HELO, MAIL, RCPT, DATA), when known.
        diagnostic_type: the Diagnostic-Code's type ("smtp", "x-unix", "x-postfix"), lower case.
        evidence: the line of the bounce that gave these facts.
    """

    address: str | None
    action: str | None = None
    status: str | None = None
    reply_code: str | None = None
    diagnostic: str | None = None
    remote_mta: str | None = None
    reporting_mta: str | None = None
    command: str | None = None
    diagnostic_type: str | None = None
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class BounceMessage:
    """A parsed message: its kind, headers of interest and one status per recipient."""

    kind: Kind
    subject: str | None
    sender: str | None
    date: str | None
    statuses: tuple[DeliveryStatus, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """One recipient classified against the catalogue.

    Attributes:
        reason: sisimai's reason id (userunknown, mailboxfull, ...).
        category: tab id (recipient, invalid_recipient, sender, content, rate_limit, rbl,
            microsoft365, other).
        entry: id of the matched catalogue entry, or None when no entry matched.
        entry_code: the entry's code as printed in the bounce ("IB212", "5.7.708"), or None.
        permanent: True for a permanent failure, False for a temporary one, None if unknown.
        actor: who has to act.
        rule: what decided the reason: "entry", "provider", "phrase", "status", "reply" or "none".
        evidence: the line of the bounce that decided.
    """

    address: str | None
    action: str | None
    status: str | None
    reply_code: str | None
    permanent: bool | None
    reason: str
    category: str
    entry: str | None
    entry_code: str | None
    actor: Actor | None
    diagnostic: str | None
    remote_mta: str | None
    evidence: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class Report:
    """The diagnosis of one input message (one file, one mbox message or one paste)."""

    source: str
    kind: Kind
    error: str | None = None
    subject: str | None = None
    recipients: tuple[Diagnosis, ...] = ()
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Explanation:
    """Texts in one language for a diagnosis: from its catalogue entry, else from its codes.

    Attributes:
        matched: True when a catalogue entry matched; False when the texts were derived from
            the status or reply code only (the product must say that no entry matched).
    """

    title: str
    cause: str
    solution: str
    matched: bool
