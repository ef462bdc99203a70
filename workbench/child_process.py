"""What every worker process of the workbench does for itself (the import's extraction
workers, the suggestion scan's process)."""

from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.connection import wait


def exit_with_parent() -> None:
    """Stop at once when the application is gone (killed, crashed), even in the middle of a
    file or a scan: nothing is left to report to, and nobody else would end the process."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="cwb-parent-watch", daemon=True).start()
