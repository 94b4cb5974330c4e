"""Quality checks over a proofread document (ids, severities and limits in subtitle-qc.md)."""

from __future__ import annotations

from proofreader.subtitles.checks.checker import Checker, FindingsListener
from proofreader.subtitles.checks.findings import CHECKS, CheckInfo, Finding, Severity

__all__ = ["CHECKS", "CheckInfo", "Checker", "Finding", "FindingsListener", "Severity"]
