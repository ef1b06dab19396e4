"""Cross-document comparison: which mentions in different sources report the same thing."""
