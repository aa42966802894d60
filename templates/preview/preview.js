// The preview page's filters: card kind, search text, night mode, phone frame.  No network.
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll(".pv-card"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".pv-topic, .pv-section"));
  var buttons = Array.prototype.slice.call(document.querySelectorAll(".pv-filter"));
  var search = document.getElementById("pv-search");
  var shown = document.getElementById("pv-shown");
  var none = document.getElementById("pv-none");
  var texts = cards.map(function (card) { return card.textContent.toLowerCase(); });
  var kind = "";

  function apply() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    cards.forEach(function (card, i) {
      var visible = (!kind || card.dataset.kind === kind) &&
        words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      card.hidden = !visible;
      count += visible ? 1 : 0;
    });
    // A topic or section whose cards are all hidden is hidden with them (not the closing list).
    groups.forEach(function (group) {
      if (group.classList.contains("pv-nocard")) { group.hidden = !!(kind || words.length); return; }
      group.hidden = !group.querySelector(".pv-card:not([hidden])");
    });
    shown.textContent = count;
    none.hidden = count > 0;
  }

  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      kind = button.dataset.kind;
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
      apply();
    });
  });
  search.addEventListener("input", apply);
  function toggle(id, cls) {
    var box = document.getElementById(id);
    box.addEventListener("change", function () { document.body.classList.toggle(cls, box.checked); });
    document.body.classList.toggle(cls, box.checked);
  }
  toggle("pv-night", "nightMode");
  toggle("pv-phone", "phone");
})();
