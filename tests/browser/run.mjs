// Browser tests in headless Chromium (Debian's `chromium`, driven by
// playwright-core). Builds the example site and a national-scale site (63
// provinces, 693 agencies, from examples/corpus.rs) with the debug binary,
// serves each on a free loopback port, and checks what only a browser
// shows: layout at phone width, accessibility (axe-core, WCAG 2.1 A/AA, at
// 1280 and 360 px, light and dark), contrast of form borders, tables that
// fit a phone, the search script under the CSP, dark and print styles,
// and `baocao serve`'s live reload of the page open.
// Usage: node tests/browser/run.mjs   (after `cargo test`, which builds the
// binary and the corpus example)
import { chromium } from "playwright-core";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, cpSync, readFileSync, writeFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, dirname, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const bin = join(repo, "target", "debug", "baocao");
const corpus = join(repo, "target", "debug", "examples", "corpus");
const shots = process.env.SHOTS || join(tmpdir(), "baocao-shots");
mkdirSync(shots, { recursive: true });
const axeSource = readFileSync(join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");

// The sites built here (tens of MB each) go when the run ends, whichever
// way it ends, unless KEEP=1; what a failure shows is in $SHOTS.
const temps = [];
function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
process.on("exit", () => {
  if (!process.env.KEEP) for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) {
    console.error(`${cmd} ${args.join(" ")}\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
}

/// Builds a site folder into its output/ and serves it; returns the base URL.
async function serveSite(site) {
  run(bin, ["build", "--site", site, "--today", "2020-12-31", "--quiet"]);
  const out = join(site, "output");
  const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp", ".xml": "application/xml", ".woff2": "font/woff2" };
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (path.includes("..")) { res.writeHead(404).end(); return; }
    if (path.endsWith("/")) path += "index.html";
    const file = join(out, path);
    if (!existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}
const servers = [];

const example = tempDir("baocao-browser-");
cpSync(join(repo, "content"), join(example, "content"), { recursive: true });
const base = await serveSite(example);
const national = tempDir("baocao-national-");
run(corpus, [national, "--news", "60", "--photos", "4", "--photo-size", "1600x1000"]);
const nationalBase = await serveSite(national);
// Commune scale, small: 12 provinces × 40 communes from CSV (indicators of
// many units, province pages, sorted lists on two pages, reporting split).
const commune = tempDir("baocao-commune-");
run(corpus, [commune, "--provinces", "12", "--communes-per-province", "40", "--commune-indicators", "5", "--csv", "--news", "10", "--indicators", "2"]);
const communeBase = await serveSite(commune);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

let passed = 0, failed = 0;
// ONLY=text runs the tests whose name contains it.
async function test(name, fn) {
  if (process.env.ONLY && !name.includes(process.env.ONLY)) return;
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${e.message}`);
  }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

/** Every chart text shown on the page, with the size it is drawn at: its
 * font size in the SVG's units times the SVG's scale on screen. */
async function chartTextSizes(p) {
  await p.evaluate(() => document.fonts.ready);
  return p.evaluate(() => [...document.querySelectorAll("svg.baocao-chart text")]
    .filter((t) => t.getBoundingClientRect().height > 0)
    .map((t) => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a })));
}

async function page(width, opts = {}) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, ...opts });
  const p = await ctx.newPage();
  const violations = [];
  p.on("console", (m) => { if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text()); });
  p.on("pageerror", (e) => violations.push(String(e)));
  p.on("response", (r) => { if (r.status() === 404 && !r.url().includes("/404")) violations.push(`404 ${r.url()}`); });
  return { p, ctx, violations };
}

