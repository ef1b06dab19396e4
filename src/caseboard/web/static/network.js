/* The entity network: a small force layout drawn in SVG; every node is a plain link to its entity page. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";

  function svg(tag, attrs) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function layout(nodes, edges, w, h) {
    var index = {};
    nodes.forEach(function (n, i) {
      var angle = i * 2.399963;  /* golden angle: a deterministic spiral start */
      var r = 20 + 9 * Math.sqrt(i) * 4;
      n.x = w / 2 + r * Math.cos(angle);
      n.y = h / 2 + r * Math.sin(angle);
      index[n.id] = n;
    });
    var links = edges.filter(function (e) { return index[e.a] && index[e.b]; });
    var maxW = Math.max.apply(null, links.map(function (e) { return e.weight; }).concat([1]));
    for (var step = 0; step < 300; step++) {
      var cool = 1 - step / 300;
      nodes.forEach(function (n) { n.dx = (w / 2 - n.x) * 0.004; n.dy = (h / 2 - n.y) * 0.006; });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i], b = nodes[j];
          var dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
          var f = 9000 / d2;
          a.dx += dx * f / Math.sqrt(d2); a.dy += dy * f / Math.sqrt(d2);
          b.dx -= dx * f / Math.sqrt(d2); b.dy -= dy * f / Math.sqrt(d2);
        }
      }
      links.forEach(function (e) {
        var a = index[e.a], b = index[e.b];
        var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
        var f = (d - 150) * 0.015 * (0.4 + e.weight / maxW);
        a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
      });
      nodes.forEach(function (n) {
        n.x = Math.min(w - 60, Math.max(60, n.x + Math.max(-20, Math.min(20, n.dx)) * cool));
        n.y = Math.min(h - 20, Math.max(20, n.y + Math.max(-20, Math.min(20, n.dy)) * cool));
      });
    }
    return { links: links, maxW: maxW, index: index };
  }

  function draw(target, graph) {
    var box = target.viewBox.baseVal, w = box.width, h = box.height;
    var nodes = graph.nodes, result = layout(nodes, graph.edges, w, h);
    var maxM = Math.max.apply(null, nodes.map(function (n) { return n.mention_count; }).concat([1]));
    result.links.forEach(function (e) {
      var a = result.index[e.a], b = result.index[e.b];
      var line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge",
        "stroke-width": (0.6 + 4 * e.weight / result.maxW).toFixed(2) });
      var title = svg("title");
      title.textContent = a.name + " — " + b.name + ": " + e.weight + " shared sentences";
      line.appendChild(title);
      target.appendChild(line);
    });
    nodes.forEach(function (n) {
      var link = svg("a", { href: n.href, "class": "node t-" + String(n.type).toLowerCase() });
      link.appendChild(svg("circle", { cx: n.x, cy: n.y, r: (5 + 14 * Math.sqrt(n.mention_count / maxM)).toFixed(1) }));
      var label = svg("text", { x: n.x, y: n.y - 10 - 14 * Math.sqrt(n.mention_count / maxM) });
      label.textContent = n.name;
      link.appendChild(label);
      var title = svg("title");
      title.textContent = n.name + " (" + n.type + "), " + n.mention_count + " mentions";
      link.appendChild(title);
      target.appendChild(link);
    });
    target.dataset.drawn = String(nodes.length);
  }

  window.CaseboardNetwork = { draw: draw };
  document.addEventListener("DOMContentLoaded", function () {
    var target = document.getElementById("network"), data = document.getElementById("network-data");
    if (target && data && !document.body.dataset.report) draw(target, JSON.parse(data.textContent));
  });
})();
