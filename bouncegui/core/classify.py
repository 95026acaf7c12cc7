"""Turn a DeliveryStatus into a Diagnosis: match the catalogue, pick a reason, say what decided.

Order, as sisimai's Fact asks Rhost before Reason: a catalogue entry (the help page's rows, with
GoDaddy's IB codes), then the answering provider's own table or token (providers.py), then an
enhanced code whose subject outweighs words (or a specific one when no phrase speaks), then the
text's phrases, then a generic code, the DSN action, else onhold/undefined. The SMTP stage the
refusal answered then adjusts the reason (user unknown after DATA is a filter, a refusal at the
greeting a block, a bare refusal is read by its stage).
"""

from __future__ import annotations

from bouncegui.core import providers, reasons
from bouncegui.core.catalogue import Catalogue
from bouncegui.core.categories import category_of
from bouncegui.core.codes import GENERIC_STATUSES, find_reply_code, find_status, is_permanent, status_reason
from bouncegui.core.model import Actor, DeliveryStatus, Diagnosis

#: Reasons that are never permanent failures whatever the code says.
_NOT_FAILURES = frozenset({"delivered", "feedback", "vacation"})
#: Enhanced codes that outweigh any phrase: X.1.7/X.1.8 are about the sender's own address ("550
#: 5.1.7 No such domain" is the sender's domain), X.2.3 a per-mailbox size limit, X.6.x the media.
_TRUSTED_SUBJECTS = frozenset({".1.7", ".1.8", ".2.3"})
#: What a refusal most likely means when only its SMTP stage is known.
_REFUSED_AT = {"RCPT": "userunknown", "MAIL": "rejected", "DATA": "filtered"}
#: Reasons that stand whatever the stage they were refused at (a refused greeting is otherwise a block).
_STAGE_INDEPENDENT = frozenset({"toomanyconn", "systemerror", "systemfull", "networkerror", "authfailure",
                                "securityerror", "notaccept"})


def classify(status: DeliveryStatus, catalogue: Catalogue, kind: str = "bounce") -> Diagnosis:
    """Classify one recipient's status against *catalogue*."""
    text = status.diagnostic or ""
    code = status.status or find_status(text)
    reply = status.reply_code or find_reply_code(text)
    entry = catalogue.match(text) if text else None
    rule, evidence = "none", status.evidence
    reason: str
    if kind in ("delivered", "feedback", "auto_reply"):
        reason = {"delivered": "delivered", "feedback": "feedback", "auto_reply": "vacation"}[kind]
        rule = "kind"
    elif entry is not None:
        reason, rule, evidence = entry.entry.reason, "entry", entry.evidence
    else:
        provider = (providers.reason_by_provider(status.remote_mta, status.address,
                                                 providers.Reply(text, code, status.command))
                    or providers.reason_by_token(text, code)) if text else None
        phrase = reasons.find(text) if text else None
        by_code = status_reason(code)
        if provider is not None:
            reason, rule = provider[0], "provider"
            evidence = _line_with(text, provider[1]) or evidence
        elif by_code and _code_decides(code, phrase is not None):
            reason, rule = by_code, "status"
        elif phrase is not None:
            reason, rule = phrase[0], "phrase"
            evidence = _line_with(text, phrase[1]) or evidence
        elif by_code:
            reason, rule = by_code, "status"
        elif status.action in ("delayed", "expired") or kind == "delay":
            reason, rule = "expired", "action"
        elif code or reply or text:
            reason = "onhold"
        else:
            reason = "undefined"
        # A local delivery program (X-Unix diagnostic: procmail, a pipe) failed on the destination.
        command = "PIPE" if status.diagnostic_type == "x-unix" else status.command
        reason, rule = _by_command(reason, rule, command, code)
        if reason in ("onhold", "undefined"):
            by_domain = providers.reason_by_domain(status.address)
            if by_domain:
                reason, rule = by_domain, "provider"
    if entry is not None:
        category = entry.entry.category
        actor: Actor | None = entry.entry.actor  # type: ignore[assignment]
    else:
        category = category_of(reason)
        actor = catalogue.reason_actor(reason)  # type: ignore[assignment]
    permanent = None if reason in _NOT_FAILURES else is_permanent(code, reply)
    if entry is not None and permanent is None:
        permanent = entry.entry.permanent
    return Diagnosis(
        address=status.address,
        action=status.action,
        status=code,
        reply_code=reply,
        permanent=permanent,
        reason=reason,
        category=category,
        entry=entry.entry.id if entry else None,
        entry_code=entry.code if entry else None,
        actor=actor,
        diagnostic=status.diagnostic,
        remote_mta=status.remote_mta,
        evidence=evidence or status.diagnostic,
        rule=rule,
    )


def _code_decides(code: str | None, phrase_found: bool) -> bool:
    """True when the enhanced code's reason should win: it is specific and no phrase spoke, or its
    subject outweighs any phrase."""
    if not code:
        return False
    if code[1:5] in _TRUSTED_SUBJECTS or code[1:3] == ".6":
        return True
    return code not in GENERIC_STATUSES and not phrase_found


def _by_command(reason: str, rule: str, command: str | None, code: str | None) -> tuple[str, str]:
    """Adjust a reason by the SMTP command it answered and the status code, as sisimai does.

    "User unknown" is only an unknown user when the address was refused at RCPT (or MAIL) time or
    the status code says so (5.1.1); refused later, or with no sign of when, it is the recipient's
    filter speaking (Japanese carriers answer filtered mail with "User unknown" after DATA).
    A refusal at connection or greeting, with nothing more specific, blocks the sending host.
    """
    if rule == "provider":
        return reason, rule  # the provider's own table already knew its stages
    # "550 5.2.0 User unknown": NTT docomo and au answer mail their users' filters refuse this way.
    code_is_filter = code is not None and code[1:] == ".2.0"
    if command == "PIPE" and reason in ("onhold", "undefined"):
        return "mailererror", "command"
    addressing = code is not None and code[1:4] == ".1."
    if reason == "userunknown" and (code_is_filter or (not addressing and command not in ("RCPT", "MAIL"))):
        return "filtered", "command"
    if command in ("CONN", "HELO") and reason not in _STAGE_INDEPENDENT:
        return "blocked", "command"
    if reason == "onhold" and command in _REFUSED_AT:
        # Nothing in the words, but the stage tells who was refused: the address at RCPT, the
        # sender at MAIL, the message after DATA.
        return _REFUSED_AT[command], "command"
    return reason, rule


def _line_with(text: str, phrase: str) -> str | None:
    """The sentence of *text* around *phrase*, bounded, for the evidence shown to the user."""
    lower = text.lower()
    at = lower.find(phrase.lower())
    if at < 0:
        return None
    start = max(0, at - 120)
    end = min(len(text), at + len(phrase) + 160)
    return text[start:end].strip()

