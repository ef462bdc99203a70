"""Qt item models adapting the core API to views."""
