(function () {
  "use strict";
  // Filters the statements by the form's fields; the filters live in the address's fragment, so a filtered view can be shared.
  var form = document.getElementById("filters");
  if (!form) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll("li.statement"));
  var texts = items.map(function (li) { return li.textContent.toLowerCase(); });
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.country"));
  var chunks = Array.prototype.slice.call(document.querySelectorAll("ol.statements"));
  var shown = document.getElementById("shown");
  var fields = ["country", "label", "voice", "speaker", "from", "to", "q"];
  function field(name) { return form.elements[name]; }
  function wanted() {
    var w = {};
    fields.forEach(function (name) { w[name] = field(name) ? field(name).value.trim() : ""; });
    w.speakerLower = w.speaker.toLowerCase();
    w.words = w.q.toLowerCase().split(/\s+/).filter(Boolean);
    return w;
  }
  function matches(li, text, w) {
    var d = li.dataset;
    if (w.country && d.country !== w.country) { return false; }
    if (w.label && (" " + d.labels + " ").indexOf(" " + w.label + " ") < 0) { return false; }
    if (w.voice && d.voice !== w.voice) { return false; }
    if (w.speakerLower && d.speaker.toLowerCase().indexOf(w.speakerLower) < 0) { return false; }
    if ((w.from || w.to) && !d.date) { return false; }
    if (w.from && d.date < w.from) { return false; }
    if (w.to && d.date > w.to) { return false; }
    for (var i = 0; i < w.words.length; i++) {
      if (text.indexOf(w.words[i]) < 0) { return false; }
    }
    return true;
  }
  function remember(w) {
    var parts = fields.filter(function (name) { return w[name]; }).map(function (name) {
      return name + "=" + encodeURIComponent(w[name]);
    });
    try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search); } catch (e) { /* a file: page may refuse */ }
  }
  function apply(save) {
    var started = performance.now();
    var w = wanted();
    var count = 0;
    var chunksShown = new Set();
    for (var i = 0; i < items.length; i++) {
      var ok = matches(items[i], texts[i], w);
      items[i].hidden = !ok;
      if (ok) { count++; chunksShown.add(items[i].parentNode); }
    }
    chunks.forEach(function (list) { list.hidden = !chunksShown.has(list); }); // no empty block where a whole chunk is filtered out
    sections.forEach(function (s) { s.hidden = Boolean(w.country) && s.dataset.country !== w.country; });
    shown.textContent = count + " of " + items.length + " statements shown";
    document.body.setAttribute("data-shown", String(count));
    void document.body.offsetHeight; // lays the page out now, so that the time taken is the whole of it
    document.body.setAttribute("data-filter-ms", (performance.now() - started).toFixed(1));
    if (save) { remember(w); }
  }
  location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
    var at = pair.indexOf("=");
    var name = at < 0 ? "" : pair.slice(0, at);
    if (fields.indexOf(name) >= 0 && field(name)) {
      try { field(name).value = decodeURIComponent(pair.slice(at + 1)); } catch (e) { /* a malformed fragment is ignored */ }
    }
  });
  form.addEventListener("input", function () { apply(true); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply(false);
  document.body.setAttribute("data-ready-ms", performance.now().toFixed(1));
})();