// Every kind of page, on both sites.
const examplePages = ["/", "/indicators/", "/indicators/status/at_risk/", "/indicators/par-index/", "/indicators/sipas/", "/agencies/", "/agencies/by/score/", "/agencies/reporting/", "/agencies/ubnd-luc-yen/", "/news/", "/news/muc-tieu-cchc-2020/", "/news/mot-cua-van-yen/", "/news/2020/", "/news/2020/11/", "/pages/gioi-thieu/", "/huong-dan/", "/huong-dan/viet-bai/", "/guide/format/", "/huong-dan/ma-loi/", "/tags/", "/tags/cchc/", "/search/?q=hai+long", "/404.html"];
const nationalPages = ["/", "/indicators/", "/indicators/ind-01/", "/indicators/status/missed/", "/agencies/", "/agencies/by/overdue/", "/agencies/reporting/", "/agencies/tinh-01/", "/agencies/tinh-01-dv-01/", "/news/", "/news/ban-tin-00001/", "/news/2015/", "/tags/cchc/", "/search/?q=cai+cach"];
const communePages = ["/indicators/xa-01/", "/indicators/xa-01/tinh-02/", "/agencies/tinh-02-x005/", "/agencies/tinh-02/", "/agencies/", "/agencies/by/score/page/2/", "/agencies/reporting/", "/agencies/reporting/tinh-02/"];
const sites = [["example", base, examplePages], ["national", nationalBase, nationalPages], ["commune", communeBase, communePages]];

await test("indicator page fits a 360 px phone, chart labels stay readable", async () => {
  const { p, ctx, violations } = await page(360);
  await p.goto(`${base}/indicators/sipas/`);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  const svg = await p.locator(".chart-svg svg.chart-narrow").first().boundingBox();
  assert(svg && svg.width <= 360 && svg.width > 250, `chart width ${svg && svg.width}`);
  const smallest = Math.min(...(await chartTextSizes(p)).map((t) => t.px));
  assert(smallest >= 11, `smallest chart text is ${smallest.toFixed(1)}px`);
  assert(violations.length === 0, violations.join("; "));
  await p.screenshot({ path: join(shots, "sipas-360.png"), fullPage: true });
  await ctx.close();
});

await test("photos: WebP at the width the screen needs, their place kept while they load, lazy below the first screen", async () => {
  for (const [width, want] of [[360, "-480.webp"], [1280, "-960.webp"]]) {
    const { p, ctx, violations } = await page(width);
    // Layout shifts, as the browser counts them, from the first paint on.
    await p.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
        .observe({ type: "layout-shift", buffered: true });
    });
    await p.goto(`${base}/news/mot-cua-van-yen/`);
    const pics = await p.evaluate(() => [...document.querySelectorAll("main picture img")].map((i) => ({
      lazy: i.loading === "lazy", w: i.getAttribute("width"), h: i.getAttribute("height"),
      ratio: i.getBoundingClientRect().height / i.getBoundingClientRect().width,
    })));
    assert(pics.length === 2, `${pics.length} photos`);
    assert(!pics[0].lazy && pics[1].lazy, `lazy: ${pics.map((x) => x.lazy)}`);
    // Before any photo arrives, each box already has the photo's shape.
    for (const x of pics) assert(Math.abs(x.ratio - x.h / x.w) < 0.01, `box ${x.ratio} for ${x.w}×${x.h}`);
    await p.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 300) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 50)); }
    });
    await p.waitForFunction(() => [...document.querySelectorAll("main picture img")].every((i) => i.complete && i.naturalWidth > 0));
    const chosen = await p.evaluate(() => [...document.querySelectorAll("main picture img")].map((i) => i.currentSrc));
    assert(chosen.every((c) => c.endsWith(".webp")), `chosen: ${chosen.join(", ")}`);
    assert(chosen[0].endsWith(want), `at ${width} px: ${chosen[0]}`);
    const cls = await p.evaluate(() => window.__cls);
    assert(cls < 0.01, `layout shift ${cls}`);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `page is ${overflow}px wider than the viewport`);
    assert(violations.length === 0, violations.join("; "));
    console.log(`     ${width} px: ${chosen.map((c) => c.split("/").pop()).join(", ")}, layout shift ${cls.toFixed(4)}`);
    await ctx.close();
  }
});

await test("charts are there with JavaScript off, with their text alternative", async () => {
  const { p, ctx } = await page(1280, { javaScriptEnabled: false });
  await p.goto(`${base}/indicators/par-index/`);
  const n = await p.locator(".chart figure svg[role=img]").count();
  assert(n >= 1, "no chart");
  const name = await p.locator(".chart figure svg[role=img]").first().evaluate((s) => document.getElementById(s.getAttribute("aria-labelledby")).textContent);
  assert(name.includes("PAR INDEX"), `accessible name: ${name}`);
  assert((await p.locator(".chart figcaption").first().textContent()).includes("PAR INDEX"), "summary sentence");
  await p.screenshot({ path: join(shots, "par-index-1280.png"), fullPage: true });
  await ctx.close();
});

