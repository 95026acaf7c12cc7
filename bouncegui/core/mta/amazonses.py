"""Amazon SES notifications: JSON in the body (directly, or inside an SNS envelope's "Message").

    {"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"a@b.example",
     "action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}], ...}}

Delivery notifications list "recipients" with an "smtpResponse".
"""

from __future__ import annotations

import json
from typing import Any

from bouncegui.core.codes import find_reply_code, find_status, strip_type
from bouncegui.core.model import DeliveryStatus
from bouncegui.core.mta.generic import Context


def inquire(text: str, context: Context) -> list[DeliveryStatus] | None:
    """Statuses from an SES notification in *text*, else None."""
    if "notificationType" not in text:
        return None
    data = _load(text)
    if data is None:
        return None
    kind = data.get("notificationType") or data.get("eventType")
    if kind == "Bounce":
        bounce = data.get("bounce") or {}
        mta = strip_type(str(bounce.get("reportingMTA", ""))) or None
        out = []
        for r in bounce.get("bouncedRecipients") or []:
            diagnostic = strip_type(str(r.get("diagnosticCode") or "")) or None
            out.append(DeliveryStatus(
                address=str(r.get("emailAddress", "")).lower() or None, action=r.get("action") or "failed",
                status=r.get("status") or find_status(diagnostic), reply_code=find_reply_code(diagnostic),
                diagnostic=diagnostic, reporting_mta=mta, evidence=diagnostic))
        return out or None
    if kind == "Delivery":
        delivery = data.get("delivery") or {}
        response = str(delivery.get("smtpResponse") or "") or None
        return [DeliveryStatus(address=str(a).lower(), action="delivered", status=find_status(response),
                               reply_code=find_reply_code(response), diagnostic=response, evidence=response)
                for a in delivery.get("recipients") or []] or None
    return None


def _load(text: str) -> dict[str, Any] | None:
    start = text.find("{")
    end = text.rfind("}")
    if start < 0 or end <= start:
        return None
    try:
        # strict=False: mail transport folds long lines, leaving newlines inside JSON strings.
        data = json.loads(text[start:end + 1], strict=False)
    except ValueError:
        return None
    if isinstance(data, dict) and isinstance(data.get("Message"), str):  # the SNS envelope
        try:
            data = json.loads(data["Message"], strict=False)
        except ValueError:
            return None
    return data if isinstance(data, dict) else None
