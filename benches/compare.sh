#!/usr/bin/env bash
# baocao against Hugo on the same news corpus, and baocao on the national
# site. Prints median wall time, pages per second, peak RSS and ratios.
#
#   bash benches/compare.sh            # 1,000 and 10,000 pages, 5 runs each
#   RUNS=3 SIZES=1000 bash benches/compare.sh
#   SIZES= NATIONAL=0 PHOTOS=0 bash benches/compare.sh   # the commune scale only
#
# The national site (NATIONAL=1, the default): 63 provinces, 693 agencies,
# 12 indicators × 10 years, 10,000 news pages: cold build against `cp -r`,
# and under `serve` a news page, an agency and an indicator value edited
# with the page open: the time to the page in view and until every page is
# fresh (an indicator value shows on ~830 news pages' cards).
#   SIZES= PHOTOS=0 COMMUNE=0 RUNS=5 bash benches/compare.sh   # the national site only
#
# The commune scale (COMMUNE=1, the default): 34 provinces with 25, 49 and
# 98 communes each (a quarter, half and all of 3,332), 50 commune
# indicators × 10 years as CSV, 1,000 news pages. It prints cold builds
# against `cp -r` of their own output, peak memory, a rebuild with nothing
# changed, a CSV edit under `serve`, and checks the page budgets (no HTML
# over 500 KB, no JSON over 10 MB; exit 1 if one is over).
#   SIZES= NATIONAL=0 COMMUNE=0 RUNS=3 bash benches/compare.sh   # the photos only
#
# Photos: a news corpus of 1,000 pages, PHOTOS (200) of them folders with a
# photo-like JPEG of PHOTO_SIZE (3000x2000) carrying a phone's EXIF; first
# build (empty cache), rebuild into an empty output with the cache kept,
# and the sizes of what is published (JPEG and WebP at 960 px).
#
# Runs alternate A/B (baocao, Hugo, baocao, ...) so that the machine's
# noise hits both alike. Every build writes into an empty output folder.
#
# Nothing is deleted just before a measurement: on ext4 without a journal
# (this project's sandbox) creating a file scans past every inode deleted
# in the last 60 s, or 360 s while its table block is dirty
# (recently_deleted in fs/ext4/ialloc.c), which made `cp -r` of the
# commune site's output 2 to 5 times slower and flattered the ratio. Old
# trees are moved aside (retire), and deleted between sections (settle),
# which then waits those 6 minutes where the disk has no journal.
# The work folder is removed at the end unless WORK was given or KEEP=1.
set -euo pipefail
RUNS=${RUNS:-5}
SIZES=${SIZES-"1000 10000"}
NATIONAL=${NATIONAL:-1}
PHOTOS=${PHOTOS:-200}
PHOTO_SIZE=${PHOTO_SIZE:-3000x2000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-$(mktemp -d /tmp/baocao-bench.XXXXXX)}

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2" >&2; apt-get install -y -qq "$2" >/dev/null; }; }
[ -z "$SIZES" ] || need hugo hugo
need bc bc
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

(cd "$root" && cargo build --release --quiet --bin baocao --example corpus --example write_floor)
target=${CARGO_TARGET_DIR:-$root/target}
baocao=$target/release/baocao
corpus=$target/release/examples/corpus
write_floor=$target/release/examples/write_floor

# "seconds maxrss_kb user_s sys_s" of one command, which must succeed
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" \
    || { echo "failed: $*" >&2; tail -20 "$work/err.txt" >&2; exit 1; }
  cat "$work/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Moves trees out of the way without deleting them (see the header).
trash=$work/trash; retired=0
retire() {
  local p
  for p in "$@"; do
    [ -e "$p" ] || continue
    retired=$((retired + 1)); mkdir -p "$trash"; mv "$p" "$trash/$retired-${p##*/}"
  done
}
# ext4 without a journal: /proc/fs/jbd2 names the journaled disks.
no_journal() {
  local dev fstype
  read -r dev fstype < <(df --output=source,fstype "$work" | tail -1)
  [ "$fstype" = ext4 ] && ! compgen -G "/proc/fs/jbd2/${dev##*/}-*" >/dev/null
}
# Deletes what was retired; where that slows file creation, waits it out.
settle() {
  [ -d "$trash" ] || return 0
  rm -rf "$trash"; sync
  if no_journal; then echo "(waiting 6 min: ext4 without a journal, see the header)" >&2; sleep 361; fi
}

