// factcheck HTML report: show a claim's verdict in the panel on click or focus, highlight a
// node's sentences, and move between claims with j/k. No network, no dependencies.
(function () {
  "use strict";
  // Says the script ran (the Content-Security-Policy admits it by its hash): the browser test
  // reads this from the DOM.
  document.documentElement.classList.add("js");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[tabindex]"));
  function section(el) { return el.closest("section.document"); }
  function clearCurrent() {
    document.querySelectorAll(".current").forEach(function (e) { e.classList.remove("current"); });
  }
  function show(mark) {
    var doc = section(mark);
    var panel = doc && doc.querySelector(".panel");
    var detail = document.getElementById(mark.getAttribute("data-detail"));
    if (!panel || !detail) { return; }
    clearCurrent();
    panel.innerHTML = detail.innerHTML;
    panel.className = "panel " + (mark.className.match(/(v|sev)-[\w-]+/) || [""])[0];
    detail.classList.add("current");
    doc.querySelectorAll('mark[data-detail="' + mark.getAttribute("data-detail") + '"]').forEach(function (m) { m.classList.add("current"); });
  }
  function close(doc) {
    clearCurrent();
    var panel = doc && doc.querySelector(".panel");
    if (panel) { panel.innerHTML = '<p class="hint">Select a marked passage to see what was found.</p>'; panel.className = "panel"; }
  }
  document.addEventListener("click", function (ev) {
    var m = ev.target.closest("mark[data-detail]");
    if (m) {
      var first = document.getElementById(m.getAttribute("data-detail") + "-mark") || m;
      show(first);
      return;
    }
    var node = ev.target.closest(".node");
    if (node) { highlight(node); }
  });
  document.addEventListener("focusin", function (ev) {
    if (ev.target.matches && ev.target.matches("mark[tabindex]")) { show(ev.target); }
    if (ev.target.classList && ev.target.classList.contains("node")) { highlight(ev.target); }
  });
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (ev.key === "Escape") { close(section(t) || document.querySelector("section.document")); unhighlight(); return; }
    if ((ev.key === "Enter" || ev.key === " ") && t.matches && t.matches("mark[tabindex], .node")) {
      ev.preventDefault();
      if (t.matches("mark")) { show(t); } else { highlight(t); }
      return;
    }
    if (ev.key !== "j" && ev.key !== "k") { return; }
    if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    var i = marks.indexOf(document.activeElement);
    var next = ev.key === "j" ? i + 1 : (i < 0 ? marks.length - 1 : i - 1);
    if (next >= 0 && next < marks.length) { ev.preventDefault(); marks[next].focus(); }
  });
  // report.html?claim=doc-1-claim-c05 opens that claim's panel (a link to share, or a
  // screenshot to take), without scrolling away from the summary.
  var linked = new URLSearchParams(location.search).get("claim");
  var target = linked && document.getElementById(linked + "-mark");
  if (target) { show(target); }
  function unhighlight() {
    document.querySelectorAll(".hl, .active, .related").forEach(function (e) { e.classList.remove("hl", "active", "related"); });
    document.querySelectorAll("svg.filtering").forEach(function (s) { s.classList.remove("filtering"); });
  }
  function highlight(node) {
    unhighlight();
    var doc = section(node);
    var svg = node.closest("svg");
    var ids = (node.getAttribute("data-claims") || "").split(" ").filter(Boolean);
    node.classList.add("active");
    svg.classList.add("filtering");
    ids.forEach(function (id) {
      doc.querySelectorAll("mark").forEach(function (m) { if (m.getAttribute("data-claim") === id) { m.classList.add("hl"); } });
      svg.querySelectorAll(".node.claim").forEach(function (n) { if (n.getAttribute("data-node") === id) { n.classList.add("related"); } });
    });
    var first = doc.querySelector("mark.hl");
    if (first && first.scrollIntoView) { first.scrollIntoView({ block: "nearest" }); }
  }
})();
