#!/usr/bin/env python3
"""End-to-end test of `scorecard serve` in a real browser.

Starts the built server on a free port (`serve --port 0`), drives Debian's
chromium through chromedriver with Selenium: uploads a sample plan, reads the
grade, goes through the whole assessment, downloads the assessment JSON and
checks that `scorecard score --assessment` accepts it. Then LSA's view: two
batch runs of sample plans (this year and a baseline), `serve --results
--baseline`, and the ranking and the comparison opened in the browser. Stops
every server it started; every wait is bounded, and the whole run is stopped
after 300 s.

Usage: Scripts/e2e-serve.py [path/to/scorecard]   (default: .build/debug/scorecard)
Exit codes: 0 passed; 1 failed; 77 skipped (no browser or selenium).
"""
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/scorecard")
PLAN = os.path.join(ROOT, "SamplePlans/nl-arnhem-presikhaaf-wijkakkoord-coproductie.md")
SKIP = 77


def fail(message):
    print(f"e2e-serve: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    signal.alarm(300)  # a hard bound on the whole run
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        print("e2e-serve: SKIPPED: selenium is not installed (pip install selenium)")
        sys.exit(SKIP)
    chromium = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)
    driver_path = "/usr/bin/chromedriver"
    if chromium is None or not os.path.exists(driver_path):
        print("e2e-serve: SKIPPED: chromium and chromium-driver are not installed")
        sys.exit(SKIP)
    if not os.path.exists(BINARY):
        fail(f"{BINARY} does not exist; run `swift build` first")

    downloads = tempfile.mkdtemp(prefix="e2e-serve-")
    server = subprocess.Popen(
        [BINARY, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, cwd=ROOT)
    browser = None
    try:
        line = server.stdout.readline()
        match = re.search(r"http://[^ ]+", line)
        if not match:
            fail(f"the server printed no address: {line!r} {server.stderr.read()[:500]!r}")
        url = match.group(0)
        print(f"e2e-serve: server at {url}")

        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
            options.add_argument(flag)
        options.add_experimental_option("prefs", {
            "download.default_directory": downloads, "download.prompt_for_download": False})
        browser = webdriver.Chrome(service=Service(driver_path), options=options)
        browser.set_page_load_timeout(60)
        wait = WebDriverWait(browser, 60)

        # 1. Upload a sample plan and read the grade.
        browser.get(url)
        browser.find_element(By.ID, "plan").send_keys(PLAN)
        browser.find_element(By.CSS_SELECTOR, "form[action^='/score'] button[type=submit]").click()
        grade = wait.until(lambda b: b.find_element(By.CSS_SELECTOR, ".grade-box .grade")).text
        expected = json.loads(subprocess.run(
            [BINARY, "score", PLAN, "--format", "json"], capture_output=True, text=True,
            check=True, timeout=60).stdout)["grade"]
        if grade.replace(",", ".") != f"{expected:.1f}":
            fail(f"the page shows grade {grade}, the CLI gives {expected}")
        print(f"e2e-serve: grade {grade} as the CLI gives")

        # 2. Go through the assessment: give 0 on the first question, keep the rest.
        browser.find_element(By.ID, "assessor").send_keys("E2E Tester")
        def click_and_wait(element):
            # The next page must replace this one before its buttons are read:
            # the clicked button is gone from the document once it has.
            element.click()

            def replaced(_):
                try:
                    element.is_enabled()
                    return False
                except Exception:  # stale, or chromium's "node does not belong to the document"
                    return True

            wait.until(replaced)

        click_and_wait(browser.find_element(By.CSS_SELECTOR, "button[name=go][value=start]"))
        steps = 0
        while True:
            wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "button[name=go]"))
            if steps == 0:
                browser.find_element(By.ID, "level-0").click()
                browser.find_element(By.ID, "remark").send_keys("Staat er niet in.")
            buttons = {b.get_attribute("value"): b for b in browser.find_elements(By.CSS_SELECTOR, "button[name=go]")}
            if "download" in buttons:
                break
            if "next" not in buttons and "finish" not in buttons:
                fail(f"an assessment step has no next or finish button: {sorted(buttons)}")
            click_and_wait(buttons.get("next") or buttons["finish"])
            steps += 1
            if steps > 50:
                fail("the assessment did not end")
        print(f"e2e-serve: {steps} questions answered")

        # 3. Download the assessment JSON and load it with the CLI.
        buttons["download"].click()
        deadline = time.time() + 60
        files = []
        while time.time() < deadline:
            files = [f for f in os.listdir(downloads) if f.endswith(".assessment.json")]
            if files:
                break
            time.sleep(0.5)
        if not files:
            fail("no assessment was downloaded")
        path = os.path.join(downloads, files[0])
        assessment = json.load(open(path))
        if assessment["assessor"] != "E2E Tester" or len(assessment["criteria"]) != steps:
            fail(f"the downloaded assessment is not the one made: {path}")
        merged = subprocess.run(
            [BINARY, "score", PLAN, "--assessment", path, "--format", "json"],
            capture_output=True, text=True, timeout=60)
        if merged.returncode != 0:
            fail(f"scorecard score --assessment refused it: {merged.stderr}")
        card = json.loads(merged.stdout)
        if not card.get("assessments"):
            fail("the merged card has no assessments")
        print("e2e-serve: the downloaded assessment loads with `scorecard score --assessment`")
        check_results_view(browser, wait, By)
        print("e2e-serve: PASSED")
    finally:
        if browser is not None:
            browser.quit()
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            fail("the server did not stop within 20 s of SIGTERM")


