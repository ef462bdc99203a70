"""Deliverables: the Word annex and communication, the Excel pro/con workbook."""
