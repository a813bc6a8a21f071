#!/usr/bin/env python3
"""CPU seconds per thread group of one process, from Linux's per-thread counters (BENCHMARKS.md, session 29).

  thread-cpu.py run --out TRACE -- CMD ARGS...   run CMD (e.g. `nice -n 10 java -jar ... ingest ...`), poll
                                                 /proc/PID/task/*/stat every --interval s, its stderr lines
                                                 timestamped into TRACE as well (phase marks)
  thread-cpu.py report TRACE [--window FROM TO]  CPU seconds per thread group, in the whole run or between the
                                                 first stderr lines matching the regexes FROM and TO (END: the end);
                 [--split L=HH:MM:SS ...]        also per group between these UTC times (phases, jfr-writer.py)
                 [--writer TID] [--threads N]    a bench's writer thread by id; the N busiest threads

Why not JFR: jdk.ThreadCPULoad is a 10 s load sample of Java threads only; GC and JIT threads are native. The
kernel's utime/stime per task covers every thread (user+sys, clock ticks), and the process's own counters (in
/proc/PID/stat and the final rusage) include threads that exited, so what the groups miss is shown, not hidden.
"""
import argparse
import os
import re
import resource
import subprocess
import sys
import threading
import time

TICK = os.sysconf("SC_CLK_TCK")
EPOCH = 0.0  # the trace's start, seconds since the epoch

# Native thread names (15 characters at most) -> group; the first pattern that matches wins.
GROUPS = [
    # The launcher runs Java's main thread (ingest's writer) in a thread of its own named after the process.
    ("writer (main)", r"^java$"),
    ("extraction (common pool)", r"^ForkJoinPool\.co"),
    # bench: its ingest runs in a ForkJoinPool of its own (--threads), so extraction's workers are named so.
    ("extraction (bench pool)", r"^ForkJoinPool-"),
    ("TDB2 bulk loader threads", r"^(Thread-|pool-)"),
    ("text index thread", r"^text-index-writ"),
    ("Lucene merges", r"^Lucene Merge"),
    ("GC", r"^(GC Thread|G1 )"),
    ("JIT", r"^((C1|C2) Compiler|Sweeper thread)"),
    ("JFR", r"^JFR "),
    ("VM thread", r"^VM Thread$"),
]


WRITER_TID = None  # --writer: the bench's writer is a fork/join worker, named as extraction's workers are


def group(name, tid=None):
    if tid is not None and tid == WRITER_TID:
        return "writer (main)"
    for g, pattern in GROUPS:
        if re.search(pattern, name):
            return g
    return "other"


def read_stat(path):
    """(comm, utime + stime in ticks) of one /proc stat file, or None if the task is gone."""
    try:
        with open(path) as f:
            s = f.read()
    except OSError:
        return None
    comm = s[s.index("(") + 1:s.rindex(")")]
    fields = s[s.rindex(")") + 2:].split()
    return comm, int(fields[11]) + int(fields[12]), int(fields[11]), int(fields[12])


def run(args):
    out = open(args.out, "w")
    lock = threading.Lock()
    t0 = time.time()

    def write(line):
        with lock:
            out.write(line + "\n")
            out.flush()

    cmd = args.cmd[1:] if args.cmd and args.cmd[0] == "--" else args.cmd
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, errors="replace")
    write(f"start\t{t0:.3f}\t{proc.pid}\t{' '.join(cmd)}")

    def pump():
        for line in proc.stderr:
            sys.stderr.write(line)
            write(f"log\t{time.time() - t0:.3f}\t{line.rstrip()}")

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    while proc.poll() is None:
        now = time.time() - t0
        with open("/proc/loadavg") as f:
            write(f"load\t{now:.3f}\t{f.read().split()[0]}")
        whole = read_stat(f"/proc/{proc.pid}/stat")
        if whole:
            write(f"proc\t{now:.3f}\t{whole[1]}\t{whole[2]}\t{whole[3]}")
        try:
            tids = os.listdir(f"/proc/{proc.pid}/task")
        except OSError:
            tids = []
        for tid in tids:
            st = read_stat(f"/proc/{proc.pid}/task/{tid}/stat")
            if st:
                write(f"task\t{now:.3f}\t{tid}\t{st[0]}\t{st[1]}")
        time.sleep(args.interval)
    reader.join(timeout=5)
    wall = time.time() - t0
    # The child's rusage (every thread, exited ones too): RUSAGE_CHILDREN of this process, which has one child.
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    write(f"end\t{wall:.3f}\t{proc.returncode}\t{ru.ru_utime:.2f}\t{ru.ru_stime:.2f}\t{load}")
    out.close()
    return proc.returncode


def parse(trace):
    tasks, logs, loads, procs, end = [], [], [], [], None
    with open(trace) as lines:
        rows = [line.rstrip("\n").split("\t") for line in lines]
    for f in rows:
        if f[0] == "start":
            global EPOCH
            EPOCH = float(f[1])
        elif f[0] == "task":
            tasks.append((float(f[1]), f[2], f[3], int(f[4])))
        elif f[0] == "log":
            logs.append((float(f[1]), f[2] if len(f) > 2 else ""))
        elif f[0] == "load":
            loads.append((float(f[1]), float(f[2])))
        elif f[0] == "proc":
            procs.append((float(f[1]), int(f[2])))
        elif f[0] == "end":
            end = (float(f[1]), int(f[2]), float(f[3]), float(f[4]), float(f[5]))
    return tasks, logs, loads, procs, end


