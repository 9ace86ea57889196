"""Times edits under a running `baocao serve` as an author sees them: the
edited page is open in a browser (a live-reload connection names it, as the
reload script does), and each edit is timed from saving the file

- to the new text in the HTTP response of the page in view, and
- until every page is fresh: serve's line for the edit ("Rendered ...").

usage: serve_edit.py SITE PORT RUNS LOG EDIT...
EDIT is one of: md, yaml (a news page and an agency of the national site),
indicator (the region's latest value of ind-01 on the national site, shown
by the card of ~830 news pages), csv (a commune's value, commune scale).
Prints the median of RUNS edits of each.
"""

import os
import pathlib
import re
import socket
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request

site, port, runs, log = (
    pathlib.Path(sys.argv[1]),
    int(sys.argv[2]),
    int(sys.argv[3]),
    pathlib.Path(sys.argv[4]),
)


def get(path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as r:
            return r.read().decode()
    except Exception:
        return ""


def view(path):
    """A live-reload connection for `path`, drained in the background."""
    s = socket.create_connection(("127.0.0.1", port))
    page = urllib.parse.quote(path, safe="")
    s.sendall(f"GET /__baocao/events?page={page} HTTP/1.1\r\nHost: x\r\n\r\n".encode())

    def drain():
        try:
            while s.recv(65536):
                pass
        except OSError:
            pass

    threading.Thread(target=drain, daemon=True).start()
    return s


def rounds():
    """How many edits serve has finished (its lines, errors included)."""
    text = log.read_text(errors="replace")
    return len(re.findall(r"^(Rendered |Built |\d+ errors? found)", text, re.M))


def wait_round(before, t, what):
    while rounds() <= before:
        if time.perf_counter() - t > 120:
            raise SystemExit(f"serve never finished the edit of {what}")
        time.sleep(0.002)
    return (time.perf_counter() - t) * 1000


def timed(label, rel, url, edit, also=()):
    """`edit(text, k)` gives the edited text and what `url` then shows;
    `also` are other pages timed until they show it too."""
    f = site / rel
    text = f.read_text()
    conn = view(url)
    seen, others, fresh = [], {u: [] for u in also}, []
    for k in range(runs):
        new, shown = edit(text, k)
        before = rounds()
        t = time.perf_counter()
        f.write_text(new)
        for u, times in [(url, seen)] + list(others.items()):
            while shown not in get(u):
                if time.perf_counter() - t > 120:
                    raise SystemExit(f"{u} never showed the edit of {rel}")
                time.sleep(0.002)
            times.append((time.perf_counter() - t) * 1000)
        fresh.append(wait_round(before, t, rel))
        time.sleep(0.3)
    before = rounds()
    f.write_text(text)
    wait_round(before, time.perf_counter(), rel)
    conn.close()
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    med = statistics.median
    print(f"{label + ' → page in view':<48} {med(seen):8.0f} ms (median of {runs}; load {load})")
    for u, times in others.items():
        print(f"{label + ' → ' + u:<48} {med(times):8.0f} ms")
    print(f"{label + ' → every page fresh':<48} {med(fresh):8.0f} ms")


def unseen(page, k, fmt):
    """The k-th value whose text `page` does not show yet, and that text."""
    v = round(10 + k + 0.37, 2)
    while fmt(v) in page:
        v = round(v + 1, 2)
    return v, fmt(v)


def news(text, k):
    m = f"baocao-edit-{k}-{time.time_ns()}"
    return text.replace("## Kết quả", f"## Kết quả\n\n{m}"), m


def agency(text, k):
    m = f"baocao-edit-{k}-{time.time_ns()}"
    return text.replace("Công khai thủ tục hành chính", f"Công khai thủ tục hành chính {m}"), m


def indicator(text, k):
    # The region's (tinh-01) latest value: its card on every page citing it.
    row = [m for m in re.finditer(r"^  - \{ year: \d+, entity: tinh-01, value: [^}]*\}$", text, re.M)][-1]
    v, shown = unseen(get("/indicators/ind-01/"), k, lambda v: f"{v:.2f}".replace(".", ","))
    new = re.sub(r"value: [^}]*\}$", f"value: {v} }}", row.group(0))
    return text.replace(row.group(0), new), shown


def commune(text, k):
    row = re.search(r"^tinh-01-x001,2020,[^\n]*$", text, re.M).group(0)
    v, shown = unseen(get("/agencies/tinh-01-x001/"), k, lambda v: f"{v:.2f}".replace(".", ",") + "%")
    return text.replace(row, f"tinh-01-x001,2020,{v}"), shown


deadline = time.time() + 600
while "<html" not in get("/") and time.time() < deadline:
    time.sleep(0.2)
edits = {
    "md": lambda: timed("serve: save .md", "content/news/ban-tin-05000.md", "/news/ban-tin-05000/", news),
    "yaml": lambda: timed(
        "serve: save .yaml", "content/data/agencies/tinh-07-dv-03.yaml", "/agencies/tinh-07-dv-03/", agency
    ),
    "indicator": lambda: timed(
        "serve: indicator value", "content/data/indicators/ind-01.yaml", "/indicators/ind-01/", indicator
    ),
    "csv": lambda: timed(
        "serve: save .csv",
        "content/data/indicators/xa-01.csv",
        "/agencies/tinh-01-x001/",
        commune,
        also=("/indicators/xa-01/tinh-01/",),
    ),
}
for name in sys.argv[5:]:
    edits[name]()
