"""Turn a diagnosis into shareable text: plain, Markdown, HTML, CSV and a note; with redaction.

Pure functions without Qt: labels arrive already translated (``texts.labels()``), and texts of
the catalogue come in the requested language, so a note can be in another language than the UI.
"""

from __future__ import annotations

import csv
import html
import io
import ipaddress
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from bouncegui.core.catalogue import Catalogue
from bouncegui.core.model import Diagnosis, Lang, Report
from bouncegui.core.notices import translate

Labels = Mapping[str, str]

_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*", re.UNICODE)
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
# Anything shaped like an IPv6 address; ipaddress decides, so times such as 10:30:00 stay.
_IPV6 = re.compile(r"(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])", re.IGNORECASE)
# A host name: labels joined by dots, ending in letters ("mx.example.co.jp"); codes such as
# "5.7.708" end in digits and stay.
_DOMAIN = re.compile(r"(?<![\w.@-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?![\w-])", re.IGNORECASE)

ADDRESS_MASK = "[address]"
DOMAIN_MASK = "[domain]"
IP_MASK = "[IP]"


def redact(text: str, *, domains: bool = True) -> str:
    """Hide e-mail addresses, IP addresses and (unless ``domains`` is False) host names."""
    text = _ADDRESS.sub(ADDRESS_MASK, text)
    text = _IPV4.sub(IP_MASK, text)
    text = _IPV6.sub(_mask_ipv6, text)
    return _DOMAIN.sub(DOMAIN_MASK, text) if domains else text


def _mask_ipv6(found: re.Match[str]) -> str:
    try:
        ipaddress.IPv6Address(found.group(0))
    except ValueError:
        return found.group(0)
    return IP_MASK


@dataclass(frozen=True, slots=True)
class Finding:
    """One distinct diagnosis of a report, in one language, ready to show or share.

    Recipients that share a diagnosis are grouped, so ten "user unknown" lines read once.
    """

    category: str
    title: str
    code: str
    cause: str
    solution: str
    actor: str
    actor_id: str | None
    duration: str
    recipients: tuple[str, ...]
    evidence: str
    matched: bool


def code_of(diagnosis: Diagnosis) -> str:
    """The codes printed in the bounce: reply code, enhanced status and the entry's own code."""
    codes: list[str] = []
    for code in (diagnosis.reply_code, diagnosis.status, diagnosis.entry_code):
        if code and code not in codes:
            codes.append(code)
    return " ".join(codes)


def findings(report: Report, catalogue: Catalogue, lang: Lang, labels: Labels) -> list[Finding]:
    """The report's diagnoses in ``lang``, recipients grouped by identical diagnosis."""
    groups: dict[tuple[object, ...], list[Diagnosis]] = {}
    for diagnosis in report.recipients:
        key = (diagnosis.entry, diagnosis.reason, diagnosis.status, diagnosis.reply_code, diagnosis.category)
        groups.setdefault(key, []).append(diagnosis)
    result = []
    for members in groups.values():
        first = members[0]
        explanation = catalogue.explain(first, lang)
        actor = first.actor or catalogue.reason_actor(first.reason)
        duration = {True: labels["permanent"], False: labels["temporary"], None: labels["unknown"]}[first.permanent]
        result.append(
            Finding(
                category=catalogue.category_title(first.category, lang),
                title=explanation.title,
                code=code_of(first),
                cause=explanation.cause,
                solution=explanation.solution,
                actor=catalogue.actor_label(actor, lang),
                actor_id=actor,
                duration=duration,
                recipients=tuple(d.address or labels["no_recipient"] for d in members),
                evidence=first.evidence or first.diagnostic or "",
                matched=explanation.matched,
            )
        )
    return result


def mask(text: str, redacting: bool) -> str:
    """Bounce-supplied ``text``, redacted when ``redacting``."""
    return redact(text) if redacting else text


def mask_source(source: str, redacting: bool) -> str:
    """The file name alone (a path would tell where the user keeps mail); when redacting,
    addresses and IPs masked, but "x.eml" is not taken for a host name."""
    name = PurePath(source).name or source
    return redact(name, domains=False) if redacting else name


def fields(finding: Finding, labels: Labels, redacting: bool = False, *, title: bool = True) -> list[tuple[str, str]]:
    """(label, value) rows of a finding in summary order; bounce-supplied values masked.

    ``title`` False leaves out the title, for views that show it as a heading.
    """
    rows = [
        (labels["category"], finding.category),
        *([(labels["title"], finding.title)] if title else []),
        (labels["code"], finding.code),
        (labels["cause"], finding.cause),
        (labels["solution"], finding.solution),
        (labels["actor"], finding.actor),
        (labels["duration"], finding.duration),
        (labels["recipients"], mask(", ".join(finding.recipients), redacting)),
        (labels["evidence"], mask(finding.evidence, redacting)),
    ]
    return [(label, value) for label, value in rows if value]


