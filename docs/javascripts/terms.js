/* Glossary terms and editors' notes, where the browser alone falls short.
 *
 * Terms: a definition shown on focus must be dismissible without moving focus
 * (WCAG 1.4.13). Escape hides it until the term loses focus.
 *
 * Notes are native popovers (hooks/explainer/pages/note_layer.py), which the
 * browser opens and closes on Escape itself. Two things it does not do:
 * - an open note stays open when focus moves on, over what comes next
 *   (WCAG 2.4.11): it is closed once focus leaves both note and marker;
 * - on a narrow or zoomed screen (40em: a phone, or 200% text on a laptop) a
 *   floating note covers the words it explains: there each marker becomes a
 *   disclosure button that shows its note in place, right after the marker,
 *   so it opens on screen and the next Tab goes into it. This runs after
 *   Material's bundle, which a slow phone takes seconds to run: a note the
 *   reader opened meanwhile stays open, moved in place.
 * Without this script notes stay popovers, which still open and close, and a
 * stylesheet rule hides an open one once focus has moved on. */
(function () {
  "use strict";
  var DISMISSED = "ex-term--dismissed";
  var NARROW = window.matchMedia("(max-width: 40em)");

  function noteOf(marker) {
    return document.getElementById(marker.getAttribute("aria-controls") || marker.getAttribute("popovertarget"));
  }

  var home = new Map();  /* each note's list under its paragraph, where it floats from */

  function inPlace(on) {
    document.querySelectorAll("button.ex-note-ref").forEach(function (marker) {
      var note = noteOf(marker);
      if (!note) { return; }
      if (!home.has(note)) { home.set(note, note.parentElement); }
      if (on && marker.hasAttribute("popovertarget")) {
        var open = note.matches(":popover-open");
        if (open) { note.hidePopover(); }
        marker.removeAttribute("popovertarget");
        marker.setAttribute("aria-controls", note.id);
        marker.setAttribute("aria-expanded", String(open));
        note.removeAttribute("popover");
        note.hidden = !open;
        marker.after(note);
      } else if (!on && marker.hasAttribute("aria-controls")) {
        marker.removeAttribute("aria-controls");
        marker.removeAttribute("aria-expanded");
        home.get(note).appendChild(note);
        note.hidden = false;
        note.setAttribute("popover", "auto");
        marker.setAttribute("popovertarget", note.id);
      }
    });
  }

  function show(marker, open, quietly) {
    var note = noteOf(marker);
    note.hidden = !open;
    marker.setAttribute("aria-expanded", String(open));
    /* a marker at the foot of the screen: the note it opens scrolls into view */
    if (open && !quietly) { note.scrollIntoView({ block: "nearest" }); }
  }

  /* On a narrow screen, one control opens or closes every note of the page,
     and the reader's choice holds on the next page and the next visit. */
  var ALL = "ex-notes-all";
  var toggle = null;
  function remembered() {
    try { return localStorage.getItem(ALL) === "1"; } catch (error) { return false; }
  }
  function showAll(open) {
    document.querySelectorAll("button.ex-note-ref[aria-controls]").forEach(function (marker) { show(marker, open, true); });
    toggle.setAttribute("aria-pressed", String(open));
    try { localStorage.setItem(ALL, open ? "1" : "0"); } catch (error) { /* private mode: this page only */ }
  }
  function allControl(on) {
    var first = document.querySelector(".ex-para:not(.ex-para--quoted)");
    if (!first) { return; }
    if (!toggle) {
      toggle = document.createElement("button");
      toggle.type = "button";
      toggle.className = "ex-notes-toggle";
      toggle.textContent = "Show all notes";
      toggle.addEventListener("click", function () { showAll(toggle.getAttribute("aria-pressed") !== "true"); });
      first.parentElement.insertBefore(toggle, first);
    }
    toggle.hidden = !on;
    if (on && remembered()) { showAll(true); } else { toggle.setAttribute("aria-pressed", "false"); }
  }

  /* A click on the annotated words (a tap; a screen reader's Enter) opens the note as
     its marker does: not on a link or term inside them, nor a drag selecting words. */
  document.documentElement.classList.add("ex-phrases-open");
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) { return; }
    var phrase = !target.closest("a, abbr, button") && target.closest(".ex-note-phrase");
    var next = phrase && phrase.nextElementSibling;
    if (next && next.matches(".ex-note-ref") && getSelection().isCollapsed) { next.click(); return; }
    var marker = target.closest("button.ex-note-ref[aria-controls]");
    if (marker) { show(marker, marker.getAttribute("aria-expanded") !== "true"); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var focused = document.activeElement;
    /* a term's definition is dismissed where it stands; inside a note opened in
       place, Escape closes the note (and the definition with it) */
    if (focused && focused.matches("abbr[tabindex]") && !focused.closest(".ex-note:not([popover])")) {
      focused.classList.add(DISMISSED);
      return;
    }
    var note = focused && focused.closest(".ex-note:not([popover]):not([hidden])");
    var marker = note ? document.querySelector('button[aria-controls="' + note.id + '"]') : focused;
    if (marker && marker.matches("button.ex-note-ref[aria-expanded=true]")) {
      show(marker, false);
      marker.focus();
      return;
    }
    /* focus elsewhere (a tap on the text): Escape closes every note open in place */
    document.querySelectorAll("button.ex-note-ref[aria-expanded=true]").forEach(function (open) { show(open, false); });
  });

  document.addEventListener("focusout", function (event) {
    var left = event.target;
    if (left.classList && left.classList.contains(DISMISSED)) {
      left.classList.remove(DISMISSED);
    }
    var next = event.relatedTarget;
    if (!next) { return; }  // a click on plain text, or another window: light dismiss decides
    document.querySelectorAll(".ex-note:popover-open").forEach(function (note) {
      var marker = document.querySelector('button[popovertarget="' + note.id + '"]');
      if (!note.contains(next) && next !== marker) { note.hidePopover(); }
    });
  });

  /* Wide screens (the stylesheet's 60em): a note's first words in the margin stand
     level with its marker, or under the note before; again when the width changes. */
  var WIDE = window.matchMedia("(min-width: 60em)");
  var width = 0;
  function align() {
    if (document.documentElement.clientWidth === width) { return; }
    width = document.documentElement.clientWidth;
    document.querySelectorAll(".ex-para:not(.ex-para--quoted) .ex-note__teaser").forEach(function (teaser) {
      teaser.style.marginTop = "";
      var marker = WIDE.matches && teaser.closest(".ex-para")
        .querySelector('.ex-note-ref[data-note="' + teaser.firstElementChild.textContent + '"]');
      var below = marker ? marker.getBoundingClientRect().top - teaser.getBoundingClientRect().top : 0;
      if (below > 0) { teaser.style.marginTop = below + "px"; }
    });
  }

  /* a correction notice a link leads to (the Corrections page's) opens */
  function opened() {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.matches("details.ex-correction")) { target.open = true; }
  }

  opened();
  window.addEventListener("hashchange", opened);
  inPlace(NARROW.matches);
  allControl(NARROW.matches);
  NARROW.addEventListener("change", function (query) { inPlace(query.matches); allControl(query.matches); });
  align();
  window.addEventListener("resize", function () { requestAnimationFrame(align); });
})();
