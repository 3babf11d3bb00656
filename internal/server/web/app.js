// factlint's page: plain script, no framework. The findings come from
// POST /v1/check as the `check --format json` document; their places are
// lines and columns (Unicode code points, as the checker counts them in
// the copy as sent), turned here into indices of JavaScript strings
// (UTF-16 code units), so that copy outside the Basic Multilingual Plane
// is highlighted where it should be.
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var state = { articles: [], next: 1, sent: null, result: null, corpus: {}, current: null };

  // --- positions -------------------------------------------------------

  // lineStarts returns the indices where lines begin: LF, CRLF and a lone
  // CR each end a line, and a byte order mark is not part of line 1, as
  // in the checker.
  function lineStarts(text) {
    var starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    for (var i = starts[0]; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c === 10) {
        starts.push(i + 1);
      } else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) { i++; }
        starts.push(i + 1);
      }
    }
    return starts;
  }

  function isPair(text, i) {
    var c = text.charCodeAt(i), d = text.charCodeAt(i + 1);
    return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
  }

  // toIndex turns a 1-based line and code-point column into a string index.
  function toIndex(text, starts, line, col) {
    var i = starts[Math.max(1, Math.min(line, starts.length)) - 1];
    for (var n = 1; n < col && i < text.length; n++) {
      i += isPair(text, i) ? 2 : 1;
    }
    return i;
  }

  function span(text, loc) {
    var starts = lineStarts(text);
    var s = toIndex(text, starts, loc.line, loc.column);
    var e = toIndex(text, starts, loc.end_line, loc.end_column);
    return { start: s, end: Math.max(s, e) };
  }

  // --- articles --------------------------------------------------------

  function addArticle(a) {
    a = a || {};
    var n = state.next++;
    var node = $("article-template").content.firstElementChild.cloneNode(true);
    node.id = "article-" + n;
    node.querySelector("legend").textContent = "Article " + n;
    var fields = { name: node.querySelector(".name"), format: node.querySelector(".format"), date: node.querySelector(".date"),
      story: node.querySelector(".story"), text: node.querySelector(".text") };
    fields.name.id = "name-" + n; fields.text.id = "text-" + n;
    fields.name.placeholder = "article-" + n;
    fields.name.value = a.name || "";
    fields.format.value = a.format || "text";
    fields.text.value = a.text || "";
    fields.text.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
    });
    node.querySelector(".remove").addEventListener("click", function () {
      state.articles = state.articles.filter(function (x) { return x.node !== node; });
      node.remove();
      if (state.articles.length === 0) { addArticle(); }
      var first = state.articles[0];
      first.fields.text.focus();
    });
    $("articles").appendChild(node);
    var art = { n: n, node: node, fields: fields };
    state.articles.push(art);
    return art;
  }

  function formatOf(name) {
    var m = /\.([a-z]+)$/i.exec(name);
    var ext = m ? m[1].toLowerCase() : "";
    if (ext === "md" || ext === "markdown") { return "markdown"; }
    if (ext === "html" || ext === "htm") { return "html"; }
    return "text";
  }

  function upload(files) {
    var reads = Array.prototype.map.call(files, function (f) {
      return f.text().then(function (text) { return { name: f.name, text: text, format: formatOf(f.name) }; });
    });
    Promise.all(reads).then(function (arts) {
      arts.forEach(function (a) {
        // The first upload fills an empty first article.
        var only = state.articles.length === 1 && state.articles[0];
        if (only && !only.fields.text.value && !only.fields.name.value) {
          only.fields.name.value = a.name; only.fields.text.value = a.text; only.fields.format.value = a.format;
        } else {
          addArticle(a);
        }
      });
      setStatus(arts.length + " file" + (arts.length === 1 ? "" : "s") + " added.");
    }, function (err) { setStatus("Could not read the file: " + err, true); });
  }

  // --- checking --------------------------------------------------------

  function setStatus(msg, isError) {
    var s = $("status");
    s.textContent = msg;
    s.className = isError ? "error" : "";
  }

  function request() {
    return state.articles.map(function (a) {
      var r = { name: a.fields.name.value.trim() || "article-" + a.n, text: a.fields.text.value, format: a.fields.format.value };
      if (a.fields.date.value.trim()) { r.date = a.fields.date.value.trim(); }
      if (a.fields.story.value.trim()) { r.story = a.fields.story.value.trim(); }
      return r;
    });
  }

  function check(after) {
    var articles = request();
    setStatus("Checking…");
    $("check").disabled = true;
    return fetch("v1/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ articles: articles }) })
      .then(function (resp) {
        return resp.json().then(function (body) {
          if (!resp.ok) { throw new Error(body.error || resp.statusText); }
          return body;
        });
      })
      .then(function (doc) {
        state.sent = articles;
        state.result = doc;
        show();
        setStatus(summary(doc) + (after ? " " + after : ""));
      }, function (err) {
        setStatus("The check failed: " + err.message, true);
      })
      .then(function () { $("check").disabled = false; });
  }

  function summary(doc) {
    var n = { error: 0, warning: 0, info: 0 };
    doc.diagnostics.forEach(function (d) { n[d.severity] = (n[d.severity] || 0) + 1; });
    var parts = [];
    if (n.error) { parts.push(n.error + (n.error === 1 ? " error" : " errors")); }
    if (n.warning) { parts.push(n.warning + (n.warning === 1 ? " warning" : " warnings")); }
    if (n.info) { parts.push(n.info + " info"); }
    var files = doc.files_checked + (doc.files_checked === 1 ? " article" : " articles");
    return files + ": " + (parts.length ? parts.join(", ") : "no findings") + ".";
  }

  // --- results ---------------------------------------------------------

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function sentArticle(name) {
    for (var i = 0; i < state.sent.length; i++) {
      if (state.sent[i].name === name) { return { index: i, article: state.sent[i] }; }
    }
    return null;
  }

  function show() {
    var doc = state.result, out = $("result-articles");
    out.textContent = "";
    $("detail").hidden = true;
    state.current = null;
    ["error", "warning", "info"].forEach(function (s) {
      $("n-" + s).textContent = doc.diagnostics.filter(function (d) { return d.severity === s; }).length;
    });
    state.sent.forEach(function (a, ai) {
      var ds = [];
      doc.diagnostics.forEach(function (d, i) { if (d.file === a.name) { ds.push({ d: d, i: i }); } });
      var sec = el("section", "result-article");
      sec.id = "result-" + ai;
      var h = el("h3", "", a.name + " ");
      h.appendChild(el("span", "count", ds.length + (ds.length === 1 ? " finding" : " findings")));
      sec.appendChild(h);
      if (ds.length) {
        var ol = el("ol", "findings");
        ds.forEach(function (x) {
          var li = el("li", "finding sev-" + x.d.severity);
          var b = el("button", "");
          b.type = "button";
          b.dataset.f = x.i;
          b.appendChild(el("span", "badge sev-" + x.d.severity, x.d.severity));
          b.appendChild(document.createTextNode(" " + x.d.line + ":" + x.d.column + " "));
          b.appendChild(el("span", "message", x.d.message));
          b.appendChild(document.createTextNode(" "));
          b.appendChild(el("code", "rule", x.d.rule));
          b.addEventListener("click", function () { openFinding(x.i); });
          li.appendChild(b);
          ol.appendChild(li);
        });
        sec.appendChild(ol);
      } else {
        sec.appendChild(el("p", "clean", "No findings."));
      }
      sec.appendChild(highlighted(a.text, ds));
      out.appendChild(sec);
    });
    $("results").hidden = false;
  }

  // highlighted renders the copy with each finding's span marked. Spans
  // may overlap: the copy is cut at every start and end, and each piece
  // is marked with the most severe finding covering it. The copy is only
  // ever set as text, never parsed as HTML.
  function highlighted(text, ds) {
    var rank = { info: 1, warning: 2, error: 3 };
    var spans = ds.map(function (x) {
      var s = span(text, x.d);
      return { start: s.start, end: s.end, sev: x.d.severity, i: x.i };
    });
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.sort(function (a, b) { return a - b; }).filter(function (c, k, all) { return k === 0 || all[k - 1] !== c; });
    var pre = el("div", "copy");
    pre.setAttribute("role", "region");
    pre.setAttribute("aria-label", "copy with findings");
    function mark(piece, s, ids) {
      var m = el("button", "hl sev-" + s.sev + (piece ? "" : " empty"), piece || "\u200b");
      m.type = "button";
      m.dataset.f = s.i;
      m.dataset.all = ids.join(" ");
      m.title = state.result.diagnostics[s.i].message;
      m.addEventListener("click", function () { openFinding(s.i); });
      return m;
    }
    cuts.forEach(function (c, k) {
      spans.forEach(function (s) { if (s.start === c && s.end === c) { pre.appendChild(mark("", s, [s.i])); } });
      if (k === cuts.length - 1) { return; }
      var next = cuts[k + 1], piece = text.slice(c, next), top = null, ids = [];
      spans.forEach(function (s) {
        if (s.start <= c && next <= s.end && s.start < s.end) {
          ids.push(s.i);
          if (!top || rank[s.sev] > rank[top.sev]) { top = s; }
        }
      });
      pre.appendChild(top ? mark(piece, top, ids) : document.createTextNode(piece));
    });
    return pre;
  }

  // passage is the line around a span, cut to 160 characters each side.
  function passage(text, loc, cls) {
    var s = span(text, loc), starts = lineStarts(text);
    var from = starts[Math.max(1, Math.min(loc.line, starts.length)) - 1];
    var to = text.length;
    var nl = text.slice(s.end).search(/[\r\n]/);
    if (nl >= 0) { to = s.end + nl; }
    var before = "", after = "";
    if (s.start - from > 160) { from = s.start - 160; before = "…"; }
    if (to - s.end > 160) { to = s.end + 160; after = "…"; }
    var q = el("blockquote");
    q.appendChild(document.createTextNode(before + text.slice(from, s.start)));
    q.appendChild(el("mark", cls, text.slice(s.start, s.end)));
    q.appendChild(document.createTextNode(text.slice(s.end, to) + after));
    return q;
  }

  function corpusText(name) {
    if (!state.corpus[name]) {
      state.corpus[name] = fetch("v1/corpus/" + name.split("/").map(encodeURIComponent).join("/")).then(function (r) {
        if (!r.ok) { throw new Error("the published article " + name + " is not available"); }
        return r.text();
      });
    }
    return state.corpus[name];
  }

  function figure(caption) {
    var f = el("figure", "passage");
    f.appendChild(el("figcaption", "", caption));
    return f;
  }

  function openFinding(i) {
    var d = state.result.diagnostics[i], own = sentArticle(d.file), box = $("detail");
    state.current = i;
    box.textContent = "";
    var h = el("h3", "");
    h.appendChild(el("span", "badge sev-" + d.severity, d.severity));
    h.appendChild(document.createTextNode(" " + d.message + " "));
    h.appendChild(el("code", "rule", d.rule));
    box.appendChild(h);
    var side = el("div", "side");
    var here = figure(d.file + ":" + d.line + ":" + d.column);
    here.classList.add("here");
    here.appendChild(passage(own.article.text, d, "sev-" + d.severity));
    side.appendChild(here);
    (d.related || []).forEach(function (r) {
      var f = figure(r.file + ":" + r.line + ":" + r.column + (r.message ? ": " + r.message : ""));
      f.classList.add("related");
      var other = sentArticle(r.file);
      if (other) {
        f.appendChild(passage(other.article.text, r, "related"));
      } else {
        var wait = el("p", "muted", "Loading the published article…");
        f.appendChild(wait);
        corpusText(r.file).then(function (text) {
          wait.replaceWith(passage(text, r, "related"));
        }, function (err) { wait.textContent = err.message; });
      }
      side.appendChild(f);
    });
    box.appendChild(side);
    if (d.fix) {
      var p = el("p", "fix");
      var from = own.article.text.slice(span(own.article.text, d).start, span(own.article.text, d).end);
      var b = el("button", "primary", "Apply fix: replace “" + from + "” with “" + d.fix.replacement + "”");
      b.type = "button";
      b.id = "apply-fix";
      b.addEventListener("click", function () { applyFix(i); });
      p.appendChild(b);
      p.appendChild(el("span", "muted", d.fix.safe ? " An unambiguous fix." : " A suggestion: judge it before applying."));
      box.appendChild(p);
    }
    var close = el("button", "", "Close");
    close.type = "button";
    close.addEventListener("click", closeDetail);
    box.appendChild(close);
    box.hidden = false;
    document.querySelectorAll(".hl.current").forEach(function (m) { m.classList.remove("current"); });
    document.querySelectorAll('.hl[data-f="' + i + '"]').forEach(function (m) { m.classList.add("current"); });
    box.focus();
  }

  function closeDetail() {
    var i = state.current;
    $("detail").hidden = true;
    state.current = null;
    var m = i === null ? null : document.querySelector('.hl[data-f="' + i + '"]');
    if (m) { m.focus(); }
  }

  // applyFix replaces the finding's span of the copy as it was checked
  // and checks again. Copy edited since the check is left alone: the
  // positions would no longer fit it.
  function applyFix(i) {
    var d = state.result.diagnostics[i], own = sentArticle(d.file);
    var art = state.articles[own.index];
    if (!art || art.fields.text.value !== own.article.text) {
      setStatus("The copy has changed since the check; check again before applying a fix.", true);
      return;
    }
    var text = own.article.text, s = span(text, d);
    var was = text.slice(s.start, s.end);
    art.fields.text.value = text.slice(0, s.start) + d.fix.replacement + text.slice(s.end);
    check("Applied the fix “" + was + "” → “" + d.fix.replacement + "” in " + d.file + ".");
  }

  // --- start -----------------------------------------------------------

  $("add").addEventListener("click", function () { addArticle().fields.text.focus(); });
  $("upload").addEventListener("change", function (e) { upload(e.target.files); e.target.value = ""; });
  $("check").addEventListener("click", function () { check(); });
  $("filter").addEventListener("change", function (e) {
    if (e.target.type === "checkbox") { document.body.classList.toggle("hide-" + e.target.value, !e.target.checked); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && !$("detail").hidden) { closeDetail(); }
  });
  fetch("healthz").then(function (r) { return r.json(); }).then(function (h) {
    if (h.articles) { $("corpus-size").textContent = " (" + h.articles + " published articles)"; }
  }, function () {});
  addArticle();
})();
