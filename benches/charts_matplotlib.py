"""The same charts as benches/charts.rs, drawn to SVG by matplotlib.
Run: python3 benches/charts_matplotlib.py (needs `pip install matplotlib`)."""
import io
import statistics
import time

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

NAMES = ["Yên Bái", "UBND huyện Văn Yên", "UBND huyện Trấn Yên", "UBND huyện Lục Yên",
         "UBND thị xã Nghĩa Lộ", "UBND huyện Mù Cang Chải"]


def series(entities):
    return [(NAMES[e % len(NAMES)], [(2011 + k, 70.0 + k * 1.7 + e * 0.9) for k in range(10)]) for e in range(entities)]


def line():
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    for name, pts in series(4):
        xs, ys = zip(*pts)
        ax.plot(xs, ys, marker="o", label=name)
        ax.annotate(f"{ys[-1]:.2f}".replace(".", ","), (xs[-1], ys[-1]))
    ax.axhline(92, linestyle="--", color="black")
    ax.set_title("SIPAS – Yên Bái, 2011–2020")
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    plt.close(fig)
    return len(buf.getvalue())


def bar():
    fig, ax = plt.subplots(figsize=(6.4, 8))
    data = sorted(((name, pts[-2][1]) for name, pts in series(20)), key=lambda x: x[1])
    ax.barh([f"{n} {i}" for i, (n, _) in enumerate(data)], [v for _, v in data])
    ax.axvline(92, linestyle="--", color="black")
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    plt.close(fig)
    return len(buf.getvalue())


def progress():
    fig, ax = plt.subplots(figsize=(6.4, 1.6))
    ax.barh([0], [100], color="#eee")
    ax.barh([0], [86.4], color="#0072B2")
    ax.axvline(92, linestyle="--", color="black")
    ax.text(86.4, 0.5, "86,40% còn 5,60 điểm % nữa")
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    plt.close(fig)
    return len(buf.getvalue())


def timed(name, n, f):
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(n):
            f()
        runs.append(n / (time.perf_counter() - t))
    print(f"{name:<28} {statistics.median(runs):>10.1f} charts/s")


if __name__ == "__main__":
    n = 20
    print(f"matplotlib {matplotlib.__version__}, median of 5 runs of {n}")
    timed("line (4 series × 10 years)", n, line)
    timed("bar (20 entities)", n, bar)
    timed("progress", n, progress)
