"""Installing translations: every compiled `translations/*_<lang>.qm` plus Qt's own qtbase.

Chinese is the default whatever the OS locale. Switching installs new translators, which makes
Qt send `QEvent.LanguageChange` to every widget; widgets re-translate in `changeEvent`.
The language lives as a property of the application object, not in a module global.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)
_PROPERTY = "disputekitLanguage"
_TRANSLATORS = "_disputekit_translators"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context` (lupdate reads the call by this name) and
    returns it unchanged, typed as text: PySide6's own is typed to return `object`."""
    return source


def translations_dir() -> Path:
    """The folder holding the .ts sources and the compiled .qm files."""
    return Path(__file__).resolve().parents[2] / "translations"


def current_language() -> str:
    """The UI language ("zh_CN" or "en"); Chinese when no application runs yet."""
    app = QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return str(value) if value in LANGUAGES else CHINESE


def vocab_lang() -> str:
    """The language key the domain vocabulary labels take (`Labeled.label`)."""
    return "en" if current_language() == ENGLISH else "zh"


def shown(text: object) -> str:
    """A text from the core in the UI language: a message (`disputekit.messages.Msg`) through
    its catalog, anything else (a user's own words, a citation) as it is."""
    from disputekit.messages import render

    return render(text, current_language())


def error_text(exc: BaseException) -> str:
    """Why `exc` happened, in the UI language: an error that carries its message as `text`
    (the store's, a bundle's, a refused file's, a bill's, an amount's) through its catalog,
    an OS refusal by its errno (`disputekit.messages.os_failure`), any other as it words
    itself."""
    from disputekit.messages import os_failure

    text = getattr(exc, "text", None)
    if isinstance(text, str) and text:
        return shown(text)
    if isinstance(exc, OSError) and exc.errno is not None:
        return shown(os_failure(exc))
    return str(exc) or type(exc).__name__


def install_language(app: QCoreApplication, language: str) -> list[str]:
    """Replace the installed translators with those of `language`; returns the loaded files."""
    if language not in LANGUAGES:
        language = CHINESE
    for old in getattr(app, _TRANSLATORS, []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    loaded: list[str] = []
    if language == CHINESE:
        files = sorted(translations_dir().glob(f"*_{CHINESE}.qm"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append(Path(qt_dir) / f"qtbase_{CHINESE}.qm")
        for path in files:
            translator = QTranslator(app)
            if path.is_file() and translator.load(str(path)):
                translators.append(translator)
                loaded.append(path.name)
    setattr(app, _TRANSLATORS, translators)
    QLocale.setDefault(QLocale("en_US" if language == ENGLISH else "zh_CN"))
    app.setProperty(_PROPERTY, language)
    for translator in translators:
        app.installTranslator(translator)
    # Installing or removing a translator posts LanguageChange, which reaches the windows at a
    # later turn of the event loop (and switching to English with none installed posts nothing).
    # Send it to the open windows now, so the UI is re-translated when this returns.
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            if window.isVisible():
                QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    return loaded
