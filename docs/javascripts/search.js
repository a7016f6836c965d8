/*
 * Site search over Pagefind's index, in Material's search dialog
 * (overrides/partials/search.html), loaded only once the reader starts to
 * search (overrides/partials/javascripts/search-on-demand.html).
 *
 * Pagefind fetches the index fragments a query needs. A result is a page; this
 * script splits it into the paragraphs (id "pN", or "qL-pN" for a quoted one)
 * and headings the words were found in, and links to each with its own words as
 * the excerpt. The speaker filter keeps only that speaker's paragraphs (each
 * paragraph lists its speakers in the page's metadata, "speakers-<id>").
 * Editors' words are never the speaker's: a paragraph's notes ("pN-notes") and
 * the text after a quote's caption ("qL-pN-caption") start places of their own,
 * with no speaker.
 */
(function () {
  "use strict";

  var dialog = document.querySelector("[data-ex-search]");
  var root = new URL(dialog.getAttribute("data-ex-search"), location.href);
  var query = dialog.querySelector(".md-search__input");
  var meta = dialog.querySelector(".md-search-result__meta");
  var list = dialog.querySelector(".md-search-result__list");
  var filterBox = dialog.querySelector(".ex-search-filters");
  var selects = Array.prototype.slice.call(filterBox.querySelectorAll("select"));
  var PARAGRAPH = /^(q\d+-)?p\d+$/;
  var EDITORS = /^((?:q\d+-)?p\d+)-(notes|caption)$/;
  var PAGES = 10;
  var PER_PAGE = 3;
  var EXCERPT_WORDS = 30;
  var TYPING_PAUSE_MS = 150;
  var texts = {};
  try {
    texts = JSON.parse(document.getElementById("__config").textContent).translations || {};
  } catch (error) {
    texts = {};
  }

  /* A large site is indexed in shards (hooks/explainer/site/search_index.py), listed
   * in pagefind/shards.json; the last holds a hundred articles at most. Ranking
   * every matching page of 2,000 articles takes over a second on a phone, so the
   * index is searched in two parts: the last shard on its own, whose pages show at
   * once, then the primary index with the other shards merged into it, after which
   * the list holds the best pages of all (scores compare across parts as they do
   * across merged indexes). Both instances share Pagefind's one worker and
   * WebAssembly module: the second is made once the first has loaded it. */
  var index = new URL("pagefind/", root);
  var parts = Promise.all([
    import(new URL("pagefind.js", index).href),
    fetch(new URL("shards.json", index).href).then(function (response) { return response.ok ? response.json() : []; })
  ]).then(function (loaded) {
    var pagefind = loaded[0];
    var shards = loaded[1].map(function (shard) { return new URL(shard, index).href; });
    var options = { baseUrl: root.pathname, excerptLength: EXCERPT_WORDS };
    function open(path) {
      var part = pagefind.createInstance({ basePath: path });
      part.options(options);
      return part;
    }
    if (!shards.length) {
      return [open(index.href)];
    }
    var last = open(shards[shards.length - 1]);
    /* an empty search returns once the instance has its WebAssembly and metadata */
    var rest = last.search("").then(function () {
      var primary = open(index.href);
      return Promise.all(shards.slice(0, -1).map(function (shard) {
        return primary.mergeIndex(shard, { baseUrl: root.pathname });
      })).then(function () { return primary; });
    });
    return [last, rest];
  });
  /* Use every part of the index, each once it is ready. */
  function every(use) {
    return parts.then(function (all) { return Promise.all(all.map(function (p) { return Promise.resolve(p).then(use); })); });
  }

  function say(key, count) {
    var text = texts[key] || "";
    meta.textContent = text.replace("#", String(count));
  }

  function chosenFilters() {
    var filters = {};
    selects.forEach(function (select) {
      if (select.value) {
        filters[select.name] = select.value;
      }
    });
    return filters;
  }

  /* The anchors a page's words can be grouped under, in reading order. */
  function anchorsOf(data) {
    return data.anchors
      .filter(function (a) { return a.id && (PARAGRAPH.test(a.id) || EDITORS.test(a.id) || /^h[1-6]$/i.test(a.element)); })
      .sort(function (a, b) { return a.location - b.location; });
  }

  /* Each place the words were found: the anchor before them, the words up to the next one. */
  function places(data, speaker) {
    var anchors = anchorsOf(data);
    var words = data.content.split(/\s+/);
    var found = [];
    var byAnchor = {};
    data.locations.forEach(function (location) {
      var index = -1;
      for (var i = 0; i < anchors.length && anchors[i].location <= location; i++) {
        index = i;
      }
      var key = String(index);
      if (!byAnchor[key]) {
        var anchor = anchors[index];
        var end = index + 1 < anchors.length ? anchors[index + 1].location : words.length;
        byAnchor[key] = { anchor: anchor, start: anchor ? anchor.location : 0, end: end, hits: [] };
        found.push(byAnchor[key]);
      }
      byAnchor[key].hits.push(location);
    });
    if (speaker) {
      found = found.filter(function (place) {
        var said = place.anchor && data.meta["speakers-" + place.anchor.id];
        return said && said.split("|").indexOf(speaker) >= 0;
      });
    }
    /* most words found first, then in reading order */
    found.sort(function (a, b) { return b.hits.length - a.hits.length || a.start - b.start; });
    return { words: words, list: found };
  }

  function excerpt(words, place) {
    var first = place.hits[0];
    var start = Math.max(place.start, Math.min(first - 8, place.end - EXCERPT_WORDS));
    var end = Math.min(place.end, start + EXCERPT_WORDS);
    var paragraph = document.createElement("p");
    if (start > place.start) {
      paragraph.appendChild(document.createTextNode("… "));
    }
    for (var i = start; i < end; i++) {
      var word = document.createTextNode(words[i]);
      if (place.hits.indexOf(i) >= 0) {
        var mark = document.createElement("mark");
        mark.appendChild(word);
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(word);
      }
      paragraph.appendChild(document.createTextNode(i + 1 < end ? " " : end < place.end ? " …" : ""));
    }
    return paragraph;
  }

  function heading(data, place) {
    var title = data.meta.title || data.url;
    if (place.anchor && PARAGRAPH.test(place.anchor.id)) {
      return title + ", ¶" + place.anchor.id.replace(/^.*p/, "");
    }
    var editors = place.anchor && EDITORS.exec(place.anchor.id);
    if (editors) {
      return editors[2] === "notes" ? title + ", editor’s note to ¶" + editors[1].replace(/^.*p/, "") : title;
    }
    if (place.anchor && place.anchor.text && !/^h1$/i.test(place.anchor.element)) {
      return title + ": " + place.anchor.text.replace(/¶\s*$/, "").trim();
    }
    return title;
  }

  function link(data, place, term) {
    var url = new URL(data.url, location.href);
    /* one h= per word: Pagefind's highlighter marks each value as a whole phrase */
    url.search = "?" + term.split(/\s+/).map(function (word) { return "h=" + encodeURIComponent(word); }).join("&");
    var editors = place.anchor && EDITORS.exec(place.anchor.id);
    /* a note is inside its paragraph's block: the link goes to the paragraph */
    var id = editors && editors[2] === "notes" ? editors[1] : place.anchor && place.anchor.id;
    url.hash = place.anchor && !/^h1$/i.test(place.anchor.element) ? id : "";
    return url.href;
  }

  function item(data, place, term, words) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.href = link(data, place, term);
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("h2");
    title.textContent = heading(data, place);
    article.appendChild(title);
    article.appendChild(excerpt(words, place));
    a.appendChild(article);
    li.appendChild(a);
    return li;
  }

  /* A result's page, fetched once however often the list is drawn. */
  function pageOf(result) {
    if (!result.page) {
      result.page = result.data();
    }
    return result.page;
  }

  function render(pages, filters, term) {
    var focused = list.contains(document.activeElement) ? document.activeElement.href : null;
    var items = [];
    pages.forEach(function (data) {
      var found = places(data, filters.speaker);
      found.list.slice(0, PER_PAGE).forEach(function (place) {
        items.push(item(data, place, term, found.words));
      });
    });
    list.replaceChildren.apply(list, items);
    /* redrawn with more parts searched: the result the reader is on keeps the focus */
    items.forEach(function (li) {
      if (focused && li.firstChild.href === focused) {
        li.firstChild.focus();
        focused = null;
      }
    });
    var count = list.children.length;
    say(count === 0 ? "search.result.none" : count === 1 ? "search.result.one" : "search.result.other", count);
  }

  /* One search at a time: keys typed meanwhile fold into one more search for the
     latest words, so on a slow phone the results never queue behind stale ones.
     The list is busy (aria-busy) until every part of the index is searched. */
  var busy = false;
  var again = false;

  function run() {
    if (busy) {
      again = true;
      return;
    }
    var term = query.value.trim();
    var filters = chosenFilters();
    if (!term) {
      list.replaceChildren();
      say("search.result.placeholder");
      return;
    }
    busy = true;
    list.setAttribute("aria-busy", "true");
    var stale = function () { return again || query.value.trim() !== term; };
    var found = [];
    var drawn = false;
    function show(top) {
      /* the best page first, as soon as it is in; then the others */
      var early = !drawn;
      drawn = true;
      var first = early ? pageOf(top[0]).then(function (page) { return stale() || render([page], filters, term); }) : null;
      return Promise.resolve(first)
        .then(function () { return Promise.all(top.map(pageOf)); })
        .then(function (pages) { return stale() || render(pages, filters, term); });
    }
    function searchPart(all, n) {
      return Promise.resolve(all[n])
        .then(function (pagefind) { return stale() ? null : pagefind.search(term, { filters: filters }); })
        .then(function (search) {
          if (stale() || !search) {
            return null;
          }
          found = found.concat(search.results).sort(function (a, b) { return b.score - a.score; });
          var more = n + 1 < all.length;
          var shown = !found.length ? (more ? null : render([], filters, term)) : show(found.slice(0, PAGES));
          return Promise.resolve(shown).then(function () { return more ? searchPart(all, n + 1) : null; });
        });
    }
    parts
      .then(function (all) { return searchPart(all, 0); })
      .finally(function () {
        busy = false;
        list.setAttribute("aria-busy", "false");
        if (again) {
          again = false;
          run();
        }
      });
  }

  /* Filter choices come from the index, fetched only when the reader opens the filters. */
  var filled = false;
  filterBox.addEventListener("toggle", function () {
    if (!filterBox.open || filled) {
      return;
    }
    filled = true;
    every(function (pagefind) { return pagefind.filters(); }).then(function (all) {
      var available = {};
      all.forEach(function (filters) {
        Object.keys(filters).forEach(function (name) {
          available[name] = available[name] || {};
          Object.keys(filters[name]).forEach(function (value) {
            available[name][value] = (available[name][value] || 0) + filters[name][value];
          });
        });
      });
      selects.forEach(function (select) {
        Object.keys(available[select.name] || {}).sort().forEach(function (value) {
          var option = document.createElement("option");
          option.value = value;
          option.textContent = value + " (" + available[select.name][value] + ")";
          select.appendChild(option);
        });
      });
    });
  });

  /* While the reader types, only fetch the index chunks the words need, for the
     first part of the index alone; search once typing pauses. A search under way
     cannot be stopped, and on a large site each search of a half-typed word would
     hold back the one for the whole word. The other part loads its chunks when it
     is searched: loading them for 1,900 articles while typing kept the worker
     busy past the last key (first result 1.1 s instead of 0.4-0.5 s). */
  var pause = null;
  function typed() {
    var term = query.value.trim();
    if (term) {
      parts.then(function (all) { return all[0].preload(term, { filters: chosenFilters() }); });
    }
    clearTimeout(pause);
    pause = setTimeout(run, TYPING_PAUSE_MS);
  }

  selects.forEach(function (select) { select.addEventListener("change", run); });
  query.addEventListener("input", typed);
  dialog.querySelector("form").addEventListener("submit", function (event) { event.preventDefault(); });
  dialog.querySelector("form").addEventListener("reset", function () { setTimeout(run); });

  /* Material's keys in the dialog: arrows move through the results, Enter follows one. */
  dialog.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") {
      return;
    }
    var stops = [query].concat(Array.prototype.slice.call(list.querySelectorAll(".md-search-result__link")));
    var index = stops.indexOf(document.activeElement);
    if (index < 0 || stops.length < 2) {
      return;
    }
    event.preventDefault();
    var next = (index + (event.key === "ArrowDown" ? 1 : stops.length - 1)) % stops.length;
    stops[next].focus();
  });

  if (query.value.trim()) {
    run();
  }
})();
