"""UN submissions: forms as data, completeness checks, consent-aware mapping, rendering, history."""

FORMS = ("wgad", "wgad-urgent", "sp-allegation", "sp-urgent", "wgeid", "reprisals")
LANGUAGES = ("en", "fr", "es")
