"""``bouncegui-cli diagnose``: explain bounces on the command line, as text or JSON. Imports no Qt."""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from collections.abc import Sequence
from typing import Any

from bouncegui import __version__
from bouncegui.core.notices import translate

_LABELS = {
    "en": {
        "recipient": "Recipient", "no_address": "(no address in the text)", "category": "Category",
        "reason": "Reason", "entry": "Catalogue entry", "no_entry": "none matched; explained from the codes",
        "status": "Status", "who": "Who acts", "temporary": "temporary", "permanent": "permanent",
        "cause": "Cause", "solution": "What to do", "evidence": "Evidence", "error": "Error",
        "no_recipients": "No failed recipient found.", "note": "Note",
    },
    "ja": {
        "recipient": "受信者", "no_address": "(テキストにアドレスなし)", "category": "カテゴリ",
        "reason": "理由", "entry": "カタログの項目", "no_entry": "該当なし(コードから説明しています)",
        "status": "ステータス", "who": "対応する人", "temporary": "一時的", "permanent": "恒久的",
        "cause": "原因", "solution": "対処法", "evidence": "根拠", "error": "エラー",
        "no_recipients": "配信に失敗した受信者は見つかりませんでした。", "note": "注記",
    },
}


def _default_lang() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    code = locale.getlocale()[0] or ""
    return "ja" if code.lower().startswith("ja") else "en"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bouncegui-cli", description="Explain bounced email.")
    parser.add_argument("--version", action="version", version=f"bouncegui {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    diagnose = commands.add_parser("diagnose", help="diagnose bounce files, folders, mbox files or standard input")
    diagnose.add_argument("--json", action="store_true", help="print one JSON array, one object per message")
    diagnose.add_argument("--lang", choices=("en", "ja"), default=None, help="language of the explanations")
    diagnose.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or mbox; - reads standard input")
    return parser


def report_to_json(report: Any, lang: str, catalogue: Any) -> dict[str, Any]:
    """The JSON object of one Report, with texts in *lang* (the command-line contract)."""
    recipients = []
    for d in report.recipients:
        explanation = catalogue.explain(d, lang)
        recipients.append({
            "address": d.address, "action": d.action, "status": d.status, "reply_code": d.reply_code,
            "permanent": d.permanent, "reason": d.reason, "category": d.category, "entry": d.entry,
            "entry_code": d.entry_code, "actor": d.actor, "title": explanation.title, "cause": explanation.cause,
            "solution": explanation.solution, "diagnostic": d.diagnostic, "remote_mta": d.remote_mta,
            "evidence": d.evidence,
        })
    error = translate(report.error, lang) if report.error else None  # type: ignore[arg-type]
    return {"source": report.source, "kind": report.kind, "error": error,
            "notes": [translate(n, lang) for n in report.notes], "recipients": recipients}


def report_to_text(report: Any, lang: str, catalogue: Any) -> str:
    """A readable report of one message in *lang*."""
    t = _LABELS[lang]
    kind = f"{catalogue.kind_label(report.kind, lang)}: {catalogue.kind_text(report.kind, lang)}"
    lines = [f"== {report.source}", kind]
    if report.error:
        lines.append(f"{t['error']}: {translate(report.error, lang)}")
    for note in report.notes:
        lines.append(f"{t['note']}: {translate(note, lang)}")
    if report.kind in ("bounce", "delay") and not report.recipients:
        lines.append(t["no_recipients"])
    for d in report.recipients:
        e = catalogue.explain(d, lang)
        code = " ".join(c for c in (d.reply_code, d.status) if c) or "-"
        lasting = t["permanent"] if d.permanent else t["temporary"] if d.permanent is False else "-"
        lines += [
            "",
            f"  {t['recipient']}: {d.address or t['no_address']}",
            f"  {e.title}",
            f"  {t['category']}: {catalogue.category_title(d.category, lang)}",
            f"  {t['reason']}: {catalogue.reason_label(d.reason, lang)} ({d.reason})",
            f"  {t['entry']}: {d.entry_code or d.entry if d.entry else t['no_entry']}",
            f"  {t['status']}: {code} ({lasting})",
            f"  {t['who']}: {catalogue.actor_label(d.actor, lang) if d.actor else '-'}",
            f"  {t['cause']}: {e.cause}",
            f"  {t['solution']}: {e.solution}",
        ]
        if d.evidence:
            lines.append(f"  {t['evidence']}: {d.evidence}")
    return "\n".join(lines)


def _read_stdin() -> list[Any]:
    from bouncegui.core import diagnose_bytes

    data = sys.stdin.buffer.read()
    return diagnose_bytes(data, "-")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 all read, 1 one unreadable, 2 usage)."""
    args = _parser().parse_args(argv)
    lang = args.lang or _default_lang()
    try:
        from bouncegui.core import diagnose_path, load_catalogue

        catalogue = load_catalogue()
        reports = []
        for path in args.paths:
            reports.extend(_read_stdin() if path == "-" else diagnose_path(path))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback for the user; say what broke
        print(f"bouncegui-cli: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    out = sys.stdout
    if args.json:
        json.dump([report_to_json(r, lang, catalogue) for r in reports], out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write("\n\n".join(report_to_text(r, lang, catalogue) for r in reports) + "\n")
    return 1 if any(r.kind == "error" for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
