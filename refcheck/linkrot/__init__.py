"""The nightly link-rot job: every DOI and URL of many documents, checked, with history.

Modules: ``collect`` (walk paths, read documents, the targets each one cites, with lines),
``status`` (a Resolution as a link-rot status, pure), ``store`` (the SQLite history: schema,
migrations, lock), ``run`` (start or resume a run, collect, check in committed batches, finish),
``report`` (what changed since the last run, as frozen dataclasses, and its JSON form),
``report_text`` / ``report_html`` (pure renderers) and ``cli`` (the click ``links`` command).
"""

from __future__ import annotations