def start_server(arguments):
    """Starts `scorecard serve --port 0` with more arguments; returns the process and its URL."""
    server = subprocess.Popen(
        [BINARY, "serve", "--port", "0"] + arguments, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, cwd=ROOT)
    match = re.search(r"http://[^ ]+", server.stdout.readline())
    if not match:
        server.kill()
        fail(f"the results server printed no address: {server.stderr.read()[:500]!r}")
    return server, match.group(0)


def check_results_view(browser, wait, By):
    """LSA's view: a batch's ranking and its comparison with a baseline, in the browser."""
    work = tempfile.mkdtemp(prefix="e2e-results-")
    samples = sorted(f for f in os.listdir(os.path.join(ROOT, "SamplePlans")) if f.startswith("nl-") and f.endswith(".md"))
    editions = {"now": samples[:4], "baseline": samples[:2]}
    for edition, names in editions.items():
        folder = os.path.join(work, edition)
        os.makedirs(folder)
        for name in names:
            with open(os.path.join(ROOT, "SamplePlans", name), "rb") as source, open(os.path.join(folder, name), "wb") as copy:
                copy.write(source.read())
        batch = subprocess.run(
            [BINARY, "batch", folder, "--out", os.path.join(work, edition + "-out"), "--quiet"],
            capture_output=True, text=True, timeout=120)
        if batch.returncode != 0:
            fail(f"batch of the {edition} plans failed: {batch.stderr[:500]}")
    server, url = start_server(
        ["--results", os.path.join(work, "now-out"), "--baseline", os.path.join(work, "baseline-out")])
    try:
        browser.get(url + "/results/")
        rows = wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "table#ranking tbody tr"))
        if len(rows) != len(editions["now"]):
            fail(f"the ranking shows {len(rows)} plans, the batch scored {len(editions['now'])}")
        print(f"e2e-serve: the results ranking shows {len(rows)} plans")
        browser.get(url + "/compare")
        pairs = wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "table#comparison tbody tr"))
        if len(pairs) < len(editions["baseline"]):
            fail(f"the comparison pairs {len(pairs)} plans; {len(editions['baseline'])} have a baseline")
        print(f"e2e-serve: the comparison with the baseline shows {len(pairs)} plans")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            fail("the results server did not stop within 20 s of SIGTERM")


if __name__ == "__main__":
    main()
