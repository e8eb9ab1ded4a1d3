// warta — a little behaviour on top of server-rendered pages. No dependencies.
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }
  ready(function () {
    var text = document.getElementById("article-text");
    if (!text) return;
    // Layer switches: hide or show one kind of highlight.
    document.querySelectorAll("#layers input[data-layer]").forEach(function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("off-" + box.dataset.layer, !box.checked);
      });
    });
    // A click on an entity mention opens the entity's archive page.
    text.addEventListener("click", function (event) {
      var mark = event.target.closest("mark.hl-entity[data-href]");
      if (mark && mark.dataset.href.charAt(0) === "/") window.location.assign(mark.dataset.href);
    });
    // Jumping to a quote (#q3) flashes every piece of it, including the pieces cut by overlaps.
    function flash() {
      var id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      text.querySelectorAll("mark.flash").forEach(function (m) { m.classList.remove("flash"); });
      var first = document.getElementById(id);
      if (!first) return;
      first.classList.add("flash");
      text.querySelectorAll("mark[data-ref]").forEach(function (m) {
        if (m.dataset.ref === id) m.classList.add("flash");
      });
    }
    window.addEventListener("hashchange", flash);
    flash();
  });
})();
