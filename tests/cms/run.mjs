// End-to-end test of the browser editor (issue 17): a temporary copy of
// the example site with `cms:` in site.yaml, the Decap CMS script served
// by `baocao serve` from this folder's node_modules (not the CDN),
// decap-server (npm) editing the copy as Decap's local backend, and
// headless Chromium (Debian's, driven by playwright-core) using /admin/:
//   1. a news page made in the editor (title, tags, an indicator, body)
//      is saved under content/news/, `baocao check` passes and the page
//      the server rebuilt shows the text;
//   2. an observation of an indicator edited in the data collection shows
//      its new value on the indicator page, and a field the editor does
//      not know (`decimals:`, added by hand) survives the edit.
// Screenshots of the list view and of an edit view with its preview go to
// $SHOTS (default: the system temp folder, baocao-cms-shots/).
// Usage: node tests/cms/run.mjs   (after `cargo build`; needs port 8081,
// decap-server's, free)
import { chromium } from "playwright-core";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, cpSync, readFileSync, existsSync, mkdirSync, readdirSync, appendFileSync, writeFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const bin = join(repo, "target", "debug", "baocao");
const shots = process.env.SHOTS || join(tmpdir(), "baocao-cms-shots");
mkdirSync(shots, { recursive: true });
const children = [];
let failed = 0;

function fail(msg) {
  console.error(`FAIL ${msg}`);
  failed++;
}

function check(ok, msg) {
  if (ok) console.log(`ok   ${msg}`);
  else fail(msg);
  return ok;
}

async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, "127.0.0.1", r));
  const p = s.address().port;
  await new Promise((r) => s.close(r));
  return p;
}

async function waitFor(what, fn, ms = 60000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ""}`);
}

// The site: the example, with the editor on and its script from node_modules.
const site = mkdtempSync(join(tmpdir(), "baocao-cms-"));
cpSync(join(repo, "content"), join(site, "content"), { recursive: true });
const dist = join(here, "node_modules", "decap-cms", "dist");
const decap = join(site, "content", "static", "decap");
mkdirSync(decap, { recursive: true });
for (const f of readdirSync(dist)) {
  if (f.endsWith("decap-cms.js")) cpSync(join(dist, f), join(decap, f));
}
appendFileSync(
  join(site, "content", "site.yaml"),
  "cms:\n  backend: github\n  repo: so-noi-vu/cchc-yen-bai\n  script: /decap/decap-cms.js\n",
);

// decap-server edits the site folder; `baocao serve` rebuilds on saves.
const decapServer = spawn(process.execPath, [join(here, "node_modules", "decap-server", "dist", "index.js")], {
  cwd: site,
  env: { ...process.env, PORT: "8081", MODE: "fs", GIT_REPO_DIRECTORY: site, LOG_LEVEL: "error" },
  stdio: ["ignore", "inherit", "inherit"],
});
children.push(decapServer);
const port = await freePort();
const serve = spawn(bin, ["serve", "--site", site, "--port", String(port), "--today", "2021-06-30", "--quiet"], {
  stdio: ["ignore", "inherit", "inherit"],
});
children.push(serve);
const base = `http://127.0.0.1:${port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function text(url) {
  const r = await fetch(base + url);
  return r.ok ? await r.text() : "";
}

