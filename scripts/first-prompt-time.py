#!/usr/bin/env python3
"""Times the interview from launch to its welcome, to its first prompt (the employer's name) and to its first question.

Runs the shaded jar N times (default 10) on a pseudo-terminal, as a rep's terminal would (so the JLine console is
used), and N times with standard input and output as pipes (the plain console). For each run it notes when
"Employer's name" first appears, then presses Enter at once and notes when "Question 1" appears: the second figure
is the worst case, a rep who skips the employer's name without pausing, and includes compiling the rules.

Usage: python3 scripts/first-prompt-time.py [JAR] [RUNS]      (after: mvn -B -q package -DskipTests)
Nothing is written: the interview is stopped with Ctrl-C / end of input before any answer.
"""
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time

JAR = sys.argv[1] if len(sys.argv) > 1 else "target/monitoring-advisor.jar"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 10
COMMAND = ["java", "-jar", JAR, "interview", "--file", "/tmp/first-prompt-time-unused.yaml"]


def wait_for(read, text, seen, start, limit=60.0):
    while text not in seen[0]:
        if time.monotonic() - start > limit:
            raise RuntimeError("timed out waiting for " + repr(text) + "; saw:\n" + seen[0][-500:])
        chunk = read()
        if chunk:
            seen[0] += chunk.decode("utf-8", "replace")
    return time.monotonic() - start


def on_terminal():
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        # A real terminal has a size; JLine cannot lay out its prompt on a 0x0 one.
        fcntl.ioctl(sys.stdout.fileno(), termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        os.execvp(COMMAND[0], COMMAND)
    seen = [""]

    def read():
        ready, _, _ = select.select([fd], [], [], 0.05)
        return os.read(fd, 65536) if ready else b""

    try:
        welcome = wait_for(read, "guided interview", seen, start)
        prompt = wait_for(read, "Employer's name", seen, start)
        os.write(fd, b"\r")
        question = wait_for(read, "Question 1", seen, start)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    return welcome, prompt, question


def on_pipe():
    start = time.monotonic()
    process = subprocess.Popen(COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    seen = [""]

    def read():
        ready, _, _ = select.select([process.stdout], [], [], 0.05)
        return os.read(process.stdout.fileno(), 65536) if ready else b""

    try:
        welcome = wait_for(read, "guided interview", seen, start)
        prompt = wait_for(read, "Employer's name", seen, start)
        process.stdin.write(b"\n")
        process.stdin.flush()
        question = wait_for(read, "Question 1", seen, start)
    finally:
        process.kill()
        process.wait()
    return welcome, prompt, question


def report(name, runs):
    print(f"{name}, {len(runs)} runs:")
    for index, what in enumerate(["welcome on screen", "first prompt (employer's name)",
                                  "first question, Enter pressed at once"]):
        times = [run[index] for run in runs]
        print(f"  {what}: median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f})")


if __name__ == "__main__":
    print("load average before:", os.getloadavg())
    report("terminal (JLine)", [on_terminal() for _ in range(RUNS)])
    report("pipe (plain)    ", [on_pipe() for _ in range(RUNS)])
    print("load average after:", os.getloadavg())