# Times edits of site $1 under `baocao serve` (see benches/serve_edit.py for
# the edits: md yaml indicator csv); serve's own lines go to serve.log.
serve_edits() {
  local site=$1; shift
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$baocao" serve --site "$site" --port "$port" --today 2021-01-01 >/dev/null 2>"$work/serve.log" &
  serve_pid=$!
  trap 'kill $serve_pid 2>/dev/null || true' EXIT
  python3 "$root/benches/serve_edit.py" "$site" "$port" "$RUNS" "$work/serve.log" "$@" \
    || { kill $serve_pid 2>/dev/null; exit 1; }
  kill $serve_pid 2>/dev/null || true
  wait $serve_pid 2>/dev/null || true
}

hugo_site() { # $1 = baocao site, $2 = hugo site
  mkdir -p "$2/content" "$2/layouts/_default"
  cp -r "$1/content/news" "$2/content/news"
  cat > "$2/config.yaml" <<'YAML'
baseURL: https://cchc.example.gov.vn/
languageCode: vi
title: Cải cách hành chính
paginate: 10
taxonomies: { tag: tags }
outputs: { home: [HTML, RSS], section: [HTML, RSS], taxonomy: [HTML], term: [HTML, RSS] }
disableKinds: []
YAML
  cat > "$2/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | absURL }}"></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
  cat > "$2/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "02/01/2006" }}</time>{{ .Content }}
<p>{{ range .Params.tags }}<a href="{{ "/tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p></article>{{ end }}
HTML
  cat > "$2/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>
{{ with .Paginator.Prev }}<a href="{{ .URL }}">Mới hơn</a>{{ end }} {{ with .Paginator.Next }}<a href="{{ .URL }}">Cũ hơn</a>{{ end }}{{ end }}
HTML
  cat > "$2/layouts/_default/terms.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
HTML
}

printf '%s\n' "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $([ -z "$SIZES" ] || hugo version | cut -d' ' -f1-2); runs: $RUNS"
[ -z "$SIZES" ] || printf '%-22s %10s %10s %12s %12s\n' "corpus" "median s" "pages/s" "peak RSS MB" "baocao/Hugo"
for n in $SIZES; do
  site=$work/news-$n; hsite=$work/hugo-$n
  retire "$site" "$hsite"
  "$corpus" "$site" --provinces 1 --agencies-per-province 1 --indicators 1 --years 2 --news "$n" 2>/dev/null
  hugo_site "$site" "$hsite"
  : > "$work/b.txt"; : > "$work/h.txt"
  settle
  for _ in $(seq "$RUNS"); do
    retire "$site/output"
    measure "$baocao" build --site "$site" --quiet --today 2021-01-01 >> "$work/b.txt"
    retire "$hsite/public"
    (cd "$hsite" && measure hugo --quiet) >> "$work/h.txt"
  done
  pages=$(find "$site/output" -name index.html | wc -l)
  hpages=$(find "$hsite/public" -name index.html | wc -l)
  bt=$(cut -d' ' -f1 "$work/b.txt" | median); ht=$(cut -d' ' -f1 "$work/h.txt" | median)
  bm=$(cut -d' ' -f2 "$work/b.txt" | median); hm=$(cut -d' ' -f2 "$work/h.txt" | median)
  printf '%-22s %10.2f %10.0f %12.0f %12s\n' "baocao $n news" "$bt" "$(echo "$pages / $bt" | bc -l)" "$(echo "$bm / 1024" | bc -l)" "$(echo "scale=2; $bt / $ht" | bc -l)"
  printf '%-22s %10.2f %10.0f %12.0f\n' "hugo $n news" "$ht" "$(echo "$hpages / $ht" | bc -l)" "$(echo "$hm / 1024" | bc -l)"
done

