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

  /* Offsets count code points, as Python does; a JS string counts UTF-16 units, so text is cut by code
     point (an emoji before a quote must not shift its highlight by one). */
  function chars(text) { return Array.from(text); }

  function renderRun(run, marks) {
    var start = run[0], text = chars(run[1]), end = start + text.length;
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
      var span = el("span", on.map(function (m) { return "m-" + m[2]; }).join(" "), text.slice(a - start, b - start).join(""));
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

  /* Cut a rendered span in two at original offset ``at`` (inside it); the right part, a copy with the same
     marks (classes, tooltip, and entity link when it has one), is returned. A run is cut where a link
     starts or ends, so the highlight covers exactly the linked characters, whatever the runs are. */
  function splitAt(span, at) {
    var s = +span.dataset.s, text = chars(span.textContent);
    var right = span.cloneNode(false);
    right.removeAttribute("id");
    right.textContent = text.slice(at - s).join("");
    right.dataset.s = at;
    span.textContent = text.slice(0, at - s).join("");
    span.dataset.e = at;
    var holder = span.parentNode;
    if (holder.classList && holder.classList.contains("mark-link")) {
      var anchor = holder.cloneNode(false);
      anchor.appendChild(right);
      holder.parentNode.insertBefore(anchor, holder.nextSibling);
    } else {
      holder.insertBefore(right, span.nextSibling);
    }
    return right;
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
    article.querySelectorAll("span[data-s].hl").forEach(function (n) { n.classList.remove("hl"); });  /* not the legend's */
    var prev = document.getElementById("hl");
    if (prev) prev.removeAttribute("id");
    var first = null;
    article.querySelectorAll("span[data-s]").forEach(function (span) {
      if (+span.dataset.s >= hi || +span.dataset.e <= lo) return;
      if (+span.dataset.s < lo) span = splitAt(span, lo);
      if (+span.dataset.e > hi) splitAt(span, hi);
      span.classList.add("hl");
      if (!first) first = span;
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
