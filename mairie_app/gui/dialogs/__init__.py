"""Dialogs: first-run assistant, PDF preview, about box."""
