"""After every scan: a coloured message in the tab and a short sound.

Distinct sounds for success, warning and error let a technician keep their eyes
on the patron. Never a modal dialog in a scanning loop: it would steal the focus.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QLabel, QWidget

log = logging.getLogger(__name__)


class Tone(StrEnum):
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


_STYLES = {
    Tone.SUCCESS: "background:#e3f4e1; color:#1d5e20; border:1px solid #8cc788;",
    Tone.WARNING: "background:#fff3cd; color:#6b4e00; border:2px solid #e0a800;",
    Tone.ERROR: "background:#fbe3e4; color:#8a1c1f; border:2px solid #d9534f;",
}
_ICONS = {Tone.SUCCESS: "✔", Tone.WARNING: "⚠", Tone.ERROR: "✖"}
#: A field with a problem: a coloured border, its own background.
FIELD_MARKS = {
    Tone.ERROR: "border:2px solid #d9534f; background:#fbe3e4;",
    Tone.WARNING: "border:2px solid #e0a800; background:#fff8e1;",
}


class SoundPlayer(Protocol):
    def play(self, tone: Tone) -> None: ...


class RecordingSoundPlayer:
    """Plays nothing and remembers what it was asked: for tests and for 'sounds off'."""

    def __init__(self) -> None:
        self.played: list[Tone] = []

    def play(self, tone: Tone) -> None:
        self.played.append(tone)


class SwitchableSoundPlayer:
    """Sounds that the technician can turn off (Settings → Sounds) without a restart."""

    def __init__(self, inner: SoundPlayer, enabled: bool = True) -> None:
        self._inner = inner
        self.enabled = enabled

    def play(self, tone: Tone) -> None:
        if self.enabled:
            self._inner.play(tone)


class QtSoundPlayer(QObject):
    """Plays ``<sounds_dir>/<tone>.wav`` through Qt Multimedia, if it is available."""

    def __init__(self, sounds_dir: Path, volume: float = 0.8, parent: QObject | None = None):
        super().__init__(parent)
        self._effects: dict[Tone, object] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # a minimal Qt without multimedia: stay silent, say why once
            log.warning("Qt Multimedia is not available; desk sounds are off")
            return
        for tone in Tone:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sounds_dir / f"{tone.value}.wav")))
            effect.setVolume(volume)
            self._effects[tone] = effect

    def play(self, tone: Tone) -> None:
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]


#: A dialog's status line when something was refused: dark red, bold.
STATUS_ERROR_STYLE = "QLabel { color:#8a1c1f; font-weight:bold; }"


def show_status(label: QLabel, text: str, *, error: bool = False) -> None:
    """A dialog's one status line: plain for progress and outcomes, red when refused."""
    label.setText(text)
    label.setStyleSheet(STATUS_ERROR_STYLE if error else "")


def show_message(label: QLabel, tone: Tone, text: str) -> None:
    """Put ``text`` in the tab's message banner, coloured by how it went."""
    label.setText(f"{_ICONS[tone]}  {text}")
    label.setStyleSheet(f"QLabel {{ {_STYLES[tone]} padding:8px; border-radius:4px; }}")
    label.setProperty("tone", tone.value)
    label.setAccessibleDescription(tone.value)


def clear_message(label: QLabel) -> None:
    """Empty the banner and drop its colour (it keeps its place in the layout)."""
    label.clear()
    label.setProperty("tone", "")
    label.setStyleSheet("")


def mark_field(widget: QWidget, tone: Tone | None) -> None:
    """Colour the border of a form field with a problem; ``None`` takes the mark off."""
    if tone is None or tone not in FIELD_MARKS:
        widget.setStyleSheet("")
        return
    name = widget.metaObject().className()
    widget.setStyleSheet(f"{name} {{ {FIELD_MARKS[tone]} }}")


class Feedback:
    """One tab's feedback channel: banner label plus sound."""

    def __init__(self, label: QLabel, sounds: SoundPlayer) -> None:
        self._label = label
        self._sounds = sounds

    def info(self, text: str) -> None:
        """A quiet note that answers no scan: no sound."""
        show_message(self._label, Tone.SUCCESS, text)

    def success(self, text: str) -> None:
        self._say(Tone.SUCCESS, text)

    def warning(self, text: str) -> None:
        self._say(Tone.WARNING, text)

    def error(self, text: str) -> None:
        self._say(Tone.ERROR, text)

    def _say(self, tone: Tone, text: str) -> None:
        show_message(self._label, tone, text)
        self._sounds.play(tone)
