"""The inline CSS and JavaScript of the HTML report (kept apart so the renderer reads as markup).

The script only filters: it hides the findings whose severity or rule is unchecked, dims the
highlights whose findings are all hidden, and updates the count shown. Without it every finding
is shown.
"""

from __future__ import annotations

CSS = """
:root { --error: #b3261e; --warning: #8a5a00; --info: #0b57d0; --ok: #146c2e; --muted: #5f6368;
  --line: #eef0f3; --bg-error: #fce8e6; --bg-warning: #fef7e0; --bg-info: #e8f0fe; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f1f1f;
  overflow-wrap: anywhere;
  background: #fff; }
header { background: #f8f9fa; border-bottom: 1px solid #dadce0;
  padding: .6rem 1.2rem; }
header h1 { font-size: 1.15rem; margin: 0 0 .2rem; }
main { padding: 0 1.2rem 3rem; max-width: 70rem; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; word-break: break-all; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.summary { margin: 0; }
fieldset { display: inline-block; border: 1px solid #dadce0; border-radius: 4px; margin: .3rem .6rem 0 0;
  padding: .1rem .6rem .3rem; vertical-align: top; }
legend { font-size: .8rem; color: var(--muted); }
label { margin-right: .8rem; white-space: nowrap; font-size: .9rem; }
.manuscript { border: 1px solid #dadce0; border-radius: 4px; padding: .4rem 0; overflow-x: auto; }
.line { display: flex; min-height: 1.5em; }
.line:target { background: #fff8c5; }
.ln { flex: 0 0 3.5rem; text-align: right; padding-right: .8rem; color: var(--muted);
  user-select: none; font: .8rem/1.9 ui-monospace, monospace; }
.tx { white-space: pre-wrap; word-break: break-word; flex: 1; padding-right: .6rem; }
a.citation { background: #e6f4ea; border-bottom: 2px solid var(--ok); color: inherit;
  text-decoration: none; border-radius: 2px; }
a.citation:hover, a.citation:target { background: #ceead6; }
.citation.unmatched { background: var(--bg-error); border-bottom: 2px dashed var(--error); }
a.citation.ambiguous { border-bottom-style: dotted; }
mark.flag { background: none; color: inherit; text-decoration: underline wavy var(--warning);
  text-decoration-skip-ink: none; text-underline-offset: 3px; }
mark.flag.sev-error { text-decoration-color: var(--error); }
mark.flag.sev-info { text-decoration-color: var(--info); }
mark.flag.muted { text-decoration: none; }
.inline { margin: .1rem .6rem .3rem 3.5rem; }
.finding { border-left: 4px solid; border-radius: 3px; padding: .15rem .5rem; margin: .2rem 0;
  font-size: .9rem; }
.finding.sev-error { border-color: var(--error); background: var(--bg-error); }
.finding.sev-warning { border-color: var(--warning); background: var(--bg-warning); }
.finding.sev-info { border-color: var(--info); background: var(--bg-info); }
.sev { font-weight: 600; text-transform: uppercase; font-size: .75rem; margin-right: .3rem; }
.sev-error .sev { color: var(--error); } .sev-warning .sev { color: var(--warning); }
.sev-info .sev { color: var(--info); }
code { font: .85em ui-monospace, monospace; }
.where, .meta { color: var(--muted); font-size: .85rem; }
.suggestion { display: block; color: var(--ok); }
.references { padding-left: 1.6rem; }
.entry { margin: .5rem 0; padding: .3rem .5rem; border-radius: 3px; }
.entry:target { background: #fff8c5; }
.entry .raw { display: block; }
.status { display: flex; flex-wrap: wrap; gap: .2rem .6rem; font-size: .85rem; }
.status .ok { color: var(--ok); } .status .bad { color: var(--error); }
.status .warn { color: var(--warning); } .status .unknown { color: var(--muted); }
.badge { display: inline-block; font-size: .8rem; border-radius: 3px; padding: 0 .3rem; margin-right: .3rem; }
.badge.sev-error { background: var(--bg-error); color: var(--error); }
.badge.sev-warning { background: var(--bg-warning); color: var(--warning); }
.badge.sev-info { background: var(--bg-info); color: var(--info); }
.line, .entry, .finding, .citation { scroll-margin-top: 1rem; }
[hidden] { display: none !important; }
"""

JS = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  function checkedValues(name) {
    var set = {};
    var boxes = form.querySelectorAll("input[name='" + name + "']");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].checked) { set[boxes[i].value] = true; }
    }
    return set;
  }
  function apply() {
    var severities = checkedValues("severity");
    var rules = checkedValues("rule");
    var visible = {};
    var shown = 0;
    var items = document.querySelectorAll("[data-finding]");
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      var on = severities[item.dataset.severity] === true && rules[item.dataset.code] === true;
      item.hidden = !on;
      if (on) {
        visible[item.dataset.finding] = true;
        if (item.classList.contains("finding")) { shown += 1; }
      }
    }
    var marks = document.querySelectorAll("mark[data-findings]");
    for (var j = 0; j < marks.length; j++) {
      var ids = marks[j].dataset.findings.split(" ");
      var any = false;
      for (var k = 0; k < ids.length; k++) { if (visible[ids[k]]) { any = true; } }
      marks[j].classList.toggle("muted", !any);
    }
    var counter = document.getElementById("shown");
    if (counter) { counter.textContent = String(shown); }
  }
  form.addEventListener("change", apply);
  apply();
})();
"""