await test("search finds Vietnamese text without diacritics, under the CSP, with a count and plain snippets", async () => {
  const { p, ctx, violations } = await page(1280);
  await p.goto(`${base}/search/?q=hai+long`);
  await p.waitForSelector("#search-results li a", { timeout: 5000 });
  const titles = await p.locator("#search-results li a").allTextContents();
  assert(titles.some((t) => /hài lòng/i.test(t)), `results: ${titles.join(" | ")}`);
  const status = await p.locator("#search-status").textContent();
  assert(/^\d+ kết quả$/.test(status), `status "${status}"`);
  await p.fill("#search-q", "pci");
  await p.waitForFunction(() => /kết quả/.test(document.getElementById("search-status").textContent), null, { timeout: 5000 });
  const snippets = (await p.locator("#search-results li p").allTextContents()).join(" ");
  assert(!/\*\*|\]\(|`/.test(snippets), `Markdown in snippets: ${snippets.slice(0, 200)}`);
  await p.fill("#search-q", "bien che");
  await p.waitForFunction(() => [...document.querySelectorAll("#search-results li a")].some((a) => /biên chế/i.test(a.textContent)), null, { timeout: 5000 });
  assert(violations.length === 0, violations.join("; "));
  await ctx.close();
});

await test("search matches where words begin and puts the place searched for first (63 provinces)", async () => {
  const { p, ctx } = await page(360);
  const fold = (t) => t.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  await p.goto(`${nationalBase}/search/?q=bac+kan`);
  await p.waitForSelector("#search-results li a", { timeout: 5000 });
  const titles = await p.locator("#search-results li a").allTextContents();
  assert(titles[0] === "Ủy ban nhân dân tỉnh Bắc Kạn", `first: ${titles.slice(0, 3).join(" | ")}`);
  // "hong" is inside "thông": every result needs a word that begins with it.
  await p.fill("#search-q", "hong");
  await p.waitForFunction(() => document.getElementById("search-status").textContent !== "", null, { timeout: 5000 });
  const shown = await p.locator("#search-results li").allTextContents();
  const inside = shown.filter((t) => !/(^|[^a-z0-9])hong/.test(fold(t)));
  assert(inside.length === 0, `matched inside a word: ${inside.slice(0, 3).join(" | ")}`);
  await ctx.close();
});

await test("dark scheme follows the system setting", async () => {
  const { p, ctx } = await page(1280, { colorScheme: "dark" });
  await p.goto(`${base}/`);
  const bg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert(bg === "rgb(13, 17, 23)", `background ${bg}`);
  await p.screenshot({ path: join(shots, "home-dark.png") });
  await ctx.close();
});

await test("print: navigation and embed links hide, folded data opens, the address and data date print", async () => {
  const { p, ctx } = await page(1280);
  await p.goto(`${base}/indicators/par-index/`);
  await p.emulateMedia({ media: "print" });
  const shown = (sel) => p.locator(sel).first().evaluate((n) => getComputedStyle(n).display !== "none");
  assert(!(await shown(".site-header nav")), "the menu prints");
  assert(!(await shown(".chart-file")), "the embed link prints");
  assert(await shown(".print-only"), "the page address does not print");
  const footer = await p.locator(".print-only").textContent();
  assert(footer.includes("/indicators/par-index/") && footer.includes("31/12/2020"), footer);
  await p.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  const table = await p.locator(".chart-data table").first().evaluate((t) => t.getBoundingClientRect().height);
  assert(table > 20, `the chart's data table is ${table}px high in print`);
  await p.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  assert(!(await p.locator(".chart-data").first().evaluate((d) => d.open)), "folded again after printing");
  await ctx.close();
});

/// WCAG contrast ratio of two CSS colours (rgb()/rgba()).
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

await test("search boxes have borders of 3:1 contrast or more (WCAG 1.4.11), light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [1280, 360]) {
      const { p, ctx } = await page(width, { colorScheme });
      await p.goto(`${base}/search/`);
      for (const sel of [".header-search input", ".search-form input"]) {
        const box = p.locator(sel).first();
        if (!(await box.isVisible())) continue;
        const [border, bg] = await box.evaluate((i) => {
          let el = i.parentElement, bg = "rgba(0, 0, 0, 0)";
          while (el && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) { bg = getComputedStyle(el).backgroundColor; el = el.parentElement; }
          return [getComputedStyle(i).borderTopColor, bg];
        });
        const ratio = contrast(border, bg);
        assert(ratio >= 3, `${colorScheme} ${width}px ${sel}: border ${border} on ${bg} is ${ratio.toFixed(2)}:1`);
      }
      await ctx.close();
    }
  }
});

