#!/usr/bin/env python3
"""Times every page of the browser interview on the server, as its Server-Timing header reports it.

Starts `web --no-browser` on a free port with a fresh answers file in a temporary folder, opens the one-time link as
a browser would (keeping the cookie, sending the form token), answers every question asked from a sample answers
file ("I don't know" where the sample has no answer), and fetches each question, its why page, the review, the
findings and every download, ROUNDS times over (default 3). Each response carries
`Server-Timing: page;dur=WALL, cpu;dur=CPU`: the milliseconds from the request's arrival to its answer, and the
processor time of the thread that made it. The table gives the median, the 90th percentile and the largest per kind of page.
On a busy machine the wall time includes waiting for a free core; the processor time does not.

Usage: python3 scripts/web-page-times.py [JAR] [ANSWERS] [ROUNDS]      (after: mvn -B -q package -DskipTests)
Defaults: target/monitoring-advisor.jar, facts-samples/call-centre-draconian.yaml (the most findings), 3.
Everything it writes is in the temporary folder, removed at the end.
"""
import http.client
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

JAR = sys.argv[1] if len(sys.argv) > 1 else "target/monitoring-advisor.jar"
SAMPLE = sys.argv[2] if len(sys.argv) > 2 else "facts-samples/call-centre-draconian.yaml"
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 3
DOWNLOADS = [d + "." + e for d in ("report",) for e in ("txt", "md", "html", "json", "docx", "pdf")] + [
    d + "." + e for d in ("letter", "letter-to-management", "brief") for e in ("txt", "md", "html", "docx", "pdf")]


def sample_answers(path):
    """The sample's answers: the lines under `answers:` of a YAML file (question: value)."""
    answers, inside = {}, False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("answers:"):
                inside = True
            elif inside and re.match(r"^\s+[a-z0-9-]+:\s*\S", line):
                key, value = line.strip().split(":", 1)
                answers[key] = value.split("#")[0].strip().strip('"')
            elif inside and line.strip() and not line.startswith(" "):
                inside = False
    return answers


class Rep:
    def __init__(self, port):
        self.port, self.cookie, self.token = port, None, None
        self.times = {}

    def send(self, method, path, kind=None, form=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": "127.0.0.1:%d" % self.port}
        if self.cookie:
            headers["Cookie"] = self.cookie
        body = None
        if form is not None:
            form = dict(form, csrf=self.token)
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        connection.close()
        if response.status >= 400 and not path.startswith("/no-such"):
            raise RuntimeError("%s %s: %d" % (method, path, response.status))
        timing = re.search(r"page;dur=([\d.]+), cpu;dur=([\d.]+)", response.getheader("Server-Timing", ""))
        if kind and timing:
            self.times.setdefault(kind, []).append((float(timing.group(1)), float(timing.group(2))))
        return response, content.decode("utf-8", "replace") if kind != "download" else ""


def main():
    answers = sample_answers(SAMPLE)
    with tempfile.TemporaryDirectory() as folder:
        server = subprocess.Popen(["java", "-jar", os.path.abspath(JAR), "web", "--no-browser", "--file",
                                   os.path.join(folder, "answers.yaml")], cwd=folder, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True)
        try:
            link = None
            deadline = time.monotonic() + 120
            while link is None and time.monotonic() < deadline:
                line = server.stdout.readline()
                if not line:
                    raise RuntimeError("web stopped before printing its link")
                found = re.search(r"http://127\.0\.0\.1:(\d+)(/open\?key=\S+)", line)
                if found:
                    link = found
            rep = Rep(int(link.group(1)))
            response, _ = rep.send("GET", link.group(2))
            rep.cookie = response.getheader("Set-Cookie").split(";")[0]
            _, page = rep.send("GET", "/", "start")
            rep.token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
            rep.send("POST", "/begin", form={"employer": "Timing Ltd"})
            asked = []
            while True:
                response, _ = rep.send("GET", "/next")
                where = response.getheader("Location")
                if not where.startswith("/question/"):
                    break
                question = where[len("/question/"):]
                asked.append(question)
                rep.send("GET", where, "question")
                rep.send("POST", where, "sending an answer", {"answer": answers.get(question, "unknown")})
            for _ in range(ROUNDS):
                for question in asked:
                    rep.send("GET", "/question/" + question, "question")
                    rep.send("GET", "/why/" + question, "why")
                rep.send("GET", "/review", "review")
                rep.send("GET", "/findings", "findings")
                for download in DOWNLOADS:
                    rep.send("GET", "/download/" + download, "download" if download.endswith(("docx", "pdf"))
                             else "download (text, Markdown, HTML, JSON)")
            rep.send("POST", "/finish", "finish", {})
            server.wait(timeout=30)
        finally:
            if server.poll() is None:
                server.terminate()
                server.wait(timeout=30)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print("%d questions answered from %s; %d rounds; load average %.1f on %d cores" % (
        len(asked), SAMPLE, ROUNDS, load, os.cpu_count()))
    print("| page | requests | processor time, median / 90th percentile / max (ms) | wall time, the same (ms) |")
    print("|---|---:|---|---|")
    for kind, values in rep.times.items():
        print("| %s | %d | %s | %s |" % (kind, len(values), spread([c for _, c in values]),
                                         spread([w for w, _ in values])))


def spread(values):
    ninetieth = statistics.quantiles(values, n=10, method="inclusive")[8] if len(values) > 1 else values[0]
    return "%.1f / %.1f / %.1f" % (statistics.median(values), ninetieth, max(values))


if __name__ == "__main__":
    main()
