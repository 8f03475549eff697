// The dipkg graph view. The data comes from the page's application/json block; every
// string from an article reaches the page through textContent or a form value, never
// as markup. The Content-Security-Policy lists this script's hash: keep it static.
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("dipkg-data").textContent);

  function card(lines) {
    var div = document.createElement("div");
    div.className = "card";
    lines.forEach(function (line, i) {
      var name = line[0], value = line[1];
      if (value === null || value === undefined || value === "") { return; }
      var row = document.createElement("div");
      if (i === 0) {
        var bold = document.createElement("b");
        bold.textContent = value;
        row.appendChild(bold);
      } else if (name === "evidence") {
        row.className = "evidence";
        row.textContent = "\u201c" + value + "\u201d";
      } else {
        var field = document.createElement("span");
        field.className = "field";
        field.textContent = name + ": ";
        row.appendChild(field);
        row.appendChild(document.createTextNode(value));
      }
      div.appendChild(row);
    });
    return div;
  }
  DATA.nodes.forEach(function (n) { n.title = card(n.card); });
  DATA.edges.forEach(function (e) { e.title = card(e.card); });

  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);
  var note = document.getElementById("note");
  window.dipkgNetwork = network;
  window.dipkg = { network: network, nodes: nodes, edges: edges, stable: false };

  network.on("stabilizationProgress", function (p) {
    note.textContent = "Laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    // Freeze the layout: nodes then stay where the layout, or the analyst, puts them.
    network.setOptions({ physics: { enabled: false } });
    window.dipkg.stable = true;
    showNote();
  });

  // Filters hide nodes and edges (rather than removing them) so that positions are kept.
  var state = { search: "", since: "", until: "", off: {} };

  // A date of any precision ("2022", "2022-05") is in the range when it overlaps it.
  function before(date, bound) {
    var n = Math.min(date.length, bound.length);
    return date.slice(0, n) < bound.slice(0, n);
  }
  // An edge stands for the events of a pair and predicate family ([predicate, start, end] each:
  // an event's date twice, a state's first and last report): it is shown while one of them
  // passes the filters. An undated one is outside any date range.
  function eventPasses(event) {
    var predicate = event[0], start = event[1], end = event[2] || event[1];
    if (state.off[predicate]) { return false; }
    if ((state.since || state.until) && !start) { return false; }
    if (state.since && before(end, state.since)) { return false; }
    if (state.until && before(state.until, start)) { return false; }
    return true;
  }
  function edgePasses(e) { return e.events.some(eventPasses); }

  function refresh() {
    var passing = edges.get({ filter: edgePasses });
    var filtering = state.since || state.until || Object.keys(state.off).some(function (p) { return state.off[p]; });
    var keep = {};
    if (state.search) {
      nodes.forEach(function (n) { if (n.search.indexOf(state.search) >= 0) { keep[n.id] = true; } });
      var matched = Object.assign({}, keep);
      passing.forEach(function (e) {
        if (matched[e.from]) { keep[e.to] = true; }
        if (matched[e.to]) { keep[e.from] = true; }
      });
    } else if (filtering) {
      passing.forEach(function (e) { keep[e.from] = true; keep[e.to] = true; });
    } else {
      nodes.forEach(function (n) { keep[n.id] = true; });
    }
    var shown = {};
    passing.forEach(function (e) { if (keep[e.from] && keep[e.to]) { shown[e.id] = true; } });
    nodes.update(nodes.map(function (n) { return { id: n.id, hidden: !keep[n.id] }; }));
    edges.update(edges.map(function (e) { return { id: e.id, hidden: !shown[e.id] }; }));
    showNote();
  }

  function showNote() {
    if (!DATA.nodes.length) { note.textContent = "No relations to show."; return; }
    var visible = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    note.textContent = DATA.note + (visible < DATA.nodes.length ? "; " + visible + " match the filters" : "");
  }

  var search = document.getElementById("search");
  var since = document.getElementById("since");
  var until = document.getElementById("until");
  search.addEventListener("input", function () { state.search = search.value.trim().toLowerCase(); refresh(); });
  since.addEventListener("change", function () { state.since = since.value; refresh(); });
  until.addEventListener("change", function () { state.until = until.value; refresh(); });

  var labels = document.getElementById("labels");
  DATA.nodes.map(function (n) { return n.label; }).sort().forEach(function (label) {
    var option = document.createElement("option");
    option.value = label;
    labels.appendChild(option);
  });

  var boxes = document.getElementById("predicates");
  var checks = DATA.legend.predicates.map(function (p) {
    var label = document.createElement("label");
    var input = document.createElement("input");
    input.type = "checkbox";
    input.checked = true;
    input.addEventListener("change", function () { state.off[p] = !input.checked; refresh(); });
    label.appendChild(input);
    label.appendChild(document.createTextNode(" " + p));
    boxes.appendChild(label);
    return input;
  });

  document.getElementById("reset").addEventListener("click", function () {
    search.value = since.value = until.value = "";
    checks.forEach(function (input) { input.checked = true; });
    state = { search: "", since: "", until: "", off: {} };
    refresh();
    network.fit();
  });

  var legend = document.getElementById("legend");
  function entry(className, colour, text) {
    var mark = document.createElement("span");
    mark.className = className;
    mark.style.background = colour;
    legend.appendChild(mark);
    legend.appendChild(document.createTextNode(text));
  }
  DATA.legend.types.forEach(function (t) { entry("swatch", t[1], t[0]); });
  DATA.legend.tones.forEach(function (t) { entry("line", t[1], t[0]); });
  var hint = document.createElement("span");
  hint.className = "hint";
  hint.textContent = "size: PageRank \u00b7 edge: one per pair and kind of relation, as wide as its events are many, " +
    "coloured by their net tone \u00b7 hover for the events and the evidence";
  legend.appendChild(hint);
  showNote();
})();
