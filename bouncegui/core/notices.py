"""What the engine says about an input it could not read, or read only in part, in both languages.

Reports carry these as English text (the JSON contract's "error" and "notes"); ``translate``
turns any of them into Japanese for the window and ``bouncegui-cli --lang ja``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bouncegui.core.model import Lang

#: id → (English, Japanese); {placeholders} are filled by ``say``.
NOTICES: dict[str, tuple[str, str]] = {
    "empty": ("the file is empty", "ファイルが空です"),
    "binary": ("this is not an email message or text (it looks like binary data)",
               "メールでもテキストでもありません(バイナリデータのようです)"),
    "mbox_empty": ("the mailbox file holds no messages", "メールボックスファイルにメッセージがありません"),
    "folder_empty": ("the folder holds no mail files", "フォルダにメールのファイルがありません"),
    "missing": ("no such file or folder", "ファイルまたはフォルダが見つかりません"),
    "folder_unreadable": ("this is a folder that cannot be read", "読み込めないフォルダです"),
    "permission": ("permission denied: the file cannot be read",
                   "アクセスが拒否されました。ファイルを読み込めません"),
    "unreadable": ("the file cannot be read: {reason}", "ファイルを読み込めません: {reason}"),
    "msg_unreadable": ("not a readable Outlook .msg file ({detail})",
                       "読み込めるOutlookの.msgファイルではありません({detail})"),
    "msg_broken": ("could not read the Outlook .msg file ({detail})",
                   "Outlookの.msgファイルを読み込めませんでした({detail})"),
    "size_limit": ("only the first {mb} MB were read", "先頭の{mb} MBだけを読み込みました"),
    "text_limit": ("only the first {kb} KB of the notice's text were read",
                   "通知の本文は先頭の{kb} KBだけを読みました"),
    "parts_limit": ("only the first {count} MIME parts were read", "MIMEパートは最初の{count}個だけを読みました"),
    "depth_limit": ("attached messages nested deeper than {depth} levels were not read",
                    "{depth}階層より深く入れ子になった添付メッセージは読みませんでした"),
}


def say(notice: str, **values: object) -> str:
    """The English text of *notice* with its values filled in (what a Report carries)."""
    return NOTICES[notice][0].format(**values)


def translate(text: str, lang: Lang) -> str:
    """*text* (an engine notice in English) in *lang*; unknown text is returned as it is."""
    if lang == "en":
        return text
    for pattern, japanese in _patterns():
        m = pattern.fullmatch(text)
        if m:
            return japanese.format(**m.groupdict())
    return text


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for english, japanese in NOTICES.values():
        pieces = re.split(r"\{(\w+)\}", english)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(pieces))
        out.append((re.compile(regex, re.DOTALL), japanese))
    return tuple(out)
