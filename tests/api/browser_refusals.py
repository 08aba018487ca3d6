#!/usr/bin/env python3
"""Web pages in a real browser cannot drive or read the control API.

Usage: browser_refusals.py --engine PATH/TO/swarmplay-engine [--chromium PATH]

Starts `swarmplay-engine daemon` in folders of its own, with one paused torrent, and serves two
pages from another loopback origin (127.0.0.3) to headless Chromium. Each page tries what any web
page can do against the API: a CORS fetch of the torrent list, a no-cors POST of a magnet as
text/plain, a JSON POST, urlencoded and text/plain form POSTs into an iframe, a bodiless POST,
POST /shutdown, DELETE and an EventSource on /events. The second page is given the real token
and sends it the only way a page can, in an Authorization header: Chromium then asks first with
an OPTIONS preflight, which carries no token and gets no CORS headers, so the request itself is
never sent (and a no-cors fetch drops the header). Each page writes what it could read into its
DOM and sends that text to its own server, where this script reads it.

Passes when: no page read a status, a header or a byte of an answer; the torrent list and the
settings are the same after as before, and the daemon still runs; the daemon's log
(swarmplay.api) shows each of those requests arriving from the page's origin, refused for want
of a token; and a plain client with the token gets each request's own refusal (415 for a form,
text/plain or no body, 403 for a foreign Origin), so each rule holds on its own, while the same
requests done right are accepted. Exits 77 when Chromium is not installed. Every wait is
bounded; nothing leaves loopback.
"""

import argparse
import collections
import functools
import http.client
import http.server
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

KNOWN = "b" * 40  # a paused torrent the pages try to resume and delete
NEW = "c" * 40  # what the pages try to add
PAGE_HOST = "127.0.0.3"

PAGE_SCRIPT = r"""
const API = window.API, TOKEN = window.TOKEN, KNOWN = window.KNOWN, NEW = window.NEW;
const results = {};
let reports = 0;
// Writes what the page could read into its DOM and sends that text to the page's own server
// (same origin), which the test reads.
function report(done) {
  const text = document.getElementById('results').textContent;
  fetch('/report', {method: 'POST', body: JSON.stringify({seq: ++reports, done: done, results: text})});
}
function record(name, value) {
  results[name] = value;
  document.getElementById('results').textContent = JSON.stringify(results);
  report(false);
}
function withToken(headers) {
  return TOKEN ? Object.assign({Authorization: 'Bearer ' + TOKEN}, headers) : headers;
}
async function tryFetch(name, url, init) {
  try {
    const r = await fetch(url, init);
    let body;
    try { body = await r.text(); } catch (e) { body = 'unreadable: ' + e; }
    record(name, {type: r.type, status: r.status, headers: [...r.headers.keys()], body: body});
  } catch (e) {
    record(name, {error: String(e)});
  }
}
// Submits a form into an iframe, waits for the answer to load there and tries to read it.
async function tryForm(name, action, enctype, fieldName, fieldValue) {
  const frame = document.createElement('iframe');
  frame.name = name;
  document.body.appendChild(frame);
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = action;
  form.enctype = enctype;
  form.target = name;
  const field = document.createElement('input');
  field.type = 'hidden';
  field.name = fieldName;
  field.value = fieldValue;
  form.appendChild(field);
  document.body.appendChild(form);
  record(name, {loaded: false});
  await new Promise(resolve => {
    frame.addEventListener('load', resolve, {once: true});
    form.submit();
  });
  let read;
  try {
    const doc = frame.contentDocument;
    read = doc === null ? null : doc.documentElement.outerHTML;
  } catch (e) {
    read = null;
  }
  record(name, {loaded: true, read: read});
}
// Opens an EventSource and waits until it gives up (it does on any answer but a 200 event
// stream), recording all it saw on the way.
async function tryEvents(name, url) {
  const seen = [];
  const source = new EventSource(url);
  const note = what => { seen.push(what); record(name, {seen: seen, readyState: source.readyState}); };
  source.onopen = () => note('open');
  source.onmessage = e => note('message ' + e.data);
  source.addEventListener('snapshot', e => note('snapshot ' + e.data));
  await new Promise(resolve => { source.onerror = () => { note('error'); resolve(); }; });
  source.close();
}
async function run() {
  const magnet = 'magnet:?xt=urn:btih:' + NEW + '&dn=Planted';
  await tryFetch('get_list', API + '/torrents', {headers: withToken({})});
  await tryFetch('post_text_magnet', API + '/torrents',
                 {method: 'POST', mode: 'no-cors', headers: withToken({'Content-Type': 'text/plain'}),
                  body: magnet});
  await tryFetch('post_json_magnet', API + '/torrents',
                 {method: 'POST', headers: withToken({'Content-Type': 'application/json'}),
                  body: JSON.stringify({source: magnet})});
  await tryForm('form_urlencoded', API + '/torrents', 'application/x-www-form-urlencoded',
                'source', magnet);
  // The field's name and value make the body '{"source": "<magnet>", "x": "="}'.
  await tryForm('form_text_json', API + '/torrents', 'text/plain',
                '{"source": "' + magnet + '", "x": "', '"}');
  await tryFetch('post_bodiless_resume', API + '/torrents/' + KNOWN + '/resume',
                 {method: 'POST', mode: 'no-cors', headers: withToken({})});
  await tryFetch('post_shutdown', API + '/shutdown',
                 {method: 'POST', mode: 'no-cors', headers: withToken({'Content-Type': 'text/plain'}),
                  body: '{}'});
  await tryFetch('delete_known', API + '/torrents/' + KNOWN + '?files=delete',
                 {method: 'DELETE', headers: withToken({'Content-Type': 'application/json'}),
                  body: '{}'});
  // EventSource cannot send headers: the token page tries the query instead.
  await tryEvents('events', API + '/events' + (TOKEN ? '?token=' + TOKEN : ''));
  document.getElementById('done').textContent = 'done';
  report(true);
}
run();
"""

