"""The Playback menu: play/pause, JKL, play and loop the cue, only the subtitled ranges, steps,
speed, set in/out.

Space plays and pauses anywhere except in text fields: it is a window shortcut, and Qt's text
fields claim plain typing keys (Space included) before shortcuts are matched, so typing a space
never toggles playback. Ctrl+Space works even while typing.

J, K and L (when the cue table has focus) follow video editors, as far as a preview without
reverse playback allows:
  L  plays; pressed again while playing, plays faster (up to 2×);
  K  pauses;
  J  while playing faster than 1×, slows down one step; otherwise jumps back one second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from proofreader.ui.actions import ActionSpec
from proofreader.ui.i18n import translate
from proofreader.ui.player.transport_bar import rate_label

if TYPE_CHECKING:
    from proofreader.ui.player import PreviewPlayer
    from proofreader.ui.window.host import EditorHost

RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)  # the transport bar's choices
SKIP_GAPS_KEY = "play_subtitled_only"


def _step_rate(rate: float, steps: int) -> float:
    """The next speed up (steps > 0) or down among RATES."""
    if steps > 0:
        faster = [r for r in RATES if r > rate + 1e-9]
        return faster[0] if faster else RATES[-1]
    slower = [r for r in RATES if r < rate - 1e-9]
    return slower[-1] if slower else RATES[0]


class PlaybackCommands:
    """Handlers of the Playback menu; they do nothing until the player exists."""

    def __init__(self, window: EditorHost) -> None:
        self._window = window
        window.player_ready.connect(self.apply_skip_gaps)

    def _player(self) -> PreviewPlayer | None:
        return self._window.area.player

    def specs(self) -> list[ActionSpec]:
        w = self._window
        has_player = self._has_player

        def step(label: str, key: str, order: int, frames: int = 0, ms: int = 0) -> ActionSpec:
            return ActionSpec(
                f"play.{label}", _step_text(label), "Playback", lambda: self._step(frames, ms),
                (key,), group="steps", order=order, enabled_when=has_player,
            )  # fmt: skip

        return [
            ActionSpec("play.toggle", translate("PlaybackCommands", "&Play / Pause"), "Playback",
                       self.toggle, ("Space", "Ctrl+Space"), group="play", order=110,
                       enabled_when=has_player, icon="media-playback-start",
                       sheet_note=translate("PlaybackCommands", "Space: outside text fields"),
                       toolbar=True),
            ActionSpec("play.cue", translate("PlaybackCommands", "Play &Current Cue"),
                       "Playback", self.play_cue, ("Ctrl+Shift+Space",), group="play", order=120,
                       enabled_when=has_player,
                       tip=translate("PlaybackCommands",
                                     "Play the current cue once (or repeatedly with Loop Cue)")),
            ActionSpec("play.loop", translate("PlaybackCommands", "&Loop Cue"), "Playback",
                       self.toggle_loop, ("Ctrl+L",), group="play", order=130, checkable=True,
                       enabled_when=has_player, icon="media-playlist-repeat"),
            ActionSpec("play.subtitled_only",
                       translate("PlaybackCommands", "Play &Only Subtitled Ranges"), "Playback",
                       self.apply_skip_gaps, group="play", order=140, checkable=True,
                       checked=w.state.flag(SKIP_GAPS_KEY, False),
                       tip=translate("PlaybackCommands",
                                     "While playing, jump over the gaps between cues and stop "
                                     "after the last one")),
            ActionSpec("play.jkl_back", translate("PlaybackCommands", "Back / Slower (J)"),
                       "Playback", self.jkl_back, ("J",), group="jkl", order=210, scope="table",
                       enabled_when=has_player),
            ActionSpec("play.jkl_pause", translate("PlaybackCommands", "Pause (K)"), "Playback",
                       self.pause, ("K",), group="jkl", order=220,
                       scope="table", enabled_when=has_player),
            ActionSpec("play.jkl_forward", translate("PlaybackCommands", "Play / Faster (L)"),
                       "Playback", self.jkl_forward, ("L",), group="jkl", order=230, scope="table",
                       enabled_when=has_player),
            step("frame_back", "Alt+Left", 310, frames=-1),
            step("frame_forward", "Alt+Right", 320, frames=1),
            step("second_back", "Alt+Shift+Left", 330, ms=-1000),
            step("second_forward", "Alt+Shift+Right", 340, ms=1000),
            step("five_back", "Alt+PgUp", 350, ms=-5000),
            step("five_forward", "Alt+PgDown", 360, ms=5000),
            ActionSpec("play.slower", translate("PlaybackCommands", "Slo&wer"), "Playback",
                       lambda: self.change_rate(-1), ("Ctrl+[",), group="rate", order=410,
                       enabled_when=has_player),
            ActionSpec("play.faster", translate("PlaybackCommands", "Fas&ter"), "Playback",
                       lambda: self.change_rate(1), ("Ctrl+]",), group="rate", order=420,
                       enabled_when=has_player),
            ActionSpec("play.normal", translate("PlaybackCommands", "&Normal Speed"), "Playback",
                       self.normal_rate, ("Ctrl+0",), group="rate", order=430,
                       enabled_when=has_player),
            ActionSpec("play.set_in", translate("PlaybackCommands", "Set Cue St&art to Playhead"),
                       "Playback", self.set_in, ("Alt+Home",), group="timing", order=510,
                       enabled_when=w.has_current_row),
            ActionSpec("play.set_out", translate("PlaybackCommands", "Set Cue &End to Playhead"),
                       "Playback", self.set_out, ("Alt+End",), group="timing", order=520,
                       enabled_when=w.has_current_row),
        ]  # fmt: skip

    def _has_player(self) -> bool:
        return self._player() is not None and self._window.session is not None

    # ----- handlers -----

    def toggle(self) -> None:
        player = self._player()
        if player is not None:
            player.toggle_play()

    def pause(self) -> None:
        player = self._player()
        if player is not None:
            player.pause()

    def play_cue(self) -> None:
        player = self._player()
        if player is not None:
            player.play_current_cue()

    def toggle_loop(self) -> None:
        player = self._player()
        if player is not None:
            player.set_loop(self._window.registry.action("play.loop").isChecked())

    def apply_skip_gaps(self) -> None:
        on = self._window.registry.action("play.subtitled_only").isChecked()
        player = self._player()
        if player is not None:
            player.set_skip_gaps(on)
        self._window.state.set_flag(SKIP_GAPS_KEY, on)

    def jkl_forward(self) -> None:
        player = self._player()
        if player is None:
            return
        if player.is_playing():
            player.set_rate(_step_rate(player.rate(), 1))
        else:
            player.play()

    def jkl_back(self) -> None:
        player = self._player()
        if player is None:
            return
        if player.is_playing() and player.rate() > 1.0:
            player.set_rate(_step_rate(player.rate(), -1))
        else:
            player.skip_ms(-1000)

    def _step(self, frames: int, ms: int) -> None:
        player = self._player()
        if player is None:
            return
        if frames:
            player.step_frames(frames)
        else:
            player.skip_ms(ms)

    def change_rate(self, steps: int) -> None:
        player = self._player()
        if player is not None:
            player.set_rate(_step_rate(player.rate(), steps))
            self._window.show_message(
                translate("PlaybackCommands", "Speed {rate}").format(rate=rate_label(player.rate()))
            )

    def normal_rate(self) -> None:
        player = self._player()
        if player is not None:
            player.set_rate(1.0)

    def set_in(self) -> None:
        player, pane = self._player(), self._window.area.pane
        if player is not None and pane is not None:
            pane.apply_in_from(player.position())

    def set_out(self) -> None:
        player, pane = self._player(), self._window.area.pane
        if player is not None and pane is not None:
            pane.apply_out_from(player.position())


def _step_text(label: str) -> str:
    """The menu text of a step command."""
    return {
        "frame_back": translate("PlaybackCommands", "Back 1 &Frame"),
        "frame_forward": translate("PlaybackCommands", "Forward 1 F&rame"),
        "second_back": translate("PlaybackCommands", "Back 1 &Second"),
        "second_forward": translate("PlaybackCommands", "Forward 1 Secon&d"),
        "five_back": translate("PlaybackCommands", "Back 5 Seconds"),
        "five_forward": translate("PlaybackCommands", "Forward 5 Seconds"),
    }[label]
