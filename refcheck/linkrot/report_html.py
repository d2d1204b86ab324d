"""The link-rot report as one self-contained HTML file: inline CSS, inline JavaScript, an inline
SVG chart of broken links over the last runs, sortable and filterable tables.

Why no external anything: the report is mailed, archived and opened from disk years later; a
Content-Security-Policy of ``default-src 'none'`` makes the browser refuse any request it might
try. Links to documents are relative ``file`` links (``path#L12``), made by the caller's
``link`` function, so this module stays a pure function of the report.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from refcheck.linkrot.report import Item, LinkReport, Tally
from refcheck.linkrot.store import RunRow

CATEGORIES = (
    ("new", "newly broken"),
    ("broken", "still broken"),
    ("recovered", "recovered"),
    ("unverifiable", "unverifiable"),
    ("redirected", "redirected"),
)

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:1.5em auto;max-width:1200px;
padding:0 1em;color:#1d2125;background:#fff}
h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.15em;margin:1.6em 0 .5em}
.summary{display:flex;flex-wrap:wrap;gap:.6em;margin:.8em 0}
.summary div{border:1px solid #d0d7de;border-radius:6px;padding:.4em .8em}
.summary b{display:block;font-size:1.3em}
table{border-collapse:collapse;width:100%;margin:.4em 0}
th,td{border-bottom:1px solid #e1e4e8;padding:.3em .5em;text-align:left;vertical-align:top}
th{cursor:pointer;user-select:none;background:#f6f8fa;position:sticky;top:0}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
td.num,th.num{text-align:right}td.target{word-break:break-all;max-width:32em}
.cat{font-weight:600;white-space:nowrap}.cat-new{color:#b3261e}.cat-broken{color:#8a1c14}
.cat-recovered{color:#1a7f37}.cat-unverifiable{color:#8250df}.cat-redirected{color:#9a6700}
.controls{display:flex;gap:.6em;align-items:center;margin:.4em 0}
input,select{font:inherit;padding:.2em .4em}
svg .axis{stroke:#8c959f}svg .broken{stroke:#b3261e;fill:none;stroke-width:2}
svg .unverifiable{stroke:#8250df;fill:none;stroke-dasharray:4 3}svg .point{fill:#b3261e}
svg text{font-size:11px;fill:#57606a}
"""

_JS = """
(function () {
  var filter = document.getElementById('filter');
  var status = document.getElementById('status');
  var shown = document.getElementById('shown');
  function apply() {
    var q = filter.value.toLowerCase(), s = status.value, count = 0;
    var rows = document.querySelectorAll('#items tbody tr');
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var keep = (!s || row.getAttribute('data-category') === s) &&
        (!q || row.textContent.toLowerCase().indexOf(q) !== -1);
      row.hidden = !keep;
      if (keep) { count++; }
    }
    shown.textContent = String(count);
  }
  filter.addEventListener('input', apply);
  status.addEventListener('change', apply);
  function key(cell) {
    var value = cell.getAttribute('data-value');
    return value === null ? cell.textContent.trim() : value;
  }
  var tables = document.querySelectorAll('table.sortable');
  for (var t = 0; t < tables.length; t++) {
    (function (table) {
      var heads = table.tHead.rows[0].cells;
      for (var c = 0; c < heads.length; c++) {
        (function (th, column) {
          th.addEventListener('click', function () {
            var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
            for (var h = 0; h < heads.length; h++) { heads[h].removeAttribute('aria-sort'); }
            th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
            var numeric = th.getAttribute('data-type') === 'number';
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = key(a.cells[column]), y = key(b.cells[column]);
              var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
              return order * dir;
            });
            for (var r = 0; r < rows.length; r++) { body.appendChild(rows[r]); }
          });
        })(heads[c], c);
      }
    })(tables[t]);
  }
  apply();
})();
"""

Link = Callable[[str, int], str]


def _plain_link(path: str, line: int) -> str:
    return f"{path}#L{line}" if line else path


