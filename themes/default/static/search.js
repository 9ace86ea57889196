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
  // A word of the query matches where a word of the page begins: "hong"
  // finds "Hồng Hà", not the "hong" inside "thông".
  function wordStart(w) {
    return new RegExp("(^|[^a-z0-9])" + w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  }
  // An agency's place: its title without "Ủy ban nhân dân" and the kind of
  // unit, so "bac kan" puts the province's committee first.
  var BODY = /^(uy ban nhan dan |ubnd )?(thanh pho |tinh |thi tran |thi xa |xa |phuong |dac khu |quan |huyen )?/;
  function load() {
    if (index) return Promise.resolve(index);
    return fetch(input.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (data) {
      index = data.pages.map(function (p) {
        p.hay = fold([p.title, p.summary, (p.tags || []).join(" "), (p.indicators || []).join(" ")].join(" "));
        p.titleFolded = fold(p.title);
        p.place = p.titleFolded.replace(BODY, "");
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
      var res = words.map(wordStart);
      var whole = words.join(" ");
      // The title or place that is the query first, then titles holding
      // more of its words, then shorter titles, then the index's order.
      var hits = pages.filter(function (p) {
        return res.every(function (r) { return r.test(p.hay); });
      }).map(function (p, k) {
        return {
          p: p, k: k,
          exact: p.titleFolded === whole || p.place === whole ? 1 : 0,
          inTitle: res.filter(function (r) { return r.test(p.titleFolded); }).length
        };
      }).sort(function (a, b) {
        return b.exact - a.exact || b.inTitle - a.inTitle ||
          a.p.titleFolded.length - b.p.titleFolded.length || a.k - b.k;
      }).map(function (h) { return h.p; });
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
