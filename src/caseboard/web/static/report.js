/* The single-file report: shows one section per #hash (#entity/ID, #doc/ID/START-END, ...). */
(function () {
  "use strict";

  function show() {
    var hash = decodeURIComponent(location.hash.replace(/^#/, "")) || "overview";
    if (/^ev-/.test(hash)) hash = "timeline";
    var parts = hash.split("/"), key = parts.slice(0, 2).join("/"), span = null;
    if (parts[0] === "doc" && parts[2]) {
      var m = /^(\d+)-(\d+)$/.exec(parts[2]);
      if (m) span = [+m[1], +m[2]];
    }
    var pages = document.querySelectorAll("section.page"), target = null;
    pages.forEach(function (p) {
      if (p.dataset.page === key || (!target && p.dataset.page === parts[0] && parts.length === 1)) target = p;
    });
    if (!target) {
      var missing = parts[0] === "doc" ? "missing-doc" : "missing";
      target = document.querySelector('section.page[data-page="' + missing + '"]');
    }
    pages.forEach(function (p) { p.classList.toggle("shown", p === target); });
    document.querySelectorAll("header.top nav a").forEach(function (a) {
      a.classList.toggle("here", a.getAttribute("href") === "#" + parts[0]);
    });
    var article = target.querySelector("article.reader");
    if (article && !article.dataset.rendered) window.CaseboardReader.render(article);
    var net = target.querySelector("#network");
    if (net && !net.dataset.drawn) {
      window.CaseboardNetwork.draw(net, JSON.parse(target.querySelector("#network-data").textContent));
    }
    var ev = /^#ev-/.test(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
    if (ev) ev.scrollIntoView({ block: "center" });
    if (article && span) window.CaseboardReader.highlight(article, span[0], span[1]);
    else if (!ev) window.scrollTo(0, 0);
  }

  window.addEventListener("hashchange", show);
  document.addEventListener("DOMContentLoaded", show);
})();
