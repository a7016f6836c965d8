/* Download the search index only when the reader starts to search.
 *
 * Material fetches search/search_index.json on every page load: the largest
 * file after its own script and stylesheet, paid on every first view by
 * readers on slow, metered phone connections whether they search or not.
 * This holds that one request back until the reader shows an intent to
 * search (opens or focuses the search box, presses a search shortcut) or
 * arrives from a search result (?h=... highlights the words found); then it
 * goes out and Material carries on as usual. Measured by `make bench`. */
(function () {
  "use strict";

  var INDEX = /\/search\/search_index\.json$/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var wanted = /[?&]h=/.test(location.search);

  function want() {
    if (wanted) {
      return;
    }
    wanted = true;
    held.splice(0).forEach(function (release) { release(); });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.exSearchIndex = INDEX.test(String(url).split(/[?#]/)[0]);
    return open.apply(this, arguments);
  };

  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!request.exSearchIndex || wanted) {
      return send.apply(request, args);
    }
    held.push(function () { send.apply(request, args); });
  };

  function inSearch(target) {
    return target && target.closest && target.closest(".md-search, label[for='__search']");
  }

  document.addEventListener("focusin", function (event) {
    if (inSearch(event.target)) { want(); }
  }, true);
  document.addEventListener("pointerdown", function (event) {
    if (inSearch(event.target)) { want(); }
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search") { want(); }
  }, true);
  document.addEventListener("keydown", function (event) {
    /* Material opens search with f, s and / */
    if (["f", "s", "/", "F", "S"].indexOf(event.key) >= 0) { want(); }
  }, true);
})();
