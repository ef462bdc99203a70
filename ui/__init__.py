"""The PySide6 desktop layer. Imports ``workbench``; the core never imports this package."""
