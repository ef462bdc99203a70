"""Dialogs: small forms that return values; the caller turns them into undoable commands."""
