"""expired: delivery kept failing temporarily until the sending MTA gave up (queue timeout)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Exim "retry timeout exceeded", OpenSMTPD "Envelope expired", Exchange QUEUE.Expired
    "retry timeout exceeded",
    "retry time not reached for any host after a long failure period",
    "envelope expired",
    "message expired",
    "queue.expired",
    "delivery expired",
    "delivery time expired",
    "delivery timeout",
    "message timed out",
    "has been in the queue too long",
    "in the queue too long",
    "been in queue too long",
    "expired after sitting in queue",
    "was not reachable within the allowed queue period",
    "unable to deliver message after multiple retries",
    "after multiple retries",
    "have been failing for a long time",
    "could not be delivered for more than",
    "message will be retried for",
    "will continue trying",
    "delivery attempts will continue",
    "has been delayed",
    "still undelivered after",
    "will keep trying until",
    "unable to connect successfully to the destination",
    "still trying",
    "could not find a gateway for",
    "it has not been collected after",
    "enqueued and undeliverable for",
    "undeliverable for",
    # Connection never succeeded before the queue lifetime ran out
    "connection timed out",
    "connection timeout",
    "timed out while",
    "server did not respond",
    # Zoho "421 ... Host not reachable." after its retries
    "host not reachable",
    "did not accept our requests to connect",
    "failed to deliver to domain",
    # Japanese
    "配信期限",
)

REGEXES: tuple[re.Pattern[str], ...] = (
    # Sendmail "Message could not be delivered for 5 days"
    re.compile(r"could not be delivered for \d{1,3} (?:days?|hours?)"),
    re.compile(r"delivery failed \d{1,3} attempts"),
)


def match(text_lower: str) -> str | None:
    """Return the queue-expiry phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
