"""Proofreader: review HeyGen's machine-translated subtitles before the lip-synced render."""

__version__ = "0.1.0"