# What a page asked, as the daemon sees it: (method, path below /api/v1). Requests Chromium
# preflights show as OPTIONS: it sends the request itself only if the preflight allows it.
PAGE_REQUESTS = collections.Counter({
    ("GET", "/torrents"): 1,  # get_list; with the token it is preflighted (OPTIONS) instead
    ("POST", "/torrents"): 3,  # post_text_magnet, form_urlencoded, form_text_json
    ("OPTIONS", "/torrents"): 1,  # post_json_magnet
    ("POST", f"/torrents/{KNOWN}/resume"): 1,
    ("POST", "/shutdown"): 1,
    ("OPTIONS", f"/torrents/{KNOWN}"): 1,  # delete_known
    ("GET", "/events"): 1,
})
TOKEN_PAGE_REQUESTS = PAGE_REQUESTS - collections.Counter({("GET", "/torrents"): 1}) + \
    collections.Counter({("OPTIONS", "/torrents"): 1})

REFUSAL = re.compile(r"swarmplay\.api: refused (\S+) (\S+): (\d+) (\S+) \(Origin: (\S+)\)")

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
    return condition


class Daemon:
    """swarmplay-engine daemon in a temporary home, its log in a file."""

    def __init__(self, engine, root):
        self.root = root
        runtime = os.path.join(root, "run")
        os.makedirs(runtime, mode=0o700)
        env = dict(os.environ)
        env.update({"HOME": os.path.join(root, "home"),
                    "XDG_DATA_HOME": os.path.join(root, "data"),
                    "XDG_CONFIG_HOME": os.path.join(root, "config"),
                    "XDG_RUNTIME_DIR": runtime,
                    "QT_LOGGING_RULES": "swarmplay.api.info=true",
                    "QT_FORCE_STDERR_LOGGING": "1"})
        self.log_path = os.path.join(root, "daemon.log")
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [engine, "daemon", "--state-dir", os.path.join(root, "state"),
             "--dir", os.path.join(root, "downloads"), "--bt-port", "0", "--no-dht", "--no-lsd",
             "--no-upnp", "--no-natpmp"],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self.log)
        line = read_line(self.process.stdout, 30)
        if not line.startswith("http://127.0.0.1:"):
            self.stop()
            sys.exit(f"the daemon did not start: {line!r}\n{self.log_text()}")
        with open(os.path.join(runtime, "swarmplay", "daemon.json")) as f:
            discovery = json.load(f)
        self.token = discovery["token"]
        self.api = discovery["api"]
        parsed = urllib.parse.urlsplit(self.api)
        self.host, self.port = parsed.hostname, parsed.port
        self.origin = f"http://{self.host}:{self.port}"

    def request(self, method, path, body=None, headers=None, token=True):
        """(status, headers, JSON body or None) of one request on a fresh connection."""
        sent = dict(headers or {})
        if token:
            sent["Authorization"] = "Bearer " + self.token
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            sent.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            body = body.encode()
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            connection.request(method, "/api/v1" + path, body=body, headers=sent)
            answer = connection.getresponse()
            data = answer.read()
            try:
                parsed = json.loads(data) if data else None
            except ValueError:
                parsed = data
            return answer.status, answer.headers, parsed
        finally:
            connection.close()

    def state(self):
        """What must not change: the torrent list (with its revision) and the settings."""
        status, _, torrents = self.request("GET", "/torrents")
        check(status == 200, f"GET /torrents answered {status}")
        status, _, settings = self.request("GET", "/settings")
        check(status == 200, f"GET /settings answered {status}")
        return {"torrents": torrents, "settings": settings}

    def running(self):
        return self.process.poll() is None

    def log_text(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def refusals(self):
        """[(method, path below /api/v1, status, code, origin)] from the log, in order."""
        found = []
        for match in REFUSAL.finditer(self.log_text()):
            method, path, status, code, origin = match.groups()
            found.append((method, path.removeprefix("/api/v1"), int(status), code, origin))
        return found

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.log.close()


def read_line(stream, seconds):
    """The stream's first line, or '' after `seconds`."""
    line = []
    reader = threading.Thread(target=lambda: line.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(seconds)
    return line[0].decode(errors="replace").strip() if line else ""


class PageServer:
    """Serves one page from its own loopback origin, in a thread, and takes its reports."""

    def __init__(self, folder, page):
        self.latest = (0, None)  # (seq, results) of the page's latest report
        self.done = threading.Event()
        self.lock = threading.Lock()
        handler = functools.partial(PageHandler, self, directory=folder)
        self.server = http.server.ThreadingHTTPServer((PAGE_HOST, 0), handler)
        self.origin = f"http://{PAGE_HOST}:{self.server.server_address[1]}"
        self.url = f"{self.origin}/{page}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def take_report(self, report):
        with self.lock:
            if report["seq"] > self.latest[0]:
                self.latest = (report["seq"], json.loads(report["results"]))
            if report["done"]:
                self.done.set()

    def results(self):
        with self.lock:
            return self.latest[1]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class PageHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, page_server, *args, **kwargs):
        self.page_server = page_server
        super().__init__(*args, **kwargs)

    def do_POST(self):
        if self.path != "/report":
            self.send_error(404)
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.page_server.take_report(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format, *args):
        pass


def write_page(folder, name, daemon, token):
    settings = {"API": daemon.api, "TOKEN": token, "KNOWN": KNOWN, "NEW": NEW}
    assignments = "".join(f"window.{k} = {json.dumps(v)};" for k, v in settings.items())
    with open(os.path.join(folder, "page.js"), "w") as f:
        f.write(PAGE_SCRIPT)
    with open(os.path.join(folder, name), "w") as f:
        f.write("<!doctype html><html><head><meta charset=utf-8><title>page</title></head><body>"
                "<pre id=results>{}</pre><pre id=done></pre>"
                f"<script>{assignments}</script><script src=page.js></script></body></html>")


def run_chromium(chromium, server, root):
    """What the page wrote into its DOM once it has tried everything, or None (with the reason
    in failures). Chromium runs in real time: under its virtual time a frame's navigation can
    outlast the budget."""
    profile = tempfile.mkdtemp(dir=root)
    env = dict(os.environ, HOME=profile, XDG_CONFIG_HOME=profile, XDG_CACHE_HOME=profile)
    command = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
               f"--user-data-dir={profile}", "--no-proxy-server", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--disable-default-apps", "--disable-domain-reliability",
               server.url]
    with open(os.path.join(profile, "chromium.log"), "wb") as log:
        browser = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=log, start_new_session=True)
        finished = server.done.wait(60)
        # Chromium and its helpers are in the session started for it.
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(browser.pid, sig)
                browser.wait(10)
                break
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
    if not finished:
        with open(os.path.join(profile, "chromium.log"), errors="replace") as log:
            said = log.read()[-3000:]
        failures.append(f"{server.url} did not try everything within 60 s; it got as far as "
                        f"{server.results()}; Chromium said:\n{said}")
        return None
    return server.results()


