"""Read-only questions over a built caseboard (timeline, ...)."""
