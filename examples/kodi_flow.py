#!/usr/bin/env python3
"""A media centre's flow against `swarmplay-engine daemon`: add a magnet, wait for its videos, open
a stream with a 15 MB pre-buffer, show the buffering, play it in mpv. kodi_flow.py MAGNET [--print-only]"""
import json, os, shutil, subprocess, sys, time, urllib.request

runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/tmp/runtime-{os.environ.get('USER', 'root')}"
daemon = json.load(open(os.path.join(runtime, "swarmplay", "daemon.json")))
loopback = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via $http_proxy

def api(method, path, body=None):
    request = urllib.request.Request(daemon["api"] + path, method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + daemon["token"],
                                              "Content-Type": "application/json"})
    with loopback.open(request, timeout=30) as answer:
        return json.load(answer)

def poll(what, seconds=300):
    deadline = time.monotonic() + seconds
    while not (result := what()) and time.monotonic() < deadline:
        time.sleep(0.5)
    return result or sys.exit("gave up waiting")

ih = api("POST", "/torrents", {"source": sys.argv[1]})["info_hash"]
videos = poll(lambda: api("GET", f"/torrents/{ih}/files?kind=video")["files"])
main = max(videos, key=lambda f: f["size"])
stream = api("POST", "/streams", {"info_hash": ih, "file": main["index"],
                                  "prebuffer_bytes": 15_000_000})

def ready():
    if (status := api("GET", f"/streams/{stream['id']}"))["state"] == "error":
        sys.exit(f"stream failed: {status['error']}")
    print(f"{status['state']}: {status['bytes_ready']} of {status['bytes_needed']} bytes", flush=True)
    return status if status["state"] == "ready" else None

url = poll(ready)["stream_url"]
print("ready:", url, flush=True)
if shutil.which("mpv") and "--print-only" not in sys.argv:
    subprocess.run(["mpv", url])
api("DELETE", f"/streams/{stream['id']}", {})  # the URL still plays; a stream slot is freed
