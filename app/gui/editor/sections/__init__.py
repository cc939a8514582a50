"""One module per section of the case editor."""