await test("a name beside chips keeps its room at 1280 px; an address in a table cell breaks only after a slash at 360 px", async () => {
  {
    const { p, ctx } = await page(1280);
    await p.goto(base + "/agencies/reporting/");
    const widths = await p.evaluate(() => [...document.querySelectorAll("table.reporting th[scope=row]")].map((t) => t.getBoundingClientRect().width));
    assert(widths.length > 0 && widths.every((w) => w >= 180), `agency column ${widths.join(", ")} px`);
    await ctx.close();
  }
  const { p, ctx } = await page(360);
  await p.goto(base + "/guide/format/");
  // Where each line of an address in a table cell ends: after a "/" only.
  const bad = await p.evaluate(() => {
    const out = [];
    for (const code of document.querySelectorAll(".prose td > code")) {
      const text = [];
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < n.length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          text.push([n.data[i], r.getBoundingClientRect().top]);
        }
      }
      for (let i = 1; i < text.length; i++) {
        if (text[i][1] > text[i - 1][1] + 2 && text[i - 1][0] !== "/") out.push(code.textContent);
      }
    }
    return out;
  });
  assert(bad.length === 0, `broken inside a word: ${bad.slice(0, 5).join(" | ")}`);
  await ctx.close();
});

await test("at 360 px no page is wider than the screen, no table or menu hides anything, and the status is whole", async () => {
  const problems = [];
  for (const [name, url, paths] of sites) {
    const { p, ctx } = await page(360);
    for (const path of paths) {
      await p.goto(url + path);
      const r = await p.evaluate(() => {
        const out = [];
        const page = document.documentElement.scrollWidth - window.innerWidth;
        if (page > 0) out.push(`page ${page}px too wide`);
        for (const t of document.querySelectorAll("main table")) {
          const box = t.getBoundingClientRect();
          if (box.width === 0) continue; // folded away
          if (box.right > window.innerWidth + 0.5) out.push(`table ends at ${Math.round(box.right)}px`);
          const scroller = t.closest(".table-scroll");
          if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) out.push("table scrolls sideways");
        }
        // The menu shows every item: none hidden past the edge.
        for (const m of document.querySelectorAll("nav.menu, nav.menu ul")) {
          if (m.scrollWidth > m.clientWidth + 1) out.push(`the menu hides ${m.scrollWidth - m.clientWidth}px of items`);
        }
        // A value ("+0,20 điểm %") is never split across lines.
        for (const v of document.querySelectorAll("main .nw")) {
          if (v.getClientRects().length > 1) out.push(`value "${v.textContent}" split across lines`);
        }
        for (const s of document.querySelectorAll("main .status")) {
          const b = s.getBoundingClientRect();
          if (b.width > 0 && (b.right > window.innerWidth + 0.5 || s.scrollWidth > s.clientWidth + 1)) out.push(`status "${s.textContent.trim()}" is cut`);
        }
        return out;
      });
      for (const x of r) problems.push(`${name} ${path}: ${x}`);
    }
    await ctx.close();
  }
  assert(problems.length === 0, problems.slice(0, 12).join("; "));
});

await test("the national home page: the strip, who is late and the first cards in the first screen at 1280, at most 6,000 px on a phone", async () => {
  {
    const { p, ctx } = await page(1280);
    await p.goto(nationalBase + "/");
    const strip = await p.locator(".strip").boundingBox();
    const card = await p.locator(".card").first().boundingBox();
    assert(strip && strip.y + strip.height <= 900, `strip ends at ${strip && strip.y + strip.height}`);
    assert(card && card.y + 120 <= 900, `first card starts at ${card && card.y}`);
    // Who is late comes between the strip and the cards, and fits too.
    const late = await p.locator("section.alert").boundingBox();
    assert(late && late.y > strip.y && late.y + late.height < card.y, `overdue box at ${late && late.y}`);
    await p.screenshot({ path: join(shots, "national-home-1280.png") });
    await ctx.close();
  }
  const { p, ctx } = await page(360);
  await p.goto(nationalBase + "/");
  const h = await p.evaluate(() => document.documentElement.scrollHeight);
  assert(h <= 6000, `the home page is ${h}px tall on a phone`);
  await ctx.close();
});

