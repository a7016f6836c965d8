/* Glossary terms: a definition shown on focus must be dismissible without
 * moving focus (WCAG 1.4.13). Escape hides it until the term loses focus.
 * Editors' notes need nothing here: they are native popovers, and the
 * browser closes those on Escape itself. */
(function () {
  "use strict";
  var DISMISSED = "ex-term--dismissed";

  document.addEventListener("keydown", function (event) {
    var term = document.activeElement;
    if (event.key === "Escape" && term && term.matches("abbr[tabindex]")) {
      term.classList.add(DISMISSED);
    }
  });
  document.addEventListener("focusout", function (event) {
    if (event.target.classList && event.target.classList.contains(DISMISSED)) {
      event.target.classList.remove(DISMISSED);
    }
  });
})();
