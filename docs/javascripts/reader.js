/* What Material's script did for readers here, without its 35 KB (the site does
 * not load it: bench/README.md, "A slow phone", has the numbers):
 * - a link that moves to another place on the same page (the table of contents
 *   in the drawer, a search result on this page) closes the drawer and search;
 * - the header shows the page's title once the page's heading has scrolled
 *   under it, and its shadow once the page moves under it;
 * - the table of contents marks the section being read, and those before it;
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
  var sections = Array.prototype.map.call(
    document.querySelectorAll(".md-sidebar--secondary .md-nav__link[href^='#']"),
    function (link) { return { link: link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }; }
  ).filter(function (section) { return section.heading; });

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
    var reading = -1;
    var padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    sections.forEach(function (section, at) {
      /* reached once it is where a link to it scrolls it (scroll padding and margin) */
      var atTop = padding + (parseFloat(getComputedStyle(section.heading).scrollMarginTop) || 0);
      if (section.heading.getBoundingClientRect().top <= Math.max(under, atTop) + 1) { reading = at; }
    });
    sections.forEach(function (section, at) {
      section.link.classList.toggle("md-nav__link--passed", at < reading);
      section.link.classList.toggle("md-nav__link--active", at === reading);
    });
  }
  function later() {
    if (!pending) {
      pending = true;
      requestAnimationFrame(place);
    }
  }
  window.addEventListener("scroll", later, { passive: true });
  window.addEventListener("resize", later, { passive: true });
  /* Measured once the page has loaded (a page opened at a link's target, or where the
     reader left it, is scrolled by then), not as this script runs: then it forced a
     layout of the whole article in this script's task, 135 to 233 ms of Lighthouse's
     blocking time. */
  window.addEventListener("load", later);
  /* and again whenever the page's height changes with no scroll (notes laid out in the
     margin after load, a browser restoring a reload's position before that): the
     section read is the one under the header once the page has settled */
  if (main && window.ResizeObserver) {
    var observed = false; /* its first call only reports the size the page opened with */
    new ResizeObserver(function () {
      if (observed) { later(); }
      observed = true;
    }).observe(main);
  }

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
