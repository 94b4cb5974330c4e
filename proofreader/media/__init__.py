"""Audio for the waveform timeline: peak envelopes at several zoom levels and their disk cache.

No Qt: the decoder that feeds a PeakBuilder lives in the UI (Qt Multimedia); everything here
works on plain unsigned 8-bit samples, so it is tested without a screen or a codec.
"""

from __future__ import annotations

from proofreader.media.peak_cache import PeakCache
from proofreader.media.peaks import BUCKET_MS, LEVEL_FACTOR, PeakBuilder, PeakLevel, Peaks

__all__ = ["BUCKET_MS", "LEVEL_FACTOR", "PeakBuilder", "PeakCache", "PeakLevel", "Peaks"]