def at(series, t):
    """The last value of a thread's (time, ticks) series at or before t (0 before its first sample)."""
    v = 0
    for ts, ticks in series:
        if ts > t:
            break
        v = ticks
    return v


def report(args):
    tasks, logs, loads, procs, end = parse(args.trace)
    t_from, t_to = 0.0, float("inf")
    if args.window:
        t_from = next(t for t, l in logs if re.search(args.window[0], l))
        # TO may be "END": up to the process's end.
        t_to = next((t for t, l in logs if t >= t_from and re.search(args.window[1], l)), float("inf"))
    series, names = {}, {}
    for t, tid, comm, ticks in tasks:
        series.setdefault(tid, []).append((t, ticks))
        names[tid] = comm
    per_group, per_thread = {}, []
    for tid, s in series.items():
        cpu = (at(s, t_to) - at(s, t_from)) / TICK
        per_group[group(names[tid], tid)] = per_group.get(group(names[tid], tid), 0.0) + cpu
        per_thread.append((cpu, names[tid], tid))
    proc_series = [(t, v) for t, v in procs]
    proc_cpu = (at(proc_series, t_to) - at(proc_series, t_from)) / TICK
    last = max((t for t, _ in proc_series if t <= t_to), default=0.0)
    wall = min(t_to, last) - t_from
    ld = [l for t, l in loads if t_from <= t <= t_to]
    print(f"window: {t_from:.1f} s .. {min(t_to, last):.1f} s = {wall:.1f} s wall; "
          f"load {ld[0] if ld else '-'} -> {ld[-1] if ld else '-'} (min {min(ld) if ld else '-'}, "
          f"max {max(ld) if ld else '-'})")
    if end and not args.window:
        print(f"process (rusage, exited threads included): wall {end[0]:.1f} s, user {end[2]:.1f} s, "
              f"sys {end[3]:.1f} s, user+sys {end[2] + end[3]:.1f} s, exit {end[1]}, load at end {end[4]}")
    print(f"window in seconds since the epoch (for jfr-writer.py --window): {EPOCH + t_from:.1f} "
          f"{EPOCH + min(t_to, last):.1f}")
    print(f"process CPU in the window (/proc/PID/stat): {proc_cpu:.1f} s = {proc_cpu / wall:.2f} cores")
    total = sum(per_group.values())
    print("| thread group | CPU s | share | cores over the window |")
    print("|---|---|---|---|")
    for g, cpu in sorted(per_group.items(), key=lambda kv: -kv[1]):
        print(f"| {g} | {cpu:.1f} | {100 * cpu / proc_cpu if proc_cpu else 0:.1f} % | {cpu / wall:.2f} |")
    print(f"| threads gone before a poll (process − groups) | {proc_cpu - total:.1f} | "
          f"{100 * (proc_cpu - total) / proc_cpu if proc_cpu else 0:.1f} % | |")
    if args.split:
        split(args.split, series, names, proc_series, loads)
    if args.threads:
        for cpu, name, tid in sorted(per_thread, reverse=True)[:args.threads]:
            print(f"  {cpu:8.1f} s  {name} ({tid})")


def split(marks, series, names, proc_series, loads):
    """CPU seconds of each group between consecutive marks (LABEL=HH:MM:SS, UTC, on the trace's day)."""
    day = EPOCH // 86400 * 86400
    cuts = []
    for m in marks:
        label, hms = m.rsplit("=", 1)
        h, mi, se = hms.split(":")
        cuts.append((label, day + int(h) * 3600 + int(mi) * 60 + float(se) - EPOCH))
    groups = [g for g, _ in GROUPS] + ["other"]
    print()
    print("| from | to | wall s | load | process CPU s | " + " | ".join(groups) + " |")
    print("|---|---|---|---|---|" + "---|" * len(groups))
    for (l0, t0), (l1, t1) in zip(cuts, cuts[1:]):
        per = {}
        for tid, s in series.items():
            g = group(names[tid], tid)
            per[g] = per.get(g, 0.0) + (at(s, t1) - at(s, t0)) / TICK
        ld = [l for t, l in loads if t0 <= t <= t1]
        cpu = (at(proc_series, t1) - at(proc_series, t0)) / TICK
        print(f"| {l0} | {l1} | {t1 - t0:.1f} | {min(ld) if ld else '-'}–{max(ld) if ld else '-'} | {cpu:.1f} | "
              + " | ".join(f"{per.get(g, 0.0):.1f}" for g in groups) + " |")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="verb", required=True)
    r = sub.add_parser("run")
    r.add_argument("--out", required=True)
    r.add_argument("--interval", type=float, default=0.5)
    r.add_argument("cmd", nargs=argparse.REMAINDER)
    q = sub.add_parser("report")
    q.add_argument("trace")
    q.add_argument("--window", nargs=2, metavar=("FROM", "TO"))
    q.add_argument("--threads", type=int, default=0, help="also list the N busiest threads")
    q.add_argument("--writer", metavar="TID", help="count this thread as the writer (bench: the busiest "
                   "ForkJoinPool worker; jfr-writer.py names it, --threads lists the ids)")
    q.add_argument("--split", nargs="+", metavar="LABEL=HH:MM:SS",
                   help="also each group's CPU between these UTC times (e.g. phases from jfr-writer.py)")
    a = p.parse_args()
    global WRITER_TID
    WRITER_TID = getattr(a, "writer", None)
    sys.exit(run(a) if a.verb == "run" else report(a))


if __name__ == "__main__":
    main()
