#!/usr/bin/env python3
"""Checks of scripts/thread-cpu.py and scripts/jfr-writer.py: `python3 -m unittest discover -s scripts -p 'test_*.py'`.

A synthetic trace (two threads, one exiting) and synthetic stacks; no JVM needed.
"""
import contextlib
import importlib.util
import io
import os
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cpu = load("thread_cpu", "thread-cpu.py")
jw = load("jfr_writer", "jfr-writer.py")


class Args:
    def __init__(self, trace, window=None, writer=None):
        self.trace, self.window, self.threads, self.split, self.writer = trace, window, 0, None, writer


class ThreadCpuTest(unittest.TestCase):
    def setUp(self):
        tick = cpu.TICK
        lines = [
            "start\t1000.0\t42\tjava -jar x.jar ingest",
            "load\t0.0\t1.5",
            "proc\t0.0\t0\t0\t0",
            f"task\t0.0\t42\tjava\t0",
            f"task\t0.0\t43\tC2 CompilerThre\t0",
            f"task\t0.0\t44\tForkJoinPool-2-\t0",
            "log\t1.0\tingest: committed 200/209",
            f"proc\t2.0\t{10 * tick}\t{9 * tick}\t{tick}",
            f"task\t2.0\t42\tjava\t{3 * tick}",
            f"task\t2.0\t43\tC2 CompilerThre\t{4 * tick}",
            f"task\t2.0\t44\tForkJoinPool-2-\t{2 * tick}",
            "log\t3.0\tingest: committed 209/209",
            # the compiler thread exits: its last second is only in the process's counter
            f"proc\t4.0\t{16 * tick}\t{14 * tick}\t{2 * tick}",
            f"task\t4.0\t42\tjava\t{7 * tick}",
            f"task\t4.0\t44\tForkJoinPool-2-\t{3 * tick}",
            "end\t4.5\t0\t14.00\t2.00\t2.0",
        ]
        fd, self.trace = tempfile.mkstemp(suffix=".trace")
        with os.fdopen(fd, "w") as f:
            f.write("\n".join(lines) + "\n")
        cpu.WRITER_TID = None

    def tearDown(self):
        os.remove(self.trace)
        cpu.WRITER_TID = None

    def report(self, **kw):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cpu.report(Args(self.trace, **kw))
        return out.getvalue()

    def test_groups_add_up_and_exited_threads_are_shown(self):
        text = self.report()
        self.assertIn("| writer (main) | 7.0 |", text)
        self.assertIn("| JIT | 4.0 |", text)
        self.assertIn("| extraction (bench pool) | 3.0 |", text)
        # 16 s in the process, 14 s in live threads: the exited thread's last 2 s
        self.assertIn("| threads gone before a poll (process − groups) | 2.0 |", text)
        self.assertIn("user+sys 16.0 s", text)

    def test_window_between_log_lines(self):
        text = self.report(window=["committed 200", "committed 209"])
        # from t=1.0 to t=3.0 the last polls are t=0 and t=2
        self.assertIn("| writer (main) | 3.0 |", text)
        self.assertIn("| JIT | 4.0 |", text)

    def test_writer_tid_counts_a_pool_worker_as_the_writer(self):
        cpu.WRITER_TID = "44"
        text = self.report()
        self.assertIn("| writer (main) | 10.0 |", text)
        self.assertNotIn("extraction (bench pool)", text.split("threads gone")[0].split("| JIT |")[1])

    def test_group_names(self):
        self.assertEqual("text index thread", cpu.group("text-index-writ"))
        self.assertEqual("GC", cpu.group("G1 Conc#0"))
        self.assertEqual("TDB2 bulk loader threads", cpu.group("Thread-14"))
        self.assertEqual("other", cpu.group("Signal Dispatch"))


class JfrWriterTest(unittest.TestCase):
    ENTRY = "org.pledgegraph.cli.PledgeGraph.main"

    def test_phases_nest_and_details(self):
        frames = ["org.apache.jena.tdb2.store.tupletable.TupleTable.add", "org.pledgegraph.store.QuadLoader.add",
                  "org.pledgegraph.store.GraphStore.storeStatistics", "org.pledgegraph.ingest.ResolutionStep.finish",
                  "org.pledgegraph.ingest.BatchWriter.write", self.ENTRY]
        phase, sub, detail, whole = jw.classify(frames)
        self.assertEqual("resolution (ResolutionStep.finish)", phase)
        self.assertEqual("statistics tables", sub)
        self.assertEqual("quad inserts (QuadLoader)", detail)
        self.assertTrue(whole)

    def test_extraction_while_joining_is_not_store_work(self):
        frames = ["org.pledgegraph.ingest.DocumentPipeline.process", "java.util.concurrent.ForkJoinTask.join",
                  "org.pledgegraph.ingest.BatchWriter.write", self.ENTRY]
        self.assertEqual("extraction run by the writer (join)", jw.classify(frames)[0])

    def test_a_cut_stack_is_not_whole(self):
        frames = ["org.apache.jena.sparql.engine.iterator.QueryIteratorBase.hasNext"] * 64
        self.assertFalse(jw.classify(frames)[3])


if __name__ == "__main__":
    unittest.main()
