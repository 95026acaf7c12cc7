"""Read one message (or a pasted fragment) into a BounceMessage: its kind and one status per recipient."""

from __future__ import annotations

import re
from dataclasses import replace

from bouncegui.core import dsn
from bouncegui.core.codes import find_reply_code, find_status
from bouncegui.core.message import MAX_TEXT, Parts, cut_original, split
from bouncegui.core.mime import Part
from bouncegui.core.model import BounceMessage, DeliveryStatus, Kind
from bouncegui.core.mta import PARSERS
from bouncegui.core.mta.formats import default_command
from bouncegui.core.mta.generic import ADDRESS, Context

_BOUNCE_SENDER = re.compile(r"mailer-daemon|postmaster|mail delivery|mail administrator|maildelivery|"
                            r"mail-daemon|mmdf|smtp gateway|system administrator", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|delivery (?:status|failure|has failed|notification|report|problem)|"
    r"failure notice|returned mail|mail delivery|could not be delivered|delivery failed|non[- ]?delivery|"
    r"rejected|bounce|permanent error|mail system error|warning: could not|delivery delayed|delayed mail|"
    r"nicht zustellbar|配信|不達|エラー|返送|undeliverable|unzustellbar|no se puede entregar",
    re.IGNORECASE,
)
_BOUNCE_TEXT = re.compile(
    r"could not be delivered|couldn't be delivered|was not delivered|undeliverable|unable to deliver|"
    r"delivery (?:has )?failed|permanent (?:error|failure)|did not reach the following|"
    r"配信できません|送信できませんでした|届きませんでした",
    re.IGNORECASE,
)
_DELAY_TEXT = re.compile(
    r"will (?:continue to )?retry|will keep trying|still (?:trying|be retried)|delivery (?:has been )?delayed|"
    r"not (?:yet )?been delivered|is delayed|warning: (?:message|could not)|"
    r"no action is required on your part|delivery attempts will continue",
    re.IGNORECASE,
)
_AUTO_SUBJECT = re.compile(
    r"^(?:auto(?:matic)?(?: reply| response)?:|out of (?:the )?office|abwesenheit|自動応答|不在|vacation|"
    r"autoreply|auto-reply|away from)",
    re.IGNORECASE,
)
# Microsoft's junk-mail reporting programme (JMRP) sends complaints without an ARF part.
_JMRP_SUBJECT = re.compile(r"\A\s{0,20}complaint about message from ", re.IGNORECASE)
_FEEDBACK = re.compile(r"^Feedback-Type:\s*\S+", re.IGNORECASE | re.MULTILINE)


def inspect(msg: Part) -> BounceMessage:
    """Find what *msg* reports: its kind and one status per recipient it names.

    A bounce that arrives as an attachment (forwarded by a user or a gateway) is read from the
    attachment when the outer message carries no delivery-status part of its own.
    """
    parts = split(msg)
    if not parts.dsn:
        inner = _attached_report(msg)
        if inner is not None:
            return inspect(inner)
    kind, statuses = _kind_and_statuses(parts)
    command = default_command(parts.headers, parts.text + "\n".join(parts.dsn))
    if command:
        statuses = [s if s.command else replace(s, command=command) for s in statuses]
    return BounceMessage(kind=kind, subject=parts.headers.get("subject"), sender=parts.headers.get("from"),
                         date=parts.headers.get("date"), statuses=tuple(statuses), notes=tuple(parts.notes))


def _attached_report(msg: Part, depth: int = 0) -> Part | None:
    """The first attached message that is itself a delivery report, searched a few levels deep."""
    if depth > 3:
        return None
    for child in msg.children:
        if child.content_type in ("message/rfc822", "message/global") and child.children:
            inner = child.children[0]
            if "report-type=delivery-status" in (inner.get("content-type") or "").lower().replace('"', ""):
                return inner
        found = _attached_report(child, depth + 1)
        if found is not None:
            return found
    return None


