"""German: de-DE, de-AT and de-CH (Switzerland writes "ss" for "ß"; Austria may write "Jänner")."""