def chart(runs: tuple[RunRow, ...], width: int = 720, height: int = 220) -> str:
    """Broken (solid, one point a run) and unverifiable (dashed) targets over the runs."""
    left, right, top, bottom = 44, 16, 14, 34
    inner_w, inner_h = width - left - right, height - top - bottom
    peak = max([1, *(r.broken for r in runs), *(r.unverifiable for r in runs)])

    def x(index: int) -> float:
        return left + (inner_w * index / (len(runs) - 1) if len(runs) > 1 else inner_w / 2)

    def y(value: int) -> float:
        return top + inner_h - inner_h * value / peak

    parts = [
        f'<svg id="trend" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="broken links over the last '
        f'{len(runs)} runs">',
        f'<line class="axis" x1="{left}" y1="{top + inner_h}" x2="{width - right}" '
        f'y2="{top + inner_h}"/>',
        f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + inner_h}"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 6}" y="{top + inner_h + 4}" text-anchor="end">0</text>',
    ]
    if runs:
        broken = " ".join(f"{x(i):.1f},{y(r.broken):.1f}" for i, r in enumerate(runs))
        unverifiable = " ".join(f"{x(i):.1f},{y(r.unverifiable):.1f}" for i, r in enumerate(runs))
        parts.append(f'<polyline class="unverifiable" points="{unverifiable}"/>')
        parts.append(f'<polyline class="broken" points="{broken}"/>')
    for index, run in enumerate(runs):
        parts.append(
            f'<circle class="point" data-run="{run.id}" data-broken="{run.broken}" '
            f'cx="{x(index):.1f}" cy="{y(run.broken):.1f}" r="3.5"><title>run {run.id} '
            f"({escape(run.started_at)}): {run.broken} broken, {run.unverifiable} unverifiable"
            "</title></circle>"
        )
    if runs:
        for index in sorted({0, len(runs) - 1}):
            parts.append(
                f'<text x="{x(index):.1f}" y="{height - 12}" text-anchor="middle">'
                f"run {runs[index].id}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _places(item: Item, link: Link) -> str:
    return "<br>".join(
        f'<a href="{escape(link(p.path, p.line))}">{escape(p.path)}:{p.line}</a>'
        for p in item.places
    )


def _item_row(item: Item, link: Link) -> str:
    label = dict(CATEGORIES)[item.category]
    since = item.since if item.status == "broken" else ""
    archived = (
        f'<a href="{escape(item.archived_url)}">archived copy</a>' if item.archived_url else ""
    )
    moved = (
        f'<br>now at <a href="{escape(item.final_url)}">{escape(item.final_url)}</a>'
        if item.final_url and item.status == "redirected"
        else ""
    )
    return (
        f'<tr data-category="{item.category}">'
        f'<td class="cat cat-{item.category}">{escape(label)}</td>'
        f"<td>{escape(item.kind)}</td>"
        f'<td class="target">{escape(item.target)}</td>'
        f"<td>{escape(item.host)}</td>"
        f"<td>{escape(item.reason)}{moved}</td>"
        f"<td>{escape(since)}</td>"
        f'<td class="num">{item.streak}</td>'
        f'<td data-value="{escape(item.places[0].path if item.places else "")}">'
        f"{_places(item, link)}</td>"
        f"<td>{archived}</td></tr>"
    )


def _tally_table(table_id: str, title: str, tallies: tuple[Tally, ...]) -> str:
    rows = "".join(
        f"<tr><td>{escape(t.name)}</td><td class=num>{t.targets}</td>"
        f"<td class=num>{t.broken}</td><td class=num>{t.new}</td>"
        f"<td class=num>{t.unverifiable}</td><td class=num>{t.redirected}</td></tr>"
        for t in tallies
    )
    number = 'class="num" data-type="number"'
    return (
        f'<table id="{table_id}" class="sortable"><thead><tr><th>{title}</th>'
        f"<th {number}>targets</th><th {number}>broken</th><th {number}>new</th>"
        f"<th {number}>unverifiable</th><th {number}>redirected</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def render(report: LinkReport, link: Link = _plain_link) -> str:
    run = report.run
    counts = [
        ("documents", run.documents),
        ("targets", run.targets),
        ("ok", run.ok),
        ("redirected", run.redirected),
        ("broken", run.broken),
        ("newly broken", len(report.newly_broken)),
        ("recovered", len(report.recovered)),
        ("unverifiable", run.unverifiable),
    ]
    summary = "".join(f"<div><b>{value}</b>{escape(name)}</div>" for name, value in counts)
    compared = (
        f"compared with run {report.previous.id} ({escape(report.previous.started_at)})"
        if report.previous
        else "first run: nothing to compare with"
    )
    options = '<option value="">all</option>' + "".join(
        f'<option value="{key}">{escape(label)}</option>' for key, label in CATEGORIES
    )
    rows = "".join(_item_row(item, link) for item in _ordered(report))
    number = 'class="num" data-type="number"'
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Link rot: run {run.id}</title><style>{_CSS}</style></head>
<body>
<h1>Link rot: run {run.id}</h1>
<p>Started {escape(run.started_at)}, finished {escape(run.finished_at or "")}; {compared}.</p>
<div class="summary">{summary}</div>
<h2>Broken links over the last {len(report.trend)} runs</h2>
{chart(report.trend)}
<h2>Targets to look at</h2>
<div class="controls"><input id="filter" type="search" placeholder="filter: URL, host, document"
aria-label="filter"> <select id="status" aria-label="status">{options}</select>
<span><span id="shown">{len(report.items)}</span> of {len(report.items)} shown</span></div>
<table id="items" class="sortable"><thead><tr><th>status</th><th>kind</th><th>target</th>
<th>host</th><th>reason</th><th>broken since</th><th {number}>runs broken</th><th>where</th>
<th>archive</th></tr></thead><tbody>{rows}</tbody></table>
<h2>By document</h2>
{_tally_table("documents", "document", report.documents)}
<h2>By host</h2>
{_tally_table("hosts", "host", report.hosts)}
<script>{_JS}</script>
</body></html>
"""


def _ordered(report: LinkReport) -> list[Item]:
    rank = {key: index for index, (key, _) in enumerate(CATEGORIES)}
    return sorted(report.items, key=lambda i: (rank[i.category], i.kind, i.target))
