#!/usr/bin/env python3
"""Times one start of the interview, from launch until its first prompt (the employer's name) is on screen.

    bench/first-prompt.py terminal|pipe COMMAND...      prints the seconds, e.g. 0.213
    bench/first-prompt.py --cpu terminal|pipe COMMAND...    also the CPU seconds it had used by then: 0.213 0.180
    bench/first-prompt.py --second SECONDS terminal|pipe COMMAND...
        then, SECONDS after the first prompt, types an employer's name and times the wait for the first question's
        prompt (the rules must be ready by then): 0.213 0.540, with --cpu the CPU seconds of the whole: 0.213 0.540 0.610

terminal: on a pseudo-terminal of 40 x 100, as a rep's terminal would be (so the JLine console is used);
pipe: standard input and output are pipes (the plain console). The interview is killed as soon as the prompt
shows, before any answer, so nothing is written (with --second it runs in a new temporary folder, removed after).
Used by bench/startup.sh, which interleaves it with the other start-up figures.
"""
import fcntl
import os
import pty
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

PROMPT = b"Employer's name"
QUESTION = b"Your answer ("
LIMIT = 60.0


class Second:
    """What to do after the first prompt: nothing (None), or type a name after a pause and time the next prompt."""
    pause = None


def wait_for_prompt(fd, start, write=None):
    seconds = wait_for(fd, start, PROMPT)
    if Second.pause is None:
        return "%.3f" % seconds
    time.sleep(Second.pause)
    typed = time.monotonic()
    write(b"Timing Workplace\n")
    return "%.3f %.3f" % (seconds, wait_for(fd, typed, QUESTION))


def wait_for(fd, start, prompt):
    seen = b""
    while prompt not in seen:
        if time.monotonic() - start > LIMIT:
            raise RuntimeError("no prompt after %.0f s; saw: %r" % (LIMIT, seen[-300:]))
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError("the command ended before its prompt; saw: %r" % seen[-300:])
            seen += chunk
    return time.monotonic() - start


def killed(pid):
    """Kills the process and reaps it; the user + system seconds it had used (the kernel's accounting)."""
    os.kill(pid, signal.SIGKILL)
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_utime + usage.ru_stime


def on_terminal(command):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(sys.stdout.fileno(), termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        os.execvp(command[0], command)
    cpu = None
    try:
        seconds = wait_for_prompt(fd, start, lambda line: os.write(fd, line.replace(b"\n", b"\r")))
    finally:
        cpu = killed(pid)
        os.close(fd)
    return seconds, cpu


def on_pipe(command):
    start = time.monotonic()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        seconds = wait_for_prompt(process.stdout.fileno(), start,
                                  lambda line: (process.stdin.write(line), process.stdin.flush()))
    finally:
        cpu = killed(process.pid)
        process.returncode = -signal.SIGKILL  # reaped above: Popen must not wait for it again
    return seconds, cpu


if __name__ == "__main__":
    arguments = sys.argv[1:]
    with_cpu = arguments[:1] == ["--cpu"]
    arguments = arguments[1:] if with_cpu else arguments
    if arguments[:1] == ["--second"] and len(arguments) > 1:
        Second.pause = float(arguments[1])
        arguments = arguments[2:]
    if len(arguments) < 2 or arguments[0] not in ("terminal", "pipe"):
        sys.exit(__doc__)
    timer = on_terminal if arguments[0] == "terminal" else on_pipe
    command = [os.path.abspath(arguments[1]) if os.path.exists(arguments[1]) else arguments[1]] + arguments[2:]
    folder = tempfile.mkdtemp() if Second.pause is not None else None
    try:
        if folder:
            os.chdir(folder)
        seconds, cpu = timer(command)
    finally:
        if folder:
            shutil.rmtree(folder)
    print("%s %.3f" % (seconds, cpu) if with_cpu else seconds)
