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
   * in pagefind/shards.json: merged into the primary index, searched as one. */
  var index = new URL("pagefind/", root);
  var engine = Promise.all([
    import(new URL("pagefind.js", index).href),
    fetch(new URL("shards.json", index).href).then(function (response) { return response.ok ? response.json() : []; })
  ]).then(function (loaded) {
    var pagefind = loaded[0];
    var options = { baseUrl: root.pathname, excerptLength: EXCERPT_WORDS };
    pagefind.options(options);
    pagefind.init();
    return Promise.all(loaded[1].map(function (shard) {
      return pagefind.mergeIndex(new URL(shard, index).href, { baseUrl: root.pathname });
    })).then(function () { return pagefind; });
  });

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
      .filter(function (a) { return a.id && (PARAGRAPH.test(a.id) || /^h[1-6]$/i.test(a.element)); })
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
    if (place.anchor && place.anchor.text && !/^h1$/i.test(place.anchor.element)) {
      return title + ": " + place.anchor.text.replace(/¶\s*$/, "").trim();
    }
    return title;
  }

  function link(data, place, term) {
    var url = new URL(data.url, location.href);
    /* one h= per word: Pagefind's highlighter marks each value as a whole phrase */
    url.search = "?" + term.split(/\s+/).map(function (word) { return "h=" + encodeURIComponent(word); }).join("&");
    url.hash = place.anchor && !/^h1$/i.test(place.anchor.element) ? place.anchor.id : "";
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

  /* One search at a time: keys typed meanwhile fold into one more search for the
     latest words, so on a slow phone the results never queue behind stale ones. */
  var busy = false;
  var again = false;

  function render(pages, filters, term, append) {
    var items = [];
    pages.forEach(function (data) {
      var found = places(data, filters.speaker);
      found.list.slice(0, PER_PAGE).forEach(function (place) {
        items.push(item(data, place, term, found.words));
      });
    });
    if (append) {
      items.forEach(function (li) { list.appendChild(li); });
    } else {
      list.replaceChildren.apply(list, items);
    }
    var count = list.children.length;
    say(count === 0 ? "search.result.none" : count === 1 ? "search.result.one" : "search.result.other", count);
  }

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
    var stale = function () { return again || query.value.trim() !== term; };
    engine
      .then(function (pagefind) { return pagefind.search(term, { filters: filters }); })
      .then(function (search) {
        var results = stale() || !search ? [] : search.results.slice(0, PAGES);
        if (!results.length) {
          return stale() ? null : render([], filters, term, false);
        }
        /* the best page first, as soon as it is in; then the others */
        return results[0].data().then(function (first) {
          if (stale()) {
            return null;
          }
          render([first], filters, term, false);
          return Promise.all(results.slice(1).map(function (r) { return r.data(); })).then(function (rest) {
            if (!stale()) {
              render(rest, filters, term, true);
            }
          });
        });
      })
      .finally(function () {
        busy = false;
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
    engine.then(function (pagefind) { return pagefind.filters(); }).then(function (available) {
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

  /* While the reader types, only fetch the index chunks the words need; search once
     typing pauses. A search under way cannot be stopped, and on a large site each
     search of a half-typed word would hold back the one for the whole word. */
  var pause = null;
  function typed() {
    var term = query.value.trim();
    if (term) {
      engine.then(function (pagefind) { return pagefind.preload(term, { filters: chosenFilters() }); });
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