await test("axe-core: no serious or critical WCAG 2.1 A/AA violation on any kind of page, 1280 and 360 px, light and dark", async () => {
  const found = [];
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [1280, 360]) {
      // The test context alone bypasses the CSP to inject axe; the pages
      // keep theirs.
      const { p, ctx, violations } = await page(width, { colorScheme, bypassCSP: true });
      for (const [name, url, paths] of sites) {
        for (const path of paths) {
          await p.goto(url + path);
          await p.addScriptTag({ content: axeSource });
          const r = await p.evaluate(() => axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
          for (const v of r.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
            found.push(`${name} ${path} ${width}px ${colorScheme}: ${v.id} (${v.impact}) ${v.nodes[0].target.join(" ")}`);
          }
        }
      }
      assert(violations.filter((v) => !v.startsWith("404")).length === 0, violations.join("; "));
      await ctx.close();
    }
  }
  assert(found.length === 0, `${found.length} violations: ${found.slice(0, 10).join(" | ")}`);
});

// Every chart on these pages, at 360 px: text drawn at 11 px or more.
// (An agency's page tables its indicators instead of charting each.)
const phonePages = [
  [base, "/indicators/sipas/"], [base, "/indicators/par-index/"], [base, "/indicators/giam-ngheo/"],
  [base, "/news/muc-tieu-cchc-2020/"], [base, "/news/pci-2020/"], [base, "/news/dich-vu-cong-truc-tuyen-2020/"],
  [base, "/agencies/"], [nationalBase, "/indicators/ind-01/"], [nationalBase, "/indicators/ind-02/"], [nationalBase, "/news/ban-tin-00002/"],
];
await test("chart text is at least 11 px at 360 px (example site and 63 provinces)", async () => {
  const { p, ctx, violations } = await page(360);
  let seen = 0, minPx = Infinity;
  for (const [b, url] of phonePages) {
    await p.goto(b + url);
    const sizes = await chartTextSizes(p);
    assert(sizes.length > 0, `${url}: no chart text`);
    seen += sizes.length;
    const small = sizes.filter((t) => t.px < 11);
    minPx = Math.min(minPx, ...sizes.map((t) => t.px));
    assert(small.length === 0, `${url}: ${small.slice(0, 3).map((t) => `"${t.text}" ${t.px.toFixed(1)}px`).join(", ")}`);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `${url} is ${overflow}px wider than the viewport`);
  }
  assert(seen > 300, `only ${seen} chart texts`);
  console.log(`     ${seen} chart texts on ${phonePages.length} pages, the smallest ${minPx.toFixed(2)} px`);
  assert(violations.length === 0, violations.join("; "));
  await ctx.close();
});

await test("a ranking of 63 provinces is at most 1,400 px tall at 1280 px", async () => {
  const { p, ctx } = await page(1280);
  await p.goto(`${nationalBase}/indicators/ind-01/`);
  const heights = await p.evaluate(() => [...document.querySelectorAll("svg.baocao-chart-bar")]
    .map((s) => s.getBoundingClientRect().height).filter((h) => h > 0));
  assert(heights.length === 1, `${heights.length} rankings shown`);
  assert(heights[0] > 1000 && heights[0] <= 1400, `ranking ${heights[0]}px tall`);
  console.log(`     the ranking of 63 is ${heights[0]} px tall`);
  await ctx.close();
});

