"""UI strings held in tables (column headers, tab titles, report labels), keyed by id.

They are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them, and translated
when shown, because a table built at import time would otherwise freeze the first language.
Catalogue causes and solutions are not here: the catalogue carries them in both languages.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

# Tab titles, in the help page's order, then the eighth tab for what matches no entry.
CATEGORY_TITLES: dict[str, str] = {
    "recipient": QT_TRANSLATE_NOOP("Category", "Recipient bounces"),
    "invalid_recipient": QT_TRANSLATE_NOOP("Category", "Invalid recipient bounces"),
    "sender": QT_TRANSLATE_NOOP("Category", "Sender bounces"),
    "content": QT_TRANSLATE_NOOP("Category", "Content bounces"),
    "rate_limit": QT_TRANSLATE_NOOP("Category", "Rate limit bounces"),
    "rbl": QT_TRANSLATE_NOOP("Category", "Remote block list (RBL) bounces"),
    "microsoft365": QT_TRANSLATE_NOOP("Category", "Microsoft 365 bounces"),
    "other": QT_TRANSLATE_NOOP("Category", "Other"),
}

# Tab labels: the Japanese ones are the help page's titles word for word; the English ones drop
# the repeated "bounces" so that eight tabs fit across the window without scroll buttons.
TAB_TITLES: dict[str, str] = {
    "recipient": QT_TRANSLATE_NOOP("CategoryTab", "Recipient"),
    "invalid_recipient": QT_TRANSLATE_NOOP("CategoryTab", "Invalid recipient"),
    "sender": QT_TRANSLATE_NOOP("CategoryTab", "Sender"),
    "content": QT_TRANSLATE_NOOP("CategoryTab", "Content"),
    "rate_limit": QT_TRANSLATE_NOOP("CategoryTab", "Rate limit"),
    "rbl": QT_TRANSLATE_NOOP("CategoryTab", "Remote block list (RBL)"),
    "microsoft365": QT_TRANSLATE_NOOP("CategoryTab", "Microsoft 365"),
    "other": QT_TRANSLATE_NOOP("CategoryTab", "Other"),
}

# Columns of every category table: the help page's own three.
CATALOGUE_COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CatalogueColumn", "Bounce error"),
    QT_TRANSLATE_NOOP("CatalogueColumn", "Cause"),
    QT_TRANSLATE_NOOP("CatalogueColumn", "Solution"),
)

# Columns of the session list.
SESSION_COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("SessionColumn", "Message"),
    QT_TRANSLATE_NOOP("SessionColumn", "Category"),
    QT_TRANSLATE_NOOP("SessionColumn", "Recipient"),
)

# Labels of the summary and of shared reports and notes; {placeholders} are filled by str.format.
LABELS: dict[str, str] = {
    "category": QT_TRANSLATE_NOOP("Label", "Category"),
    "title": QT_TRANSLATE_NOOP("Label", "What happened"),
    "code": QT_TRANSLATE_NOOP("Label", "Code"),
    "cause": QT_TRANSLATE_NOOP("Label", "Cause"),
    "solution": QT_TRANSLATE_NOOP("Label", "What to do"),
    "actor": QT_TRANSLATE_NOOP("Label", "Who has to act"),
    "duration": QT_TRANSLATE_NOOP("Label", "Temporary or permanent"),
    "recipients": QT_TRANSLATE_NOOP("Label", "Failed recipient(s)"),
    "evidence": QT_TRANSLATE_NOOP("Label", "From the bounce"),
    "source": QT_TRANSLATE_NOOP("Label", "Message"),
    "subject": QT_TRANSLATE_NOOP("Label", "Subject"),
    "kind": QT_TRANSLATE_NOOP("Label", "Kind"),
    "error": QT_TRANSLATE_NOOP("Label", "Error"),
    "notice": QT_TRANSLATE_NOOP("Label", "Note"),
    "permanent": QT_TRANSLATE_NOOP("Label", "Permanent: sending again will fail the same way"),
    "temporary": QT_TRANSLATE_NOOP("Label", "Temporary: the server may accept it later"),
    "unknown": QT_TRANSLATE_NOOP("Label", "Not stated"),
    "no_recipient": QT_TRANSLATE_NOOP("Label", "(not named in the bounce)"),
    "no_entry": QT_TRANSLATE_NOOP(
        "Label", "No entry of the help page matched; this explanation comes from the bounce's codes."
    ),
    "report_heading": QT_TRANSLATE_NOOP("Label", "Bounce diagnosis"),
    "batch_heading": QT_TRANSLATE_NOOP("Label", "Bounce diagnoses"),
    "note_greeting_recipient": QT_TRANSLATE_NOOP(
        "Label", "Hello,\n\nA message I sent to {address} came back undelivered."
    ),
    "note_greeting_recipient_admin": QT_TRANSLATE_NOOP(
        "Label", "Hello,\n\nA message sent to {address}, an address at your organisation, came back undelivered."
    ),
    "note_greeting_sender_admin": QT_TRANSLATE_NOOP(
        "Label", "Hello,\n\nA message I sent to {address} came back undelivered, and the fix is on our side."
    ),
    "note_greeting_provider": QT_TRANSLATE_NOOP(
        "Label", "Hello,\n\nA message sent through your service to {address} came back undelivered."
    ),
    "note_greeting_sender": QT_TRANSLATE_NOOP("Label", "Note to self: the message to {address} came back undelivered."),
    "note_failure": QT_TRANSLATE_NOOP("Label", "What failed: {title}"),
    "note_bounce": QT_TRANSLATE_NOOP("Label", "The bounce said: {evidence}"),
    "note_cause": QT_TRANSLATE_NOOP("Label", "Why: {cause}"),
    "note_solution": QT_TRANSLATE_NOOP("Label", "What should be done: {solution}"),
    "note_closing": QT_TRANSLATE_NOOP("Label", "Thank you."),
}


def category_title(category_id: str) -> str:
    """Translated tab title of a category id (the id itself when unknown)."""
    source = CATEGORY_TITLES.get(category_id)
    return category_id if source is None else QCoreApplication.translate("Category", source)


def tab_title(category_id: str) -> str:
    """Translated tab label of a category id."""
    source = TAB_TITLES.get(category_id)
    return category_id if source is None else QCoreApplication.translate("CategoryTab", source)


def labels(translator: QTranslator | None = None) -> dict[str, str]:
    """Every label, translated by ``translator`` or else into the installed language.

    A note may be written in another language than the window's, hence the optional translator.
    """
    if translator is None:
        return {key: QCoreApplication.translate("Label", text) for key, text in LABELS.items()}
    return {key: translator.translate("Label", text) or text for key, text in LABELS.items()}