def check_page_read_nothing(name, results):
    fetches = ["get_list", "post_text_magnet", "post_json_magnet", "post_bodiless_resume",
               "post_shutdown", "delete_known"]
    for attempt in fetches:
        got = results.get(attempt)
        # A network error, or an opaque answer: no status, no header, no byte.
        unread = got is not None and (
            "error" in got or (got["type"] == "opaque" and got["status"] == 0
                               and got["headers"] == [] and got["body"] == ""))
        check(unread, f"{name}: {attempt} read {got}")
    for form in ["form_urlencoded", "form_text_json"]:
        got = results.get(form)
        check(got is not None and got["loaded"] and got["read"] is None,
              f"{name}: {form} gave {got}")
    got = results.get("events")
    check(got is not None and got["seen"] == ["error"] and got["readyState"] == 2,
          f"{name}: the EventSource gave {got}")


def check_daemon_saw(name, refusals, origin, expected):
    """Every request the page sent arrived from its origin and was refused for want of a token."""
    from_page = [r for r in refusals if r[4] == origin]
    seen = collections.Counter((method, path) for method, path, _, _, _ in from_page)
    check(seen == expected, f"{name}: the daemon saw {dict(seen)} from {origin}, "
          f"expected {dict(expected)}")
    # No request from the page carried the token: none was refused for another reason.
    others = [r for r in from_page if (r[2], r[3]) != (401, "unauthorized")]
    check(not others, f"{name}: refused for another reason than the token: {others}")


