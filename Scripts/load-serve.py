#!/usr/bin/env python3
"""Bounded load test of `scorecard serve` on loopback.

Starts the server on a free port, sends N concurrent uploads (default 50) of
a plan of about 1 MB (a sample plan repeated), checks that every answer is
the card (200 with the grade), and reports the time taken and the server's
peak memory (VmHWM). Stops the server; the whole run is bounded to 900 s.

Usage: Scripts/load-serve.py [scorecard binary] [--clients N] [--megabytes M]
Not run in CI (it takes minutes on a small machine).
"""
import argparse
import http.client
import os
import re
import signal
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "SamplePlans/nl-arnhem-presikhaaf-wijkakkoord-coproductie.md")


def peak_memory_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary", nargs="?", default=os.path.join(ROOT, ".build/debug/scorecard"))
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--megabytes", type=float, default=1.0)
    args = parser.parse_args()
    signal.alarm(900)

    sample = open(SAMPLE, "rb").read()
    plan = sample * max(1, int(args.megabytes * 1_000_000 / len(sample)))
    boundary = "----load-test-boundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"plan\"; filename=\"load.md\"\r\n"
            "Content-Type: text/markdown\r\n\r\n").encode() + plan + f"\r\n--{boundary}--\r\n".encode()

    server = subprocess.Popen([args.binary, "serve", "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        port = int(re.search(r":(\d+)/", server.stdout.readline()).group(1))
        baseline_kb = peak_memory_kb(server.pid)
        results = [None] * args.clients
        durations = [0.0] * args.clients

        def upload(index):
            started = time.time()
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
                connection.request("POST", "/score", body=body, headers={
                    "Content-Type": f"multipart/form-data; boundary={boundary}"})
                response = connection.getresponse()
                page = response.read().decode("utf-8", "replace")
                results[index] = (response.status, "grade-box" in page)
            except Exception as error:  # reported below as a failure
                results[index] = (0, repr(error))
            durations[index] = time.time() - started

        health_times = []
        done = threading.Event()

        def probe_health():
            # Other users during the load: the home page must not wait behind uploads.
            while not done.is_set():
                started_probe = time.time()
                try:
                    probe = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                    probe.request("GET", "/")
                    probe.getresponse().read()
                    health_times.append(time.time() - started_probe)
                except Exception:
                    health_times.append(float("inf"))
                time.sleep(0.5)

        started = time.time()
        prober = threading.Thread(target=probe_health)
        prober.start()
        threads = [threading.Thread(target=upload, args=(i,)) for i in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.time() - started
        done.set()
        prober.join()
        ok = sum(1 for r in results if r == (200, True))
        durations.sort()
        print(f"plan: {len(plan) / 1e6:.2f} MB; clients: {args.clients}; answered correctly: {ok}")
        print(f"wall time: {elapsed:.1f} s; per request: median {durations[len(durations) // 2]:.1f} s, "
              f"slowest {durations[-1]:.1f} s")
        print(f"start page during the load: {len(health_times)} requests, slowest {max(health_times) * 1000:.0f} ms")
        print(f"server memory: {baseline_kb / 1024:.0f} MB at start, peak {peak_memory_kb(server.pid) / 1024:.0f} MB")
        health = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        health.request("GET", "/healthz")
        print(f"healthz after the load: {health.getresponse().status}")
        if ok != args.clients:
            print("failures:", [r for r in results if r != (200, True)][:5], file=sys.stderr)
            sys.exit(1)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
