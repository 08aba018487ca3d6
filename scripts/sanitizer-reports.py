#!/usr/bin/env python3
# sanitizer-reports.py [GLOB]: groups the ThreadSanitizer reports a run left in log files
# (TSAN_OPTIONS=halt_on_error=0:log_path=/tmp/tsan/log, the default GLOB /tmp/tsan/log.*) by
# kind, the uninstrumented libraries in their stacks, and the first frames of our own code, so
# that a hand-off inside a library we do not build and a race of ours look different at a glance.
import glob, re, sys, collections
groups = collections.OrderedDict()
for path in sorted(glob.glob(sys.argv[1] if len(sys.argv) > 1 else '/tmp/tsan/log.*')):
    text = open(path, errors='replace').read()
    for rep in text.split('==================\nWARNING: ThreadSanitizer: ')[1:]:
        rep = rep.split('\n==================')[0]
        kind = rep.split(' (pid')[0]
        libs = sorted(set(re.findall(r'\((lib[A-Za-z0-9_+\-.]+?\.so)[.0-9]*\+0x', rep)) - {'libtsan.so', 'libQt6Core.so', 'libc.so', 'libstdc++.so'})
        ours = []
        for m in re.finditer(r'#\d+ (.+?) \.\./((?:core|ui|app|tests)/\S+:\d+)', rep):
            f = '%s %s' % (m.group(1)[:70], m.group(2))
            if f not in ours: ours.append(f)
        key = (kind, tuple(libs), tuple(ours[:2]))
        groups.setdefault(key, [0, path])[0] += 1
for (kind, libs, ours), (n, path) in groups.items():
    print('%3d %s | %s | %s\n      %s' % (n, kind, ','.join(libs) or '-', path, ' ; '.join(ours)))