def header_fields(
    report: Report, catalogue: Catalogue, lang: Lang, labels: Labels, redacting: bool = False
) -> list[tuple[str, str]]:
    """(label, value) rows that describe the message itself rather than one recipient: where it
    came from, its subject, its kind, why it could not be read and which limits were reached."""
    rows = [(labels["source"], mask_source(report.source, redacting))]
    if report.subject:
        rows.append((labels["subject"], mask(report.subject, redacting)))
    if report.kind not in ("bounce", "delay") or not report.recipients:
        kind = f"{catalogue.kind_label(report.kind, lang)}: {catalogue.kind_text(report.kind, lang)}"
        rows.append((labels["kind"], kind))
    if report.error:
        rows.append((labels["error"], mask(translate(report.error, lang), redacting)))
    rows += [(labels["notice"], mask(translate(note, lang), redacting)) for note in report.notes]
    return rows


def plain_text(report: Report, catalogue: Catalogue, lang: Lang, labels: Labels, *, redacting: bool = False) -> str:
    """The diagnosis as plain text, for the clipboard."""
    blocks = [
        "\n".join(f"{label}: {value}" for label, value in header_fields(report, catalogue, lang, labels, redacting))
    ]
    for finding in findings(report, catalogue, lang, labels):
        lines = [f"{label}: {value}" for label, value in fields(finding, labels, redacting)]
        if not finding.matched:
            lines.append(labels["no_entry"])
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _md(text: str) -> str:
    # Escape Markdown and HTML punctuation so bounce text cannot format or inject anything.
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>&~])", r"\\\1", " ".join(text.split()))


def markdown(report: Report, catalogue: Catalogue, lang: Lang, labels: Labels, *, redacting: bool = False) -> str:
    """One message's diagnosis as a Markdown document, every value escaped."""
    out = [f"# {_md(labels['report_heading'])}", ""]
    out += [
        f"- **{_md(label)}:** {_md(value)}"
        for label, value in header_fields(report, catalogue, lang, labels, redacting)
    ]
    for finding in findings(report, catalogue, lang, labels):
        out += ["", f"## {_md(finding.title)}", ""]
        out += [f"- **{_md(label)}:** {_md(value)}" for label, value in fields(finding, labels, redacting)]
        if not finding.matched:
            out += ["", _md(labels["no_entry"])]
    return "\n".join(out) + "\n"


def html_document(report: Report, catalogue: Catalogue, lang: Lang, labels: Labels, *, redacting: bool = False) -> str:
    """One message's diagnosis as a standalone HTML page, every value escaped."""
    esc = html.escape

    def table(rows: Iterable[tuple[str, str]]) -> str:
        body = "".join(f"<tr><th>{esc(label)}</th><td>{esc(value)}</td></tr>" for label, value in rows)
        return f"<table>{body}</table>"

    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(lang)}"><head><meta charset="utf-8"><title>{esc(labels["report_heading"])}</title>',
        "<style>th{text-align:left;vertical-align:top;padding-right:1em}td{white-space:pre-wrap}</style></head><body>",
        f"<h1>{esc(labels['report_heading'])}</h1>",
        table(header_fields(report, catalogue, lang, labels, redacting)),
    ]
    for finding in findings(report, catalogue, lang, labels):
        parts.append(f"<h2>{esc(finding.title)}</h2>")
        parts.append(table(fields(finding, labels, redacting)))
        if not finding.matched:
            parts.append(f"<p>{esc(labels['no_entry'])}</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


CSV_KEYS = ("source", "recipients", "category", "title", "code", "cause", "solution", "actor", "duration", "evidence")


def csv_text(
    reports: Sequence[Report], catalogue: Catalogue, lang: Lang, labels: Labels, *, redacting: bool = False
) -> str:
    """A batch as CSV: one row per recipient (per message when none), headers in ``lang``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([labels[key] for key in CSV_KEYS])
    for report in reports:
        source = mask_source(report.source, redacting)
        found = findings(report, catalogue, lang, labels)
        if not found:
            error = mask(translate(report.error, lang), redacting) if report.error else None
            kind = f"{catalogue.kind_label(report.kind, lang)}: {error or catalogue.kind_text(report.kind, lang)}"
            writer.writerow([_cell(source), "", "", _cell(kind), "", "", "", "", "", ""])
        for finding in found:
            for recipient in finding.recipients:
                writer.writerow(
                    [
                        _cell(v)
                        for v in (
                            source,
                            mask(recipient, redacting),
                            finding.category,
                            finding.title,
                            finding.code,
                            finding.cause,
                            finding.solution,
                            finding.actor,
                            finding.duration,
                            mask(finding.evidence, redacting),
                        )
                    ]
                )
    return buffer.getvalue()


def _cell(value: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheets (CSV injection); quote it.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def note(report: Report, catalogue: Catalogue, lang: Lang, labels: Labels, *, redacting: bool = False) -> str:
    """A ready-to-send note to whoever has to act, in ``lang``: what failed and what to do."""
    found = findings(report, catalogue, lang, labels)
    if not found:
        return plain_text(report, catalogue, lang, labels, redacting=redacting)
    blocks = []
    for finding in found:
        address = mask(", ".join(finding.recipients), redacting)
        greeting = labels.get(f"note_greeting_{finding.actor_id}", labels["note_greeting_sender"])
        lines = [greeting.format(address=address), ""]
        lines.append(labels["note_failure"].format(title=finding.title))
        if finding.evidence:
            lines.append(labels["note_bounce"].format(evidence=mask(finding.evidence, redacting)))
        lines.append(labels["note_cause"].format(cause=finding.cause))
        lines.append(labels["note_solution"].format(solution=finding.solution))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n\n" + labels["note_closing"] + "\n"