let page;
const problems = [];
try {
  await waitFor("decap-server", async () => (await fetch("http://localhost:8081/api/v1", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "info" }) })).ok);
  await waitFor("baocao serve", async () => (await fetch(`${base}/admin/`)).ok);

  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`${m.text()} ${m.location()?.url || ""}`);
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${base}/admin/`);
  // Decap's login screen: with the local backend, one click.
  await page.getByRole("button", { name: /Đăng nhập|Login/ }).click();
  await page.waitForSelector("text=Tin tức", { timeout: 60000 });
  await page.goto(`${base}/admin/#/collections/news`);
  await page.waitForSelector("text=PCI 2020", { timeout: 60000 });
  await page.screenshot({ path: join(shots, "cms-list-1280.png") });
  check(true, "the editor opens on the news list through decap-server");

  // 1. A new news page.
  await page.goto(`${base}/admin/#/collections/news/new`);
  const title = "Thử nghiệm biên tập: kết quả SIPAS 2020";
  await page.getByLabel(/^Tiêu đề/).fill(title);
  const pick = async (label, typed, option) => {
    const input = page.getByLabel(new RegExp(`^${label}`));
    await input.click();
    await input.fill(typed);
    await page.getByRole("option", { name: option }).click();
  };
  await pick("Thẻ", "chỉ số", /^chỉ số hài lòng$/);
  await pick("Chỉ số liên quan", "sipas", /\(sipas\)$/);
  const body = "Bài viết thử từ trình biên tập, có chữ để tìm: mười hai quầy một cửa.";
  const editor = page.locator("[data-slate-editor]").first();
  await editor.click();
  await page.keyboard.type(body);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, "cms-edit-preview-1280.png") });
  // The preview pane (an iframe) carries the site's stylesheet.
  const styled = await waitFor("the preview's stylesheet", async () => {
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      if (await f.locator('link[href="/style.css"]').count().catch(() => 0)) return true;
    }
    return false;
  }, 15000).catch(() => false);
  check(styled, "the preview pane uses the site's stylesheet");
  await page.getByRole("button", { name: /Công bố|Publish/ }).first().click();
  await page.getByText(/Công bố ngay|Publish now/).first().click();
  const file = join(site, "content", "news", "thu-nghiem-bien-tap-ket-qua-sipas-2020.md");
  await waitFor("the saved news file", () => existsSync(file), 30000).catch(() => {});
  if (check(existsSync(file), "the new page is saved under content/news/")) {
    const saved = readFileSync(file, "utf8");
    writeFileSync(join(shots, "saved-news.md"), saved);
    check(saved.includes("sipas") && saved.includes("chỉ số hài lòng"), "it names the indicator and the tag");
    const r = spawnSync(bin, ["check", "--site", site, "--today", "2021-06-30"], { encoding: "utf8" });
    check(r.status === 0, `baocao check passes on what the editor wrote${r.status === 0 ? "" : `\n${r.stdout}${r.stderr}`}`);
    const html = await waitFor("the rebuilt page", async () => {
      const t = await text("/news/thu-nghiem-bien-tap-ket-qua-sipas-2020/");
      return t.includes("mười hai quầy một cửa") ? t : "";
    }, 30000).catch(() => "");
    check(html.includes("mười hai quầy một cửa") && html.includes(title), "the built page shows the title and the text");
  }

  // 2. An observation edited in the data collection.
  const indicatorFile = join(site, "content", "data", "indicators", "sipas.yaml");
  const before = readFileSync(indicatorFile, "utf8");
  await page.goto("about:blank");
  await page.goto(`${base}/admin/#/collections/indicators/entries/sipas`);
  await waitFor("the indicator in the editor", async () => (await page.getByLabel(/^Tên ngắn/).inputValue()) === "SIPAS");
  await page.screenshot({ path: join(shots, "cms-indicator-1280.png") });
  // The observations list: open 2019's value for the province and change it.
  await page.getByText(/^Số liệu/).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, "cms-observations-1280.png") });
  check(before.includes("value: 86.4,") && before.includes("decimals: 2"), "the fixture has 2019's 86.4 and a hand-written `decimals:`");
  // The third observation is 2019's: open it with its item's toggle.
  const value = page.getByLabel(/^Giá trị/).nth(2);
  await waitFor("the observation's value field", async () => (await value.inputValue()) === "86.4");
  await value.locator("xpath=ancestor::*[.//button][1]").locator("button").first().click();
  await value.fill("91.37");
  await value.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, "cms-observation-edit-1280.png") });
  await page.getByRole("button", { name: /Công bố|Publish/ }).first().click();
  await page.getByText(/Công bố ngay|Publish now/).first().click();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(shots, "cms-observation-saved-1280.png") });
  const after = await waitFor("the saved indicator", () => {
    const t = readFileSync(indicatorFile, "utf8");
    return t.includes("91.37") ? t : "";
  }, 30000).catch(() => readFileSync(indicatorFile, "utf8"));
  writeFileSync(join(shots, "saved-sipas.yaml"), after);
  check(after.includes("91.37") && !after.includes("86.4\n"), "the new value is saved in the indicator's file");
  check(/^decimals: 2$/m.test(after), "`decimals:`, which the editor does not show, survives the edit");
  const r = spawnSync(bin, ["check", "--site", site, "--today", "2021-06-30"], { encoding: "utf8" });
  check(r.status === 0, `baocao check passes on the edited data${r.status === 0 ? "" : `\n${r.stdout}${r.stderr}`}`);
  const html = await waitFor("the rebuilt indicator page", async () => {
    const t = await text("/indicators/sipas/");
    return t.includes("91,37") ? t : "";
  }, 30000).catch(() => "");
  check(html.includes("91,37"), "the indicator page shows the new value (91,37)");
  // 3. A responsibility marked done in the agencies collection: the day
  //    is written YYYY-MM-DD, as baocao reads it.
  const agencyFile = join(site, "content", "data", "agencies", "so-noi-vu.yaml");
  check(!readFileSync(agencyFile, "utf8").includes("done:"), "the fixture's agency has no task done");
  await page.goto("about:blank");
  await page.goto(`${base}/admin/#/collections/agencies/entries/so-noi-vu`);
  await waitFor("the agency in the editor", async () => (await page.getByLabel(/^Tên/).first().inputValue()).startsWith("Sở Nội vụ"));
  // Open the first task by its item's toggle (found from its summary).
  await page.getByText(/^2020-12-31: Chủ trì/).locator("xpath=ancestor::*[.//button][1]").locator("button").first().click();
  const done = page.getByLabel(/^Hoàn thành ngày/).first();
  await done.fill("2020-12-20");
  await done.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, "cms-agency-edit-1280.png") });
  await page.getByRole("button", { name: /Công bố|Publish/ }).first().click();
  await page.getByText(/Công bố ngay|Publish now/).first().click();
  const agency = await waitFor("the saved agency", () => {
    const t = readFileSync(agencyFile, "utf8");
    return t.includes("done:") ? t : "";
  }, 30000).catch(() => readFileSync(agencyFile, "utf8"));
  writeFileSync(join(shots, "saved-so-noi-vu.yaml"), agency);
  check(/^ {4}done: "?2020-12-20"?$/m.test(agency), "the done day is saved as YYYY-MM-DD");
  check(/^ {4}due: "?2020-12-31"?$/m.test(agency), "the due days are kept as YYYY-MM-DD");
  const rc = spawnSync(bin, ["check", "--site", site, "--today", "2021-06-30"], { encoding: "utf8" });
  check(rc.status === 0, `baocao check passes on the edited agency${rc.status === 0 ? "" : `\n${rc.stdout}${rc.stderr}`}`);

  // Nothing refused by the admin page's CSP, no missing file.
  check(problems.length === 0, `no error in the browser console${problems.length ? `:\n${problems.join("\n")}` : ""}`);
  // The list on a phone, to look at.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("about:blank");
  await page.goto(`${base}/admin/#/collections/news`);
  await page.waitForSelector("text=PCI 2020", { timeout: 60000 });
  await page.screenshot({ path: join(shots, "cms-list-360.png") });
} catch (e) {
  fail(e.stack || String(e));
  if (page) await page.screenshot({ path: join(shots, "cms-failure.png") }).catch(() => {});
  if (problems.length) console.error(`browser errors:\n${problems.join("\n")}`);
} finally {
  await browser.close();
  for (const c of children) c.kill();
  // The site copy goes, unless KEEP=1 (what was saved is in $SHOTS).
  if (!process.env.KEEP) rmSync(site, { recursive: true, force: true });
}
console.log(failed ? `${failed} failed` : "all passed");
process.exit(failed ? 1 : 0);
