"""Recourse: encrypted, offline documentation of human-rights cases and UN submissions."""

__version__ = "0.1.0"
