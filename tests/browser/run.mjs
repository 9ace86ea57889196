// Browser tests in headless Chromium (Debian's `chromium`, driven by
// playwright-core). Builds the example site and a national-scale site (63
// provinces, from the corpus example) with the debug binaries, serves them
// on free loopback ports, and checks what only a browser shows.
// Usage: node tests/browser/run.mjs   (from the repository root or here);
// SHOTS=dir keeps the screenshots there.
import { chromium } from "playwright-core";
import { spawnSync } from "node:child_process";
import { mkdtempSync, cpSync, readFileSync, existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, dirname, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(repo, "target", "debug", "baocao");
const shots = process.env.SHOTS || join(tmpdir(), "baocao-shots");
mkdirSync(shots, { recursive: true });

const site = mkdtempSync(join(tmpdir(), "baocao-browser-"));
cpSync(join(repo, "content"), join(site, "content"), { recursive: true });
const build = spawnSync(bin, ["build", "--site", site, "--today", "2020-12-31", "--quiet"], { encoding: "utf8" });
if (build.status !== 0) {
  console.error(build.stderr);
  process.exit(1);
}
const out = join(site, "output");

// The national-scale site: 63 provinces with official long names.
const corpusBin = join(repo, "target", "debug", "examples", "corpus");
if (!existsSync(corpusBin)) spawnSync("cargo", ["build", "--quiet", "--example", "corpus"], { cwd: repo, stdio: "inherit" });
const nat = mkdtempSync(join(tmpdir(), "baocao-national-"));
spawnSync(corpusBin, [nat, "--news", "30"], { encoding: "utf8" });
const natBuild = spawnSync(bin, ["build", "--site", nat, "--today", "2020-12-31", "--quiet"], { encoding: "utf8" });
if (natBuild.status !== 0) {
  console.error(natBuild.stderr);
  process.exit(1);
}

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".xml": "application/xml", ".woff2": "font/woff2" };
function serve(root) {
  return createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (path.includes("..")) { res.writeHead(404).end(); return; }
    if (path.endsWith("/")) path += "index.html";
    const file = join(root, path);
    if (!existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
}
const server = serve(out);
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;
const natServer = serve(join(nat, "output"));
await new Promise((r) => natServer.listen(0, "127.0.0.1", r));
const natBase = `http://127.0.0.1:${natServer.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

let passed = 0, failed = 0;
async function test(name, fn) {
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
  return { p, ctx, violations };
}

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

await test("charts are there with JavaScript off, with their text alternative", async () => {
  const { p, ctx } = await page(1280, { javaScriptEnabled: false });
  await p.goto(`${base}/indicators/par-index/`);
  const n = await p.locator(".chart figure svg[role=img]").count();
  assert(n >= 1, "no chart");
  const name = await p.locator(".chart figure svg[role=img]").first().evaluate((s) => document.getElementById(s.getAttribute("aria-labelledby")).textContent);
  assert(name.includes("PAR INDEX"), `accessible name: ${name}`);
  assert((await p.locator(".chart figure figcaption").first().textContent()).includes("PAR INDEX"), "summary sentence");
  await p.screenshot({ path: join(shots, "par-index-1280.png"), fullPage: true });
  await ctx.close();
});

await test("search finds Vietnamese text without diacritics, under the CSP", async () => {
  const { p, ctx, violations } = await page(1280);
  await p.goto(`${base}/search/?q=hai+long`);
  await p.waitForSelector("#search-results li a", { timeout: 5000 });
  const titles = await p.locator("#search-results li a").allTextContents();
  assert(titles.some((t) => /hài lòng/i.test(t)), `results: ${titles.join(" | ")}`);
  await p.fill("#search-q", "bien che");
  await p.waitForFunction(() => [...document.querySelectorAll("#search-results li a")].some((a) => /biên chế/i.test(a.textContent)), null, { timeout: 5000 });
  assert(violations.length === 0, violations.join("; "));
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

await test("print stylesheet hides navigation and opens the data", async () => {
  const { p, ctx } = await page(1280);
  await p.goto(`${base}/agencies/ubnd-van-yen/`);
  await p.emulateMedia({ media: "print" });
  const nav = await p.locator(".site-header nav").evaluate((n) => getComputedStyle(n).display);
  assert(nav === "none", `nav display ${nav}`);
  await ctx.close();
});

// Every chart on these pages, at 360 px: text drawn at 11 px or more.
const phonePages = [
  [base, "/indicators/sipas/"], [base, "/indicators/par-index/"], [base, "/indicators/giam-ngheo/"],
  [base, "/news/muc-tieu-cchc-2020/"], [base, "/news/pci-2020/"], [base, "/news/dich-vu-cong-truc-tuyen-2020/"], [base, "/agencies/ubnd-van-yen/"],
  [base, "/agencies/"], [natBase, "/indicators/ind-01/"], [natBase, "/indicators/ind-02/"], [natBase, "/news/ban-tin-00002/"],
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
  await p.goto(`${natBase}/indicators/ind-01/`);
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

// Screenshots to look at: example and national pages at 1280 and 360 px.
await test("screenshots", async () => {
  const pages = [
    ["sipas", base, "/indicators/sipas/"], ["par-index", base, "/indicators/par-index/"], ["dashboard", base, "/"],
    ["indicator-list", base, "/indicators/"], ["national-indicator", natBase, "/indicators/ind-01/"],
    ["national-rank", natBase, "/indicators/ind-02/"], ["national-every-entity", natBase, "/news/ban-tin-00002/"],
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

await browser.close();
server.close();
natServer.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
