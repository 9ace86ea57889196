// Browser tests in headless Chromium (Debian's `chromium`, driven by
// playwright-core). Builds the example site with the debug binary, serves
// it on a free loopback port, and checks what only a browser shows.
// Usage: node tests/browser/run.mjs   (from the repository root or here)
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

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".xml": "application/xml" };
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
const base = `http://127.0.0.1:${server.address().port}`;

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
  const svg = await p.locator(".chart-svg svg").first().boundingBox();
  assert(svg && svg.width <= 360 && svg.width > 250, `chart width ${svg && svg.width}`);
  const smallest = await p.evaluate(() => Math.min(...[...document.querySelectorAll(".chart-svg svg text")]
    .map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)));
  assert(smallest >= 8, `smallest chart text is ${smallest.toFixed(1)}px high`);
  assert(violations.length === 0, violations.join("; "));
  await p.screenshot({ path: join(shots, "sipas-360.png"), fullPage: true });
  await ctx.close();
});

await test("charts are there with JavaScript off, with their text alternative", async () => {
  const { p, ctx } = await page(1280, { javaScriptEnabled: false });
  await p.goto(`${base}/indicators/par-index/`);
  const n = await p.locator("figure.chart svg[role=img]").count();
  assert(n >= 1, "no chart");
  const name = await p.locator("figure.chart svg[role=img]").first().evaluate((s) => document.getElementById(s.getAttribute("aria-labelledby")).textContent);
  assert(name.includes("PAR INDEX"), `accessible name: ${name}`);
  assert((await p.locator("figure.chart figcaption").first().textContent()).includes("PAR INDEX"), "summary sentence");
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

await browser.close();
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