def check_plain_client(daemon, page_origin):
    """With the token and without a browser, each page-style request gets its own refusal."""
    magnet = f"magnet:?xt=urn:btih:{NEW}&dn=Planted"
    form = urllib.parse.urlencode({"source": magnet})
    text_json = '{"source": "' + magnet + '", "x": "="}'
    wrong_type = [
        ("POST", "/torrents", form, {"Content-Type": "application/x-www-form-urlencoded"}),
        ("POST", "/torrents", magnet, {"Content-Type": "text/plain"}),
        ("POST", "/torrents", text_json, {"Content-Type": "text/plain"}),
        ("POST", "/torrents", json.dumps({"source": magnet}), {}),
        ("POST", f"/torrents/{KNOWN}/resume", None, {}),
        ("POST", f"/torrents/{KNOWN}/resume", "", {"Content-Type": "application/json"}),
        ("POST", "/shutdown", "{}", {"Content-Type": "text/plain"}),
        ("POST", "/shutdown", None, {}),
        ("DELETE", f"/torrents/{KNOWN}?files=delete", None, {}),
    ]
    for method, path, body, headers in wrong_type:
        status, _, answer = daemon.request(method, path, body, headers)
        code = answer.get("error", {}).get("code") if isinstance(answer, dict) else answer
        check((status, code) == (415, "unsupported-media-type"),
              f"{method} {path} {headers}: {status} {code}, expected 415")

    foreign = {"Origin": page_origin}
    right_body_foreign_origin = [
        ("GET", "/torrents", None),
        ("GET", "/events", None),
        ("OPTIONS", "/torrents", None),
        ("POST", "/torrents", {"source": magnet}),
        ("POST", f"/torrents/{KNOWN}/resume", {}),
        ("POST", "/shutdown", {}),
        ("DELETE", f"/torrents/{KNOWN}?files=delete", {}),
    ]
    for method, path, body in right_body_foreign_origin:
        status, headers, answer = daemon.request(method, path, body, foreign)
        code = answer.get("error", {}).get("code") if isinstance(answer, dict) else answer
        check((status, code) == (403, "foreign-origin"),
              f"{method} {path} from {page_origin}: {status} {code}, expected 403")
        cors = [h for h in headers if h.lower().startswith("access-control-")]
        check(not cors, f"{method} {path} answered with CORS headers {cors}")
    return len(wrong_type), len(right_body_foreign_origin)


