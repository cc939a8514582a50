"""UN submissions: forms as data, completeness checks, consent-aware mapping, rendering, history."""

from app.domain.due import FOLLOW_UP_FORMS

FORMS = ("wgad", "wgad-urgent", "sp-allegation", "sp-urgent", "wgeid",
         "wgad-comments", "sp-update",  # follow-up documents (submission/followup.py)
         "reprisals")  # information for OHCHR's reprisals focal point (submission/reprisals.py)
LANGUAGES = ("en", "fr", "es")
FOLLOW_UP = FOLLOW_UP_FORMS  # documents that follow up a communication: one per case (submission/followup.py)
