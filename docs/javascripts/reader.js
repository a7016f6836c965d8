/* What Material's script did for readers here, without its 35 KB (the site does
 * not load it: bench/README.md, "A slow phone", has the numbers):
 * - a link that moves to another place on the same page (the table of contents
 *   in the drawer, a search result on this page) closes the drawer and search;
 * - the header shows the page's title once the page's heading has scrolled
 *   under it, and its shadow once the page moves under it;
 * - Enter on a focused section of the navigation opens or closes it;
 * - `p` or `,` goes to the previous page, `n` or `.` to the next.
 * The palette is javascripts/palette.html's (inline, before the first paint),
 * search is search-on-demand.html's and notes are terms.js's: none needs this. */
(function () {
  "use strict";
  var drawer = document.getElementById("__drawer");
  var search = document.getElementById("__search");
  var header = document.querySelector("[data-md-component=header]");
  var title = document.querySelector("[data-md-component=header-title]");
  var heading = document.querySelector(".md-content h1");
  var main = document.querySelector("[data-md-component=main]");

  function close(toggle) {
    if (toggle && toggle.checked) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
    }
  }
  window.addEventListener("hashchange", function () {
    setTimeout(function () { close(drawer); close(search); }, 125);
  });

  var pending = false;
  function place() {
    pending = false;
    var under = header ? header.getBoundingClientRect().bottom : 0;
    if (title && heading) {
      var box = heading.getBoundingClientRect();
      title.classList.toggle("md-header__title--active", box.height > 0 && box.bottom <= under);
    }
    if (header && main) {
      header.classList.toggle("md-header--shadow", main.getBoundingClientRect().top <= under);
    }
  }
  function later() {
    if (!pending) {
      pending = true;
      requestAnimationFrame(place);
    }
  }
  window.addEventListener("scroll", later, { passive: true });
  window.addEventListener("resize", later, { passive: true });
  place();

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || (search && search.checked)) {
      return;
    }
    var target = event.target;
    if (event.key === "Enter" && target instanceof HTMLLabelElement) {
      target.click();
      return;
    }
    if (typing(target)) {
      return;
    }
    var rel = { p: "prev", ",": "prev", n: "next", ".": "next" }[event.key];
    var link = rel && document.querySelector("link[rel=" + rel + "]");
    if (link) {
      location.href = link.href;
    }
  });
})();