def check_done_right_is_accepted(daemon):
    """The same requests with the token, the right type and no foreign Origin do what they say."""
    status, _, listed = daemon.request("GET", "/torrents", headers={"Origin": daemon.origin})
    check(status == 200 and [t["info_hash"] for t in listed["torrents"]] == [KNOWN],
          f"GET /torrents from the server's own origin: {status} {listed}")
    status, _, added = daemon.request("POST", "/torrents",
                                      {"source": f"magnet:?xt=urn:btih:{NEW}", "paused": True})
    check(status == 201 and added["info_hash"] == NEW, f"adding {NEW} as JSON: {status} {added}")
    status, _, removed = daemon.request("DELETE", f"/torrents/{NEW}?files=delete", {})
    check(status == 200 and removed["removed"], f"removing {NEW}: {status} {removed}")
    status, _, stopping = daemon.request("POST", "/shutdown", {})
    check(status == 202, f"POST /shutdown as JSON: {status} {stopping}")
    try:
        daemon.process.wait(30)
    except subprocess.TimeoutExpired:
        failures.append("the daemon did not stop within 30 s of POST /shutdown")
        return
    check(daemon.process.returncode == 0, f"the daemon exited {daemon.process.returncode}")


def run(args, root):
    daemon = Daemon(args.engine, root)
    servers = []
    try:
        status, _, added = daemon.request(
            "POST", "/torrents", {"source": f"magnet:?xt=urn:btih:{KNOWN}&dn=Known",
                                  "paused": True})
        if not check(status == 201, f"adding the known torrent: {status} {added}"):
            return
        time.sleep(1.5)  # one status round, so the list is as it stays
        before = daemon.state()

        pages = [("no token", "plain.html", ""), ("token", "token.html", daemon.token)]
        for name, page, token in pages:
            folder = os.path.join(root, "pages-" + page.split(".")[0])
            os.makedirs(folder)
            write_page(folder, page, daemon, token)
            server = PageServer(folder, page)
            servers.append(server)
            results = run_chromium(args.chromium, server, root)
            if results is not None:
                check_page_read_nothing(name, results)
                expected = TOKEN_PAGE_REQUESTS if token else PAGE_REQUESTS
                check_daemon_saw(name, daemon.refusals(), server.origin, expected)
            print(f"{name} page at {server.origin} read: {json.dumps(results)}")

        check(daemon.running(), "the daemon stopped while the pages ran")
        # The token page put the token in the query of its EventSource: the log leaves it out.
        check(daemon.token not in daemon.log_text(), "the daemon's log shows the token")
        wrong_type, foreign = check_plain_client(daemon, servers[0].origin)
        after = daemon.state()
        check(after == before, f"the engine changed:\nbefore {before}\nafter  {after}")
        check(daemon.running(), "the daemon stopped")

        # The plain client's refusals are in the log too, each with its own reason.
        reasons = collections.Counter((status, code, origin)
                                      for _, _, status, code, origin in daemon.refusals())
        check(reasons[(415, "unsupported-media-type", "none")] == wrong_type,
              f"415 refusals logged: {reasons}")
        check(reasons[(403, "foreign-origin", servers[0].origin)] == foreign,
              f"403 refusals logged: {reasons}")
        check_done_right_is_accepted(daemon)
    finally:
        for server in servers:
            server.close()
        daemon.stop()
        print("The daemon's refusals:")
        for line in daemon.log_text().splitlines():
            if REFUSAL.search(line):
                print("  " + line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "")
    args = parser.parse_args()
    if not args.chromium or not os.access(args.chromium, os.X_OK):
        print("SKIP: Chromium is not installed (sudo apt install chromium)")
        return 77
    with tempfile.TemporaryDirectory(prefix="swarmplay-browser-") as root:
        run(args, root)
    if failures:
        print("FAIL:\n" + "\n".join(failures), file=sys.stderr)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
