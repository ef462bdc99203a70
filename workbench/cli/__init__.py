"""The ``workbench`` command line: a thin shell over ``workbench.Project``."""
