"""Weight: what a phone downloads on a first visit to a lesson and a quiz page (the goal: at most 60 KB).

Drives Debian's /usr/bin/chromium through Playwright against a running server (`make serve`, whitenoise
serving hashed, precompressed static files) with an empty cache each visit, signed out and signed in.
Reads Chromium's own count of bytes on the wire (DevTools Network.loadingFinished encodedDataLength:
headers plus the body as sent, compressed or not) for every resource, and sums HTML, CSS, JS and fonts
(images excluded, as the goal says). Also fails if any request leaves the site's origin.

gunicorn itself does not compress HTML (Django's GZipMiddleware is off, BREACH); a proxy in front usually
does. So the HTML line also shows its gzip size, and the total is given both as sent by gunicorn and with
the HTML gzipped by a proxy.

    .venv/bin/python bench/weight.py --base http://127.0.0.1:8200
"""

import argparse
import gzip
import sys
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

KINDS = {"Document": "html", "Stylesheet": "css", "Script": "js", "Font": "font"}
LIMIT = 60 * 1024


def visit(browser, base, path, storage_state=None):
    """One first visit: a fresh context (empty cache), returns [(kind, url, wire_bytes, body_bytes)]."""
    context = browser.new_context(
        storage_state=storage_state, viewport={"width": 360, "height": 740}, locale="fi-FI", is_mobile=True
    )
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
    seen = {}

    def on_response(event):
        seen[event["requestId"]] = {"url": event["response"]["url"], "type": event["type"]}

    def on_finished(event):
        if event["requestId"] in seen:
            seen[event["requestId"]]["wire"] = event["encodedDataLength"]

    cdp.on("Network.responseReceived", on_response)
    cdp.on("Network.loadingFinished", on_finished)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    response = page.goto(base + path, wait_until="networkidle")
    html = response.body()
    page.wait_for_timeout(300)
    rows = []
    for item in seen.values():
        kind = KINDS.get(item["type"], item["type"].lower())
        body = len(html) if kind == "html" and item["url"].rstrip("/") == (base + path).rstrip("/") else None
        rows.append((kind, item["url"], item.get("wire", 0), body))
    context.close()
    return rows, requested, response.status, html


def signed_in_state(browser, base, username, password):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "/fi/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("form").filter(has=page.locator("input[name=password]")).locator("[type=submit]").click()
    page.wait_for_load_state("networkidle")
    state = context.storage_state()
    context.close()
    if not any(c["name"] == "sessionid" for c in state["cookies"]):
        sys.exit("could not sign in")
    return state


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8200")
    parser.add_argument("--lesson", default="/fi/kurssit/tyoelaman-pelisaannot/tyosuhde-ja-palkka/tyosopimus/")
    parser.add_argument(
        "--quiz", default="/fi/kurssit/tyoelaman-pelisaannot/tyosuhde-ja-palkka/tyosuhde-ja-palkka-tehtavat/"
    )
    parser.add_argument("--user", default="demo-learner")
    parser.add_argument("--password", default="kotopaikka-demo")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(args.base))
    failures = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, headless=True, args=["--no-sandbox"])
        state = signed_in_state(browser, args.base, args.user, args.password)
        for who, storage in (("signed out", None), ("signed in", state)):
            for label, path in (("lesson", args.lesson), ("quiz", args.quiz)):
                rows, requested, status, html = visit(browser, args.base, path, storage)
                print(f"\n{label}, {who}: {path} (HTTP {status})")
                total = proxied = 0
                for kind, url, wire, body in sorted(rows, key=lambda r: (r[0], r[1])):
                    note = ""
                    counted = kind in ("html", "css", "js", "font")
                    if counted:
                        total += wire
                        proxied += wire
                    if kind == "html" and body is not None:
                        zipped = len(gzip.compress(html, 6))
                        if wire >= len(html):  # sent uncompressed: a proxy would send the gzip body instead
                            proxied += zipped - len(html)
                        note = f"  (body {len(html)} B, gzip {zipped} B)"
                    mark = "" if counted else "  [not counted]"
                    print(f"  {kind:6} {wire:7d} B  {url.replace(args.base, '')}{note}{mark}")
                print(
                    f"  total without images: {total / 1024:.1f} KB as sent by gunicorn, "
                    f"{proxied / 1024:.1f} KB with the HTML gzipped by a proxy (goal <= {LIMIT // 1024} KB)"
                )
                if proxied > LIMIT:
                    failures.append(f"{label} {who}: {proxied / 1024:.1f} KB")
                foreign = [u for u in requested if not u.startswith(origin) and not u.startswith("data:")]
                for url in foreign:
                    print(f"  THIRD PARTY: {url}")
                    failures.append(f"{label} {who}: third-party request {url}")
                if not foreign:
                    print(f"  third-party requests: none ({len(requested)} requests, all to {origin})")
        browser.close()
    print("\nverdict:", "PASS" if not failures else "FAIL " + "; ".join(failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