if [ "$PHOTOS" -gt 0 ]; then
  site=$work/photos; retire "$site"
  "$corpus" "$site" --provinces 1 --agencies-per-province 1 --indicators 1 --years 2 --news 1000 \
    --photos "$PHOTOS" --photo-size "$PHOTO_SIZE" 2>/dev/null
  in_mb=$(du -sm "$site/content" | cut -f1)
  : > "$work/pc.txt"; : > "$work/pw.txt"
  settle
  for _ in $(seq "$RUNS"); do
    retire "$site/output" "$site/.baocao-cache"
    measure "$baocao" build --site "$site" --quiet --today 2021-01-01 >> "$work/pc.txt"
    retire "$site/output"
    measure "$baocao" build --site "$site" --quiet --today 2021-01-01 >> "$work/pw.txt"
  done
  ct=$(cut -d' ' -f1 "$work/pc.txt" | median); wt=$(cut -d' ' -f1 "$work/pw.txt" | median)
  cm=$(cut -d' ' -f2 "$work/pc.txt" | median); wm=$(cut -d' ' -f2 "$work/pw.txt" | median)
  sum() { find "$site/output/news" -name "$1" -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
  j960=$(sum '*-960.jpg'); w960=$(sum '*-960.webp')
  echo
  echo "photos: $PHOTOS JPEGs of $PHOTO_SIZE ($in_mb MB of content) in 1,000 news pages"
  printf '%-34s %8.2f s  %6.1f photos/s  peak RSS %5.0f MB\n' "first build, empty cache" "$ct" "$(echo "$PHOTOS / $ct" | bc -l)" "$(echo "$cm / 1024" | bc -l)"
  printf '%-34s %8.2f s  peak RSS %5.0f MB\n' "rebuild, empty output, cache kept" "$wt" "$(echo "$wm / 1024" | bc -l)"
  printf '%-34s %8.0f KB JPEG, %6.0f KB WebP (%.0f %%)\n' "published at 960 px, all photos" "$(echo "$j960 / 1024" | bc -l)" "$(echo "$w960 / 1024" | bc -l)" "$(echo "100 * $w960 / $j960" | bc -l)"
  printf '%-34s %8s MB\n' "output, all widths and formats" "$(du -sm "$site/output" | cut -f1)"
fi

if [ "$NATIONAL" = 1 ]; then
  site=$work/national; retire "$site"
  "$corpus" "$site" 2>/dev/null   # 63 provinces × 11 agencies, 12 indicators × 10 years, 10,000 news
  : > "$work/n.txt"; : > "$work/c.txt"; : > "$work/r.txt"
  settle
  for _ in $(seq "$RUNS"); do
    retire "$site/output" "$work/copy"
    measure "$baocao" build --site "$site" --quiet --today 2021-01-01 >> "$work/n.txt"
    measure cp -r "$site/output" "$work/copy" >> "$work/c.txt"
    measure "$baocao" build --site "$site" --quiet --today 2021-01-01 >> "$work/r.txt"
  done
  files=$(find "$site/output" -type f | wc -l); size=$(du -sm "$site/output" | cut -f1)
  nt=$(cut -d' ' -f1 "$work/n.txt" | median); ct=$(cut -d' ' -f1 "$work/c.txt" | median); rt=$(cut -d' ' -f1 "$work/r.txt" | median)
  nm=$(cut -d' ' -f2 "$work/n.txt" | median)
  echo
  echo "national site: $files files, $size MB"
  printf '%-34s %8.2f s  peak RSS %5.0f MB\n' "baocao build, empty output" "$nt" "$(echo "$nm / 1024" | bc -l)"
  printf '%-34s %8.2f s\n' "cp -r of the output" "$ct"
  printf '%-34s %8.2f\n' "ratio build / cp -r" "$(echo "$nt / $ct" | bc -l)"
  printf '%-34s %8.2f s\n' "rebuild, nothing changed" "$rt"
fi

if [ "$NATIONAL" = 1 ]; then
  # Edits under `serve`, the edited page open (benches/serve_edit.py): a
  # news page, an agency, and an indicator value that ~830 news pages show.
  echo
  serve_edits "$site" md yaml indicator
fi
if [ "${COMMUNE:-1}" = 1 ]; then
  echo
  echo "commune scale: 34 provinces, 50 commune indicators × 10 years (CSV), 1,000 news; median of $RUNS"
  # "write s": the same files written again from memory with no work
  # between them (examples/write_floor.rs), the least a program that
  # writes what it made pays; "write/cp" is that floor against `cp -r`.
  printf '%-10s %8s %8s %8s %10s %10s %8s %10s %8s %10s %12s %16s %16s\n' "communes" "files" "MB" "build s" "cp -r s" "build/cp" "write s" "write/cp" "peak MB" "s/1000 u" "load s" "build user+sys" "cp user+sys"
  for per in 25 49 98; do
    site=$work/commune-$per; retire "$site"
    "$corpus" "$site" --provinces 34 --communes-per-province "$per" --commune-indicators 50 --csv --news 1000 2>/dev/null
    : > "$work/cb.txt"; : > "$work/cc.txt"; : > "$work/cl.txt"; : > "$work/cw.txt"
    # Each run builds into, and copies to, a folder of its own; they are
    # retired after the runs and deleted before the next size (settle).
    settle
    # Each command starts with nothing left to write back: without the
    # sync, the kernel's flushers write the last command's 850 MB while
    # the next one runs and take its cores.
    for k in $(seq "$RUNS"); do
      sync
      measure "$baocao" build --site "$site" --output "$work/out-$k" --quiet --today 2021-01-01 >> "$work/cb.txt"
      sync
      measure cp -r "$work/out-$k" "$work/copy-$k" >> "$work/cc.txt"
      sync
      "$write_floor" "$work/out-$k" "$work/write-$k" 2 >> "$work/cw.txt"
    done
    mv "$work/out-1" "$site/output"
    retire "$work"/out-* "$work"/copy-* "$work"/write-*
    # The load step alone, as a verbose build reports it.
    "$baocao" build --site "$site" --output "$work/vout" --verbose --today 2021-01-01 2>&1 \
      | grep -o 'load [0-9]* ms' | grep -o '[0-9]*' | awk '{print $1/1000}' >> "$work/cl.txt" || true
    retire "$work/vout"
    units=$((34 * per))
    files=$(find "$site/output" -type f | wc -l); size=$(du -sm "$site/output" | cut -f1)
    bt=$(cut -d' ' -f1 "$work/cb.txt" | median); ct=$(cut -d' ' -f1 "$work/cc.txt" | median)
    bm=$(cut -d' ' -f2 "$work/cb.txt" | median); lt=$(median < "$work/cl.txt"); wt=$(median < "$work/cw.txt")
    # CPU time (medians of user and of system seconds): the wall times of
    # both vary with the shared machine's disk; the build's own work shows
    # in its user time.
    bu=$(cut -d' ' -f3 "$work/cb.txt" | median); bs=$(cut -d' ' -f4 "$work/cb.txt" | median)
    cu=$(cut -d' ' -f3 "$work/cc.txt" | median); cs=$(cut -d' ' -f4 "$work/cc.txt" | median)
    printf '%-10s %8s %8s %8.2f %10.2f %10.2f %8.2f %10.2f %8.0f %10.2f %12s %16s %16s\n' "$units" "$files" "$size" "$bt" "$ct" \
      "$(echo "$bt / $ct" | bc -l)" "$wt" "$(echo "$wt / $ct" | bc -l)" "$(echo "$bm / 1024" | bc -l)" "$(echo "$bt * 1000 / $units" | bc -l)" "${lt:-?}" \
      "$bu + $bs" "$cu + $cs"
  done
  # The whole scale: no-change rebuild, budgets, a CSV edit under serve.
  : > "$work/cr.txt"
  for _ in $(seq "$RUNS"); do measure "$baocao" build --site "$site" --quiet --today 2021-01-01 >> "$work/cr.txt"; done
  printf '%-34s %8.2f s\n' "rebuild, nothing changed" "$(cut -d' ' -f1 "$work/cr.txt" | median)"
  html=$(find "$site/output" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  json=$(find "$site/output" -name '*.json' -printf '%s %P\n' | sort -n | tail -1)
  over=0
  [ "${html%% *}" -le $((500 * 1024)) ] || over=1
  [ "${json%% *}" -le $((10 * 1024 * 1024)) ] || over=1
  printf '%-34s %8.0f KB  %s\n' "largest HTML (budget 500 KB)" "$(echo "${html%% *} / 1024" | bc -l)" "${html#* }"
  printf '%-34s %8.1f MB  %s\n' "largest JSON (budget 10 MB)" "$(echo "${json%% *} / 1048576" | bc -l)" "${json#* }"
  serve_edits "$site" csv
  [ "$over" = 0 ] || { echo "a page is over its budget" >&2; exit 1; }
fi
if [ -n "${WORK:-}" ] || [ "${KEEP:-0}" = 1 ]; then
  rm -rf "$trash"; echo "work folder: $work"
else
  rm -rf "$work"
fi
