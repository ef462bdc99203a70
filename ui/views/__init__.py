"""The dossier's views: each shows one core model through a Qt item model from ui.models."""
