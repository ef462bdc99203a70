"""Build steps for the Windows release (icon, version resource, code signing), used by
build_installer.spec and the Windows CI workflow. Not part of the installed application."""
