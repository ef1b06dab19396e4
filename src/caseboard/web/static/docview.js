/* The document reader: renders a document model with textContent only (article text is never parsed as
   HTML) and highlights the exact characters a link points to: ?hl=START-END or #oSTART-END. */
(function () {
  "use strict";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function marksIn(marks, lo, hi) {
    return marks.filter(function (m) { return m[0] < hi && m[1] > lo; });
  }

  var strings = null;
  function lookup(value) {  /* the report stores repeated mark labels and links once, by index */
    if (typeof value !== "number") return value;
    if (strings === null) strings = JSON.parse(document.getElementById("mark-strings").textContent);
    return strings[value];
  }

  function renderRun(run, marks) {
    var start = run[0], text = run[1], end = start + text.length;
    var mine = marksIn(marks, start, end);
    var cuts = [start, end];
    mine.forEach(function (m) {
      if (m[0] > start) cuts.push(m[0]);
      if (m[1] < end) cuts.push(m[1]);
    });
    cuts = cuts.sort(function (a, b) { return a - b; }).filter(function (v, i, a) { return i === 0 || v !== a[i - 1]; });
    var frag = document.createDocumentFragment();
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var on = mine.filter(function (m) { return m[0] <= a && m[1] >= b; });
      var span = el("span", on.map(function (m) { return "m-" + m[2]; }).join(" "), text.slice(a - start, b - start));
      span.dataset.s = a;
      span.dataset.e = b;
      if (on.length) span.title = on.map(function (m) { return lookup(m[3]); }).join("\n");
      var link = on.filter(function (m) { return lookup(m[4]); })[0];
      if (link) {
        var anchor = el("a", "mark-link");
        anchor.href = lookup(link[4]);
        anchor.appendChild(span);
        frag.appendChild(anchor);
      } else {
        frag.appendChild(span);
      }
    }
    return frag;
  }

  function render(article) {
    var model = JSON.parse(article.querySelector(".doc-data").textContent);
    var marks = model.marks.slice().sort(function (x, y) { return x[0] - y[0]; });
    var body = article.querySelector("[data-role=body]");
    body.textContent = "";
    model.body.forEach(function (para) {
      var p = el("p", model.excerpt ? "passage" : "");
      para.forEach(function (run) { p.appendChild(renderRun(run, marks)); });
      body.appendChild(p);
    });
    if (!model.body.length) body.appendChild(el("p", "empty", "Cleaning kept no body text for this document."));
    var caps = article.querySelector("[data-role=captions]");
    caps.textContent = "";
    if (model.captions.length) caps.appendChild(el("h2", "", "Captions"));
    model.captions.forEach(function (run) {
      var fig = el("figure", "caption");
      fig.appendChild(renderRun(run, marks));
      caps.appendChild(fig);
    });
    var list = article.querySelector("[data-role=removed-list]");
    list.textContent = "";
    model.removed.forEach(function (r) {
      var item = el("div", "removed-item");
      item.appendChild(el("span", "tag", r[2] + " · " + r[3] + " chars"));
      var pre = el("pre");
      pre.appendChild(renderRun([r[0], r[1]], []));
      item.appendChild(pre);
      list.appendChild(item);
    });
    article.dataset.rendered = "1";
  }

  function highlight(article, lo, hi) {
    article.querySelectorAll(".hl").forEach(function (n) { n.classList.remove("hl"); });
    var prev = document.getElementById("hl");
    if (prev) prev.removeAttribute("id");
    var first = null;
    article.querySelectorAll("span[data-s]").forEach(function (span) {
      if (+span.dataset.s < hi && +span.dataset.e > lo) {
        span.classList.add("hl");
        if (!first) first = span;
      }
    });
    if (!first) return null;
    first.id = "hl";
    var details = first.closest("details");
    if (details) details.open = true;
    first.scrollIntoView({ block: "center" });
    return first;
  }

  function requested() {
    var m = /^#o(\d+)-(\d+)$/.exec(location.hash);
    if (m) return [+m[1], +m[2]];
    var q = /[?&]hl=(\d+)-(\d+)/.exec(location.search);
    return q ? [+q[1], +q[2]] : null;
  }

  window.CaseboardReader = { render: render, highlight: highlight };

  document.addEventListener("DOMContentLoaded", function () {
    if (document.body.dataset.report) return;  /* the report renders on demand */
    document.querySelectorAll("article.reader").forEach(function (article) {
      render(article);
      var span = requested();
      if (span) highlight(article, span[0], span[1]);
    });
  });
  window.addEventListener("hashchange", function () {
    var span = requested(), article = document.querySelector("article.reader");
    if (span && article && !document.body.dataset.report) highlight(article, span[0], span[1]);
  });
})();