await test("charts are drawn with the font they are measured with, under the CSP", async () => {
  const { p, ctx, violations } = await page(1280);
  await p.goto(`${base}/indicators/sipas/`);
  await p.evaluate(() => document.fonts.ready);
  const faces = await p.evaluate(() => [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.family} ${f.weight}`));
  assert(faces.includes(`"Baocao Sans" 400`) || faces.includes("Baocao Sans 400"), `loaded: ${faces.join(", ")}`);
  assert(faces.some((f) => f.endsWith("700")), `bold face loaded: ${faces.join(", ")}`);
  assert(violations.length === 0, violations.join("; "));
  await ctx.close();
});

// Screenshots to look at, when asked for: SHOTS=dir node tests/browser/run.mjs
if (process.env.SHOTS) await test("screenshots", async () => {
  const pages = [
    ["dashboard", base, "/"], ["indicator-list", base, "/indicators/"], ["sipas", base, "/indicators/sipas/"],
    ["par-index", base, "/indicators/par-index/"], ["agencies", base, "/agencies/"], ["agency", base, "/agencies/ubnd-luc-yen/"],
    ["reporting", base, "/agencies/reporting/"], ["news", base, "/news/"], ["article", base, "/news/muc-tieu-cchc-2020/"],
    ["photo-article", base, "/news/mot-cua-van-yen/"], ["archive", base, "/news/2020/"],
    ["search", base, "/search/?q=hai+long"],
    ["national-dashboard", nationalBase, "/"], ["national-indicator-list", nationalBase, "/indicators/"],
    ["national-indicator", nationalBase, "/indicators/ind-01/"], ["national-rank", nationalBase, "/indicators/ind-02/"],
    ["national-agencies", nationalBase, "/agencies/"], ["national-agency", nationalBase, "/agencies/tinh-01/"],
    ["national-reporting", nationalBase, "/agencies/reporting/"], ["national-news", nationalBase, "/news/"],
    ["national-every-entity", nationalBase, "/news/ban-tin-00002/"], ["national-search", nationalBase, "/search/?q=cai+cach"],
  ];
  for (const w of [1280, 360]) {
    const { p, ctx } = await page(w);
    for (const [name, b, url] of pages) {
      await p.goto(b + url);
      await p.evaluate(() => document.fonts.ready);
      await p.screenshot({ path: join(shots, `${name}-${w}.png`), fullPage: true });
    }
    await ctx.close();
  }
});

await test("no page asks for a file that is not there (favicon included)", async () => {
  const { p, ctx, violations } = await page(1280);
  for (const [, url, paths] of sites) {
    for (const path of paths.filter((x) => x !== "/404.html")) await p.goto(url + path);
  }
  assert(violations.length === 0, violations.join("; "));
  await ctx.close();
});

await test("serve: the page open reloads itself after a data edit, and serve makes it first", async () => {
  const site = tempDir("baocao-serve-");
  run(corpus, [site, "--provinces", "8", "--news", "300", "--indicators", "2"]);
  const serve = spawn(bin, ["serve", "--site", site, "--port", "0", "--today", "2020-12-31"], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  serve.stderr.on("data", (d) => { log += d; });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = "";
      serve.stdout.on("data", (d) => { out += d; const m = out.match(/ at (http:\/\/[^\s;]+)/); if (m) resolve(m[1]); });
      serve.on("exit", () => reject(new Error(`serve stopped: ${log}`)));
    });
    const { p, ctx, violations } = await page(1280);
    // The reload script opens its event stream, naming the page.
    const stream = p.waitForResponse((r) => r.url().includes("/__baocao/events?page=%2Findicators%2Find-01%2F"));
    await p.goto(url + "indicators/ind-01/");
    await stream;
    // The region's latest value, shown by the indicator's card.
    const file = join(site, "content", "data", "indicators", "ind-01.yaml");
    const yaml = readFileSync(file, "utf8");
    const rows = yaml.match(/^ {2}- \{ year: \d+, entity: tinh-01, value: [^}]*\}$/gm);
    const row = rows[rows.length - 1];
    const reloaded = p.waitForEvent("load", { timeout: 60000 });
    writeFileSync(file, yaml.replace(row, row.replace(/value: [^}]*\}/, "value: 12.34 }")));
    await reloaded;
    assert((await p.content()).includes("12,34"), "the page reloaded without the new value");
    const start = Date.now();
    while (!/^Rendered .*$/m.test(log) && Date.now() - start < 60000) await new Promise((r) => setTimeout(r, 50));
    const line = log.match(/^Rendered .*$/m)?.[0] ?? "";
    assert(/the 1 page in view in \d+ ms/.test(line), `serve did not make the page in view first: ${line || log}`);
    assert(violations.length === 0, violations.join("; "));
    await ctx.close();
  } finally {
    serve.kill();
  }
});

await browser.close();
for (const s of servers) s.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