def _kind_and_statuses(parts: Parts) -> tuple[Kind, list[DeliveryStatus]]:
    headers = parts.headers
    if parts.feedback is not None or "report-type=feedback-report" in headers.get("content-type", "").lower() \
            or _JMRP_SUBJECT.match(headers.get("subject", "")):
        return "feedback", _feedback(parts)
    if _is_unsubscribe(headers):
        # A reader's mail client asking, through List-Unsubscribe, to be taken off the list.
        sender = ADDRESS.search(headers.get("from", ""))
        line = f"Subject: {headers.get('subject', '')}"
        return "feedback", [DeliveryStatus(address=sender.group(0).lower() if sender else None, diagnostic=line,
                                           evidence=line)]

    blocks = [block for text in parts.dsn for block in dsn.parse_blocks(text)]
    statuses = dsn.statuses_from_blocks(blocks)
    if not statuses and not parts.dsn:
        # Reports written as text/plain sometimes carry the DSN fields inline.
        statuses = dsn.statuses_from_blocks(dsn.recipient_blocks(parts.full_text))
    if statuses:
        statuses = _failed_first(_enrich(statuses, parts))
        return _kind_from_actions(statuses), statuses

    if _is_auto_reply(headers) and not _BOUNCE_SENDER.search(headers.get("from", "")):
        return "auto_reply", [_auto_reply_status(parts)]

    looks_like_bounce = bool(
        _BOUNCE_SENDER.search(headers.get("from", "")) or _BOUNCE_SUBJECT.search(headers.get("subject", ""))
        or headers.get("x-failed-recipients") or '"notificationType' in parts.text
        or _BOUNCE_TEXT.search(parts.text)
    )
    context = _context(parts)
    found = _from_text(parts.text, context) if looks_like_bounce or _has_error_line(parts.text) else []
    if not found:
        if looks_like_bounce:
            return "bounce", [DeliveryStatus(address=a, action="failed") for a in context.fallback]
        return "not_bounce", []
    if all(s.action == "delivered" for s in found):
        return "delivered", found
    if _DELAY_TEXT.search(parts.text) and not _permanent_words(parts.text):
        return "delay", [replace(s, action="delayed") for s in found]
    return "bounce", found


def inspect_fragment(text: str) -> BounceMessage:
    """A pasted fragment without headers: the error line(s) and any addresses in them."""
    text = cut_original(text[:MAX_TEXT].replace("\r\n", "\n").replace("\r", "\n"))
    statuses = dsn.statuses_from_blocks(dsn.recipient_blocks(text))
    if statuses:
        return BounceMessage(kind=_kind_from_actions(statuses), subject=None, sender=None, date=None,
                             statuses=tuple(statuses))
    found = _from_text(text, Context(others=frozenset(), fallback=()))
    diagnostic = " ".join(text.split())
    if not found:
        if not diagnostic or not _says_something(diagnostic):
            return BounceMessage(kind="not_bounce", subject=None, sender=None, date=None, statuses=())
        found = [DeliveryStatus(address=None, action="failed", status=find_status(diagnostic),
                                reply_code=find_reply_code(diagnostic), diagnostic=diagnostic[:2000],
                                evidence=diagnostic[:2000])]
    kind: Kind = "delay" if _DELAY_TEXT.search(text) and not _permanent_words(text) else "bounce"
    return BounceMessage(kind=kind, subject=None, sender=None, date=None, statuses=tuple(found))


def _from_text(text: str, context: Context) -> list[DeliveryStatus]:
    for parser in PARSERS:
        found: list[DeliveryStatus] | None = parser.inquire(text, context)
        if found:
            return found
    return []


def _context(parts: Parts) -> Context:
    others: set[str] = set()
    for name in ("from", "to", "return-path"):
        others.update(a.lower() for a in ADDRESS.findall(parts.headers.get(name, "")))
    others.update(a.lower() for a in ADDRESS.findall(parts.original.get("from", "")))
    fallback: list[str] = [a.lower() for a in ADDRESS.findall(parts.headers.get("x-failed-recipients", ""))]
    authoritative = bool(fallback)
    if not fallback:
        original_to = [a.lower() for a in ADDRESS.findall(parts.original.get("to", ""))]
        if len(original_to) == 1:
            fallback = original_to
    others.difference_update(fallback)
    return Context(others=frozenset(others), fallback=tuple(dict.fromkeys(fallback)), authoritative=authoritative)


_SUCCESS_ACTIONS = frozenset({"delivered", "relayed", "expanded"})


def _failed_first(statuses: list[DeliveryStatus]) -> list[DeliveryStatus]:
    """Only the recipients that failed or are delayed, when the report also lists delivered ones."""
    failing = [s for s in statuses if s.action not in _SUCCESS_ACTIONS]
    return failing or statuses


