#!/usr/bin/env python3
"""Where ingest's writer thread spends its CPU, from a JFR recording's execution samples (BENCHMARKS.md, session 29).

  jfr-writer.py F.jfr [--cpu SECONDS] [--thread main]

Reads `jfr print --events jdk.ExecutionSample` and puts each sample of the writer thread in the first phase whose
frame it has (the table below, outermost phase first). With --cpu (the writer's user+sys seconds, e.g. from
thread-cpu.py) every share is also given as CPU seconds. JFR keeps 64 frames by default: a sample whose stack was
cut above every pledgegraph frame (deep SPARQL iterators) is put in the phase running at its time instead
(the phase of the nearest sample in time that has one), and counted as such.
"""
import argparse
import bisect
import os
import re
import subprocess
from datetime import datetime, timezone

# (phase, frame pattern, parent phase). The first matching row decides; children are tried only inside parents.
PHASES = [
    # A writer that joins the next chunk's extraction may run some of it itself (fork/join helping).
    ("extraction run by the writer (join)", r"ingest\.DocumentPipeline\.process", None),
    ("resolution (ResolutionStep.finish)", r"ingest\.ResolutionStep\.finish", None),
    ("cross-year pass", r"ingest\.CrossYearStep\.run", "resolution (ResolutionStep.finish)"),
    ("mentions read back", r"store\.GraphStore\.mentions( |$)", "resolution (ResolutionStep.finish)"),
    ("resolver", r"resolve\.Resolver\.resolve", "resolution (ResolutionStep.finish)"),
    ("entities graph", r"store\.GraphStore\.storeEntities", "resolution (ResolutionStep.finish)"),
    ("statistics tables", r"store\.GraphStore\.storeStatistics", "resolution (ResolutionStep.finish)"),
    ("VoID", r"store\.GraphStore\.refreshVoid", "resolution (ResolutionStep.finish)"),
    ("pending mark", r"store\.GraphStore\.(clearPending|pendingJurisdictions)", "resolution (ResolutionStep.finish)"),
    ("document graphs (storeDocument)", r"store\.GraphStore\.storeDocument", None),
    ("commit", r"store\.GraphStore\.(write|commit)|Transactional\.commit|TransactionCoordinator.*commit", None),
]
# Inside a phase: what the time is spent on (first match wins).
DETAIL = [
    ("quad inserts (QuadLoader)", r"store\.QuadLoader"),
    ("statistics: AnswerTable row queries", r"AnswerTable"),
    ("statistics: ReappearTable", r"ReappearTable"),
    ("statistics: AnswerSnapshot", r"AnswerSnapshot"),
    ("text index (hand-over, patch)", r"store\.(TextIndex|TextWrites|TextFields|SentenceLinks)"),
    ("cross-year: documents read back (siblingDocument)", r"GraphStore\.(siblingDocument|documentsByJurisdiction)"),
    ("cross-year: patch (replaceCorroborated)", r"GraphStore\.replaceCorroborated"),
    ("cross-year: the pass (CrossYearPass.find)", r"CrossYearPass\.find"),
    ("mentions read (MentionReader)", r"MentionReader"),
    ("entities: EntityMapper", r"EntityMapper"),
]


def samples(jfr, thread):
    """(time in s since the epoch, thread, [frames, innermost first]) of each execution sample of a thread whose
    name matches the regex `thread`."""
    day = os.path.getmtime(jfr) // 86400 * 86400
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "512", jfr],
                          capture_output=True, text=True, check=True).stdout
    for block in text.split("jdk.ExecutionSample {")[1:]:
        m = re.search(r'sampledThread = "([^"]*)"', block)
        if not m or not re.fullmatch(thread, m.group(1)):
            continue
        # `jfr print` gives the time of day only (UTC here); the day is the recording file's.
        t = re.search(r"startTime = (\d\d):(\d\d):(\d\d(\.\d+)?)", block)
        when = day + int(t.group(1)) * 3600 + int(t.group(2)) * 60 + float(t.group(3))
        frames = re.findall(r"^\s+([\w$.<>]+)\(", block, re.M)
        yield when, m.group(1), frames


