#!/usr/bin/env python3
"""No circle between files: file-level dependency cycles in a Rust crate, from paths written in code
(`crate::a::b`, `super::x`, `self::x`, brace groups such as `use super::{A, b}`,
and bare `child::x` paths from a module into its own child modules)."""
import os, re, sys
root = sys.argv[1] if len(sys.argv) > 1 else 'src'
mods = {}  # module path tuple -> file
for d, _, fs in os.walk(root):
    for f in fs:
        if not f.endswith('.rs'): continue
        p = os.path.join(d, f)
        rel = os.path.relpath(p, root)[:-3].split(os.sep)
        if rel[-1] in ('mod', 'lib', 'main'): rel = rel[:-1]
        if rel == ['main']: continue
        mods[tuple(rel)] = p
def strip_tests(text):
    out = []; lines = text.split('\n'); i = 0
    while i < len(lines):
        if lines[i].strip() == '#[cfg(test)]':
            depth = 0; j = i + 1; started = False
            while j < len(lines):
                depth += lines[j].count('{') - lines[j].count('}')
                if '{' in lines[j]: started = True
                j += 1
                if (started and depth <= 0) or (not started and lines[j-1].rstrip().endswith(';')): break
            i = j; continue
        out.append(lines[i]); i += 1
    return '\n'.join(l for l in out if not l.strip().startswith('//'))
def resolve(cur, parts):
    # longest prefix that is a module
    for n in range(len(parts), 0, -1):
        if tuple(parts[:n]) in mods: return tuple(parts[:n])
    return None
def brace_group(text, i):
    """The text inside the braces opening at text[i] == '{', and the index after them."""
    depth = 0
    for j in range(i, len(text)):
        depth += {'{': 1, '}': -1}.get(text[j], 0)
        if depth == 0: return text[i + 1:j], j + 1
    return text[i + 1:], len(text)
def split_top(group):
    items, depth, cur = [], 0, ''
    for ch in group:
        depth += {'{': 1, '}': -1}.get(ch, 0)
        if ch == ',' and depth == 0: items.append(cur); cur = ''
        else: cur += ch
    return items + [cur]
def expand(prefix, group):
    """`a::{b, c::{d, self}}` -> [a::b, a::c::d, a::c]: every path a brace group names."""
    out = []
    for item in split_top(group):
        item = item.strip()
        if not item: continue
        m = re.match(r'(\w+(?:::\w+)*)?(?:::)?(\{)?', item)
        segs = m.group(1).split('::') if m.group(1) else []
        if segs == ['self']: segs = []
        if m.group(2):
            inner, _ = brace_group(item, m.end(2) - 1)
            out += expand(prefix + segs, inner)
        else:
            out.append(prefix + segs)
    return out
def paths(text):
    """Every `crate::`/`super::`/`self::` path in the code, brace groups (`use super::{A, b}`) expanded."""
    for mt in re.finditer(r'\b((?:crate|super|self)(?:::\w+)*)(::\{)?', text):
        segs = mt.group(1).split('::')
        if mt.group(2):
            inner, _ = brace_group(text, mt.end(2) - 1)
            yield from expand(segs, inner)
        elif len(segs) > 1:
            yield segs
edges = {m: set() for m in mods}
for m, p in mods.items():
    text = strip_tests(open(p).read())
    for segs in paths(text):
        base = list(m)
        if segs[0] == 'crate': base = []; segs = segs[1:]
        else:
            while segs and segs[0] in ('super', 'self'):
                if segs[0] == 'super': base = base[:-1]
                segs = segs[1:]
        t = resolve(None, base + segs)
        if t is not None and t != m:
            edges[m].add(t)
    # a bare path into a child module (`use child::x`, `child::f()`), from mod.rs, lib.rs
    # or a `name.rs` beside a `name/` folder alike
    for mt in re.finditer(r'(?<![:\w])(\w+)::', text):
        if mt.group(1) in ('crate', 'super', 'self', 'std', 'core', 'alloc'): continue
        t = m + (mt.group(1),)
        if t in mods: edges[m].add(t)
# Tarjan SCC
index = {}; low = {}; st = []; on = set(); sccs = []; c = [0]
sys.setrecursionlimit(10000)
def sc(v):
    index[v] = low[v] = c[0]; c[0] += 1; st.append(v); on.add(v)
    for w in edges[v]:
        if w not in index: sc(w); low[v] = min(low[v], low[w])
        elif w in on: low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = st.pop(); on.discard(w); comp.append(w)
            if w == v: break
        if len(comp) > 1: sccs.append(comp)
for v in edges:
    if v not in index: sc(v)
print('cycles:', len(sccs))
for comp in sccs:
    print(' ', sorted('::'.join(x) or 'lib' for x in comp))
# top-level modules
top = {}
for v, ws in edges.items():
    a = v[0] if v else 'lib'
    for w in ws:
        b = w[0] if w else 'lib'
        if a != b: top.setdefault(a, set()).add(b)
bad = []
def reach(a, b, seen=None):
    seen = seen or set()
    if a == b: return True
    seen.add(a)
    return any(reach(x, b, seen) for x in top.get(a, ()) if x not in seen)
for a in sorted(top):
    for b in sorted(top[a]):
        if reach(b, a): bad.append((a, b))
print('top-level cycles:', bad)
sys.exit(1 if sccs or bad else 0)
