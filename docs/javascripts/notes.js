/* Editors' notes and glossary tooltips: two gaps in Material's annotations.
 * 1. Material draws each note marker as a link whose only content is an icon,
 *    so it has no accessible name: give it one ("Editor's note 2").
 * 2. A note or term definition opened by focus must be dismissible without
 *    moving focus (WCAG 1.4.13): Escape hides it until focus comes back. */
(function () {
  "use strict";

  function name(root) {
    var markers = root.querySelectorAll(".md-annotation__index:not([aria-label])");
    for (var i = 0; i < markers.length; i++) {
      var id = markers[i].querySelector("[data-md-annotation-id]");
      if (id) {
        markers[i].setAttribute("aria-label", "Editor's note " + id.getAttribute("data-md-annotation-id"));
      }
    }
  }

  new MutationObserver(function () { name(document); })
    .observe(document.body, { childList: true, subtree: true });
  name(document);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var open = document.querySelectorAll(".md-annotation, .md-tooltip2--active");
    for (var i = 0; i < open.length; i++) {
      if (open[i].classList.contains("md-annotation")) {
        // open by Material's state, or about to be: focus is already inside
        // while Material has not yet marked the tooltip active
        if (open[i].querySelector(".md-tooltip--active") || open[i].contains(document.activeElement)) {
          open[i].classList.add("ex-note--dismissed");
        }
      } else {
        open[i].classList.remove("md-tooltip2--active");
      }
    }
  });

  document.addEventListener("focusin", function (event) {
    var dismissed = document.querySelectorAll(".ex-note--dismissed");
    for (var i = 0; i < dismissed.length; i++) {
      if (!dismissed[i].contains(event.target) || dismissed[i] === event.target) {
        dismissed[i].classList.remove("ex-note--dismissed");
      }
    }
  });
  document.addEventListener("mousedown", function () {
    var dismissed = document.querySelectorAll(".ex-note--dismissed");
    for (var i = 0; i < dismissed.length; i++) {
      dismissed[i].classList.remove("ex-note--dismissed");
    }
  });
})();