def classify(frames):
    outer = " ".join(reversed(frames))
    phase = None
    for name, pattern, parent in PHASES:
        if parent is None and re.search(pattern, outer):
            phase = name
            break
    sub = None
    if phase:
        for name, pattern, parent in PHASES:
            if parent == phase and re.search(pattern, outer):
                sub = name
                break
    detail = next((name for name, pattern in DETAIL if re.search(pattern, outer)), None)
    # A stack deeper than the recorder keeps (64 frames by default) lost its outer frames, down to the thread's
    # entry point: its phase is unknown.
    whole = bool(frames) and re.search(r"(\.main|Thread\.run|ForkJoinWorkerThread\.run)$", frames[-1]) is not None
    return phase, sub, detail, whole


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("jfr")
    p.add_argument("--cpu", type=float, help="the writer thread's CPU seconds (user+sys)")
    p.add_argument("--thread", default="main",
                   help="regex of the writer's thread name (bench: ForkJoinPool-.*, the one writing is chosen)")
    p.add_argument("--window", nargs=2, type=float, metavar=("FROM", "TO"),
                   help="only samples between these times (s since the epoch; thread-cpu.py report prints them)")
    a = p.parse_args()
    got = [(t, name, f) for t, name, f in samples(a.jfr, a.thread)
           if not a.window or a.window[0] <= t <= a.window[1]]
    # The writer: of the matching threads, the one with the most samples inside BatchWriter.write.
    writes = {}
    for t, name, f in got:
        if any("ingest.BatchWriter.write" in x for x in f):
            writes[name] = writes.get(name, 0) + 1
    writer = max(writes, key=writes.get) if writes else a.thread
    rows = [(t, *classify(f)) for t, name, f in got if name == writer]
    a.thread = writer
    rows.sort()
    # Cut stacks: the phase of the nearest sample in time that has pledgegraph frames.
    known = [(t, ph, sub) for t, ph, sub, _, whole in rows if whole and ph]
    times = [k[0] for k in known]
    cut = 0
    counts, details, windows = {}, {}, {}
    for t, ph, sub, detail, whole in rows:
        if not whole and known:
            i = bisect.bisect_left(times, t)
            near = min((j for j in (i - 1, i) if 0 <= j < len(known)), key=lambda j: abs(times[j] - t))
            ph, sub = known[near][1], known[near][2]
            detail = detail or "(stack cut: placed by time)"
            cut += 1
        key = (ph or "other (start-up, JIT-less runs, waits)", sub)
        counts[key] = counts.get(key, 0) + 1
        details[(key, detail)] = details.get((key, detail), 0) + 1
        w = windows.setdefault(key, [t, t])
        w[0], w[1] = min(w[0], t), max(w[1], t)
    n = len(rows)
    print(f"writer thread '{a.thread}': {n} execution samples, {cut} with stacks cut at the recorder's depth "
          f"(placed by time)")
    print("| writer phase | samples | share | CPU s | first – last sample (UTC) |")
    print("|---|---|---|---|---|")
    tops = {}
    for (ph, sub), c in counts.items():
        tops[ph] = tops.get(ph, 0) + c
    for ph, c in sorted(tops.items(), key=lambda kv: -kv[1]):
        cpu = f"{a.cpu * c / n:.1f}" if a.cpu else ""
        ts = [w for (p2, _), w in windows.items() if p2 == ph]
        span = f"{fmt(min(w[0] for w in ts))} – {fmt(max(w[1] for w in ts))}"
        print(f"| **{ph}** | {c} | {100 * c / n:.1f} % | {cpu} | {span} |")
        for (p2, sub), c2 in sorted(counts.items(), key=lambda kv: -kv[1]):
            if p2 != ph or sub is None:
                continue
            cpu2 = f"{a.cpu * c2 / n:.1f}" if a.cpu else ""
            w = windows[(p2, sub)]
            print(f"| — {sub} | {c2} | {100 * c2 / n:.1f} % | {cpu2} | {fmt(w[0])} – {fmt(w[1])} |")
            for ((k, d), c3) in sorted(details.items(), key=lambda kv: -kv[1]):
                if k == (p2, sub) and d:
                    cpu3 = f"{a.cpu * c3 / n:.1f}" if a.cpu else ""
                    print(f"| —— {d} | {c3} | {100 * c3 / n:.1f} % | {cpu3} | |")
        for ((k, d), c3) in sorted(details.items(), key=lambda kv: -kv[1]):
            if k == (ph, None) and d and ph.startswith("document"):
                cpu3 = f"{a.cpu * c3 / n:.1f}" if a.cpu else ""
                print(f"| —— {d} | {c3} | {100 * c3 / n:.1f} % | {cpu3} | |")


def fmt(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%H:%M:%S")


if __name__ == "__main__":
    main()
