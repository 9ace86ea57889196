#!/usr/bin/env python3
"""Small pieces: no file of src/ over 500 lines of code, no function over 80
(code lines: no blanks, no comments, no #[cfg(test)] modules). Prints the
largest and exits 1 when a piece is over. `.ci/run` runs it."""
import os, re, sys
root = sys.argv[1] if len(sys.argv) > 1 else 'src'
files = []
fns = []
for d, _, fs in os.walk(root):
    for f in fs:
        if not f.endswith('.rs'): continue
        p = os.path.join(d, f)
        lines = open(p, encoding='utf-8').read().split('\n')
        # drop cfg(test) modules
        out = []
        i = 0
        while i < len(lines):
            l = lines[i]
            if l.strip() == '#[cfg(test)]' and i + 1 < len(lines) and re.match(r'\s*(pub\s+)?mod\s+\w+\s*\{', lines[i+1]):
                depth = 0; j = i + 1
                while j < len(lines):
                    depth += lines[j].count('{') - lines[j].count('}')
                    j += 1
                    if depth <= 0: break
                i = j; continue
            out.append(l); i += 1
        if os.path.basename(p) == 'tests.rs': continue
        code = [l for l in out if l.strip() and not l.strip().startswith('//')]
        files.append((len(code), p))
        # fn lengths
        for k, l in enumerate(out):
            m = re.match(r'\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)', l)
            if not m: continue
            depth = 0; started = False; n = 0
            for j in range(k, len(out)):
                s = out[j]
                if s.strip() and not s.strip().startswith('//'): n += 1
                depth += s.count('{') - s.count('}')
                if '{' in s: started = True
                if started and depth <= 0: break
                if not started and s.rstrip().endswith(';'): break
            fns.append((n, p, m.group(6), k))
files.sort(reverse=True); fns.sort(reverse=True)
lim = int(os.environ.get('N', '5'))
MAX_FILE = int(os.environ.get('MAX_FILE', '500'))
MAX_FN = int(os.environ.get('MAX_FN', '80'))
over_files = sum(1 for n, _ in files if n > MAX_FILE)
print(f'files over {MAX_FILE}:', over_files)
for n, p in files[:lim]: print(f'{n:5} {p}')
over_fns = sum(1 for f in fns if f[0] > MAX_FN)
print(f'fns over {MAX_FN}:', over_fns)
for n, p, name, k in fns[:lim*2]: print(f'{n:5} {p}:{k+1} {name}')
sys.exit(1 if over_files or over_fns else 0)