def _enrich(statuses: list[DeliveryStatus], parts: Parts) -> list[DeliveryStatus]:
    """Complete DSN statuses from the human-readable text: the SMTP command, and the reply where
    the Diagnostic-Code is missing."""
    if not parts.text:
        return statuses
    addresses = tuple(s.address for s in statuses if s.address)
    found = _from_text(parts.text, Context(others=frozenset(), fallback=addresses, authoritative=True))
    by_address = {s.address: s for s in found}
    lone = found[0] if len(statuses) == 1 and len(found) == 1 else None
    return [_complete(s, by_address.get(s.address, lone)) for s in statuses]


def _complete(status: DeliveryStatus, mine: DeliveryStatus | None) -> DeliveryStatus:
    if mine is None or status.action in _SUCCESS_ACTIONS:
        return status
    changes: dict[str, str | None] = {}
    if not status.address and mine.address:
        # "Final-Recipient: rfc822; save to /var/mail/..." (Exim): the text names the address.
        changes["address"] = mine.address
    if not status.command and mine.command:
        changes["command"] = mine.command
    if not (status.diagnostic and len(status.diagnostic) > 8) and mine.diagnostic:
        generic = not status.status or status.status.endswith(".0.0")
        changes.update(diagnostic=mine.diagnostic, evidence=mine.evidence,
                       status=(mine.status or status.status) if generic else status.status,
                       reply_code=status.reply_code or mine.reply_code)
    return replace(status, **changes) if changes else status


def _kind_from_actions(statuses: list[DeliveryStatus]) -> Kind:
    actions = {s.action for s in statuses}
    if actions <= _SUCCESS_ACTIONS:
        return "delivered"
    if actions == {"delayed"}:
        return "delay"
    return "bounce"  # failed, or a non-standard word such as "expired"


def _is_unsubscribe(headers: dict[str, str]) -> bool:
    return headers.get("x-apple-unsubscribe", "").lower() == "true" or (
        headers.get("subject", "").strip().lower() == "unsubscribe"
        and headers.get("auto-submitted", "").lower().startswith("auto-"))


def _is_auto_reply(headers: dict[str, str]) -> bool:
    auto = headers.get("auto-submitted", "").lower()
    return (auto.startswith("auto-replied") or bool(headers.get("x-autoreply")) or bool(headers.get("x-autorespond"))
            or bool(headers.get("x-autoresponse")) or bool(_AUTO_SUBJECT.search(headers.get("subject", ""))))


def _auto_reply_status(parts: Parts) -> DeliveryStatus:
    sender = ADDRESS.search(parts.headers.get("from", ""))
    first = next((line.strip() for line in parts.text.split("\n") if line.strip()), None)
    return DeliveryStatus(address=sender.group(0).lower() if sender else None, action=None,
                          diagnostic=first, evidence=f"Subject: {parts.headers.get('subject', '')}")


_RCPT_TO = re.compile(r"^(?:Original-Rcpt-To|Removal-Recipient):\s*(.+)$", re.IGNORECASE | re.MULTILINE)


def _feedback(parts: Parts) -> list[DeliveryStatus]:
    """One status per complained-about recipient of an ARF or JMRP report."""
    report = parts.feedback or parts.text
    addresses = [a for a in (dsn.address_of(m.group(1)) for m in _RCPT_TO.finditer(report)) if a]
    if not addresses:
        fallback = dsn.address_of(parts.original.get("x-hmxmroriginalrecipient")) \
            or dsn.address_of(parts.original.get("to"))
        addresses = [fallback] if fallback else []
    m = _FEEDBACK.search(report)
    evidence = " ".join(m.group(0).split()) if m else None
    return [DeliveryStatus(address=a, diagnostic=evidence, evidence=evidence) for a in dict.fromkeys(addresses)] \
        or [DeliveryStatus(address=None, diagnostic=evidence, evidence=evidence)]


def _says_something(text: str) -> bool:
    """True when a fragment carries a code or a known bounce phrase, i.e. it is worth classifying."""
    from bouncegui.core import reasons
    from bouncegui.core.catalogue import load_catalogue

    return bool(find_status(text) or find_reply_code(text) or reasons.find(text)
                or load_catalogue().match(text))


def _has_error_line(text: str) -> bool:
    return re.search(r"(?m)^.{0,200}\b[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3})?", text) is not None


def _permanent_words(text: str) -> bool:
    return re.search(r"permanent(?:ly)? (?:error|fail)|given up|gave up|giving up|could not be delivered|"
                     r"no longer|will not be retried", text, re.IGNORECASE) is not None
