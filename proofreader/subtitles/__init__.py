"""subtitles."""
