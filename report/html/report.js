// The report works without this script; it adds the severity filter and
// opens the finding that a highlight in the copy links to.
(function () {
  "use strict";
  var filter = document.getElementById("filter");
  filter.addEventListener("change", function (e) {
    if (e.target.type === "checkbox") {
      document.body.classList.toggle("hide-" + e.target.value, !e.target.checked);
    }
  });
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === "DETAILS") {
      el.open = true;
      var s = el.querySelector("summary");
      if (s) { s.focus(); }
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
