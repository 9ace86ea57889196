// Search as you type over /search-index.json. Matching ignores case and
// Vietnamese diacritics ("hai long" finds "hài lòng"). The site is fully
// readable without this script; it only adds the search box's results.
(function () {
  "use strict";
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;
  var index = null;
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function load() {
    if (index) return Promise.resolve(index);
    return fetch(input.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (data) {
      index = data.pages.map(function (p) {
        p.hay = fold([p.title, p.summary, (p.tags || []).join(" "), (p.indicators || []).join(" ")].join(" "));
        p.titleFolded = fold(p.title);
        return p;
      });
      return index;
    });
  }
  function render(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    load().then(function (pages) {
      var hits = pages.filter(function (p) {
        return words.every(function (w) { return p.hay.indexOf(w) !== -1; });
      }).sort(function (a, b) {
        var sa = words.filter(function (w) { return a.titleFolded.indexOf(w) !== -1; }).length;
        var sb = words.filter(function (w) { return b.titleFolded.indexOf(w) !== -1; }).length;
        return sb - sa;
      });
      var total = hits.length;
      hits = hits.slice(0, 30);
      status.textContent = total
        ? (input.getAttribute("data-count") || "{n}").replace("{n}", total)
        : (input.getAttribute("data-none") || "0");
      hits.forEach(function (p) {
        var li = document.createElement("li");
        var h = document.createElement("h2");
        var a = document.createElement("a");
        a.href = p.url;
        a.textContent = p.title;
        h.appendChild(a);
        li.appendChild(h);
        if (p.summary) {
          var s = document.createElement("p");
          s.textContent = p.summary;
          li.appendChild(s);
        }
        list.appendChild(li);
      });
    });
  }
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); render(input.value); }
  status.textContent = "";
  input.addEventListener("input", function () { render(input.value); });
})();
