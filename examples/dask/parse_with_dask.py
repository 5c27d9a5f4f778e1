#!/usr/bin/python3
"""Parse NDJSON postings with jobparse inside Dask.

A dask.bag over NDJSON files (one partition per file); each partition is piped through ONE
long-lived `jobparse --lines` process (one per worker, kept from partition to partition; never one
per posting), and the records are written
as NDJSON, one output file per partition. The cluster is a distributed.LocalCluster with worker
processes under nannies and a real scheduler over TCP, so a worker that dies is restarted and its
tasks rerun: an output file is written whole by the task that owns it, so a rerun replaces it and
no record is lost or doubled.

    /usr/bin/python3 examples/dask/parse_with_dask.py --input 'postings/*.ndjson' --output records/ \
        --jobparse 'jobparse' --workers 2 [--kill-worker] [--now 2026-11-27]

On a real cluster, point a Client at the scheduler (--scheduler tcp://host:8786) instead: every
worker needs Node.js and jobparse on its PATH (npm install -g jobparse), or the --jobparse command
must name a path that exists on every worker.
"""

import argparse
import datetime
import json
import os
import shlex
import signal
import subprocess
import sys
import threading
import time


def _jobparse(command):
    """This worker thread's jobparse process, started on its first partition and kept for the next:
    it loads the parser and warms V8 up once (a fresh process spends its first hundred postings or so
    at a third of full speed). Kept on the thread object: these functions are shipped to the workers
    by value, so they can hold no module state of their own."""
    here = threading.current_thread()
    proc, cmd = getattr(here, "jobparse", (None, None))
    if proc is None or proc.poll() is not None or cmd != command:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        here.jobparse = (proc, command)
    return proc


def parse_partition(lines, command):
    """Pipes one partition's lines through this worker's long-lived `jobparse --lines` process and
    returns its output lines: exactly one per input line, in order, errors in place (the --lines
    contract). A process that breaks that is dropped, and the task fails for Dask to retry."""
    lines = [line[:-1] if line.endswith("\n") else line for line in lines]
    if not lines:
        return []
    proc = _jobparse(command)

    def feed():
        try:
            for line in lines:
                proc.stdin.write(line.encode("utf-8") + b"\n")
            proc.stdin.flush()
        except (BrokenPipeError, ValueError):
            pass  # the process died: the count check below says so

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()  # write and read at once, so neither pipe can fill up and stall the other
    out = []
    for _ in lines:
        raw = proc.stdout.readline()
        if not raw:
            break
        out.append(raw.decode("utf-8").rstrip("\n"))
    writer.join()
    if len(out) != len(lines):
        proc.kill()
        threading.current_thread().jobparse = (None, None)
        raise RuntimeError(f"jobparse --lines gave {len(out)} lines for {len(lines)} (exit {proc.wait()})")
    return out


def _cpu_of_tree():
    """CPU seconds of this process and every process under it (nannies, workers, jobparse), the
    ones that ended and were waited for included."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for p in [me] + me.children(recursive=True):
        try:
            t = p.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
        except psutil.Error:
            pass
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True, help="glob of NDJSON files of postings ({\"id\",\"text\"} lines)")
    ap.add_argument("--output", required=True, help="folder for the records (part-*.ndjson)")
    ap.add_argument("--jobparse", default="jobparse", help="the jobparse command, as shell words")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scheduler", help="address of a running scheduler (default: start a LocalCluster)")
    ap.add_argument("--now", help="reference date for every worker (default: today in UTC, fixed once)")
    ap.add_argument("--kill-worker", action="store_true", help="kill -9 a busy worker process mid-run")
    ap.add_argument("--stats", help="write timings as JSON to this file")
    args = ap.parse_args()

    import dask.bag as db
    from distributed import Client, LocalCluster, wait

    # One date for the whole run, so a run that crosses midnight gives the same records throughout.
    now = args.now or datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    # One thread per worker, so --concurrency 1: the parallelism is Dask's, one core per worker.
    command = shlex.split(args.jobparse) + ["--lines", "--concurrency", "1", "--now", now]

    started = time.perf_counter()
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,  # worker processes under nannies: a killed worker is restarted
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=40,  # errors only
        )
        client = Client(cluster)
    client.wait_for_workers(args.workers)
    ready = time.perf_counter()
    print(f"dask: scheduler {client.scheduler.address}, {len(client.scheduler_info()['workers'])} worker processes", flush=True)

    if "://" not in args.output:
        os.makedirs(args.output, exist_ok=True)  # a URL (s3://, hdfs://) is made by fsspec
    bag = db.read_text(args.input, blocksize=None, encoding="utf-8")  # one partition per file
    records = bag.map_partitions(parse_partition, command)
    writes = records.to_textfiles(os.path.join(args.output, "part-*.ndjson"), compute=False, last_endline=True)
    futures = client.compute(writes)

    if args.kill_worker:
        kill_busy_worker(client, futures)

    wait(futures)
    failed = [f for f in futures if f.status != "finished"]
    for f in failed:
        print(f"dask: a partition failed: {f.exception()}", file=sys.stderr)
    done = time.perf_counter()
    print(f"dask: {bag.npartitions} partitions parsed in {done - ready:.2f} s (cluster start {ready - started:.2f} s)", flush=True)
    if args.stats:
        # with a --scheduler of its own, the workers are not under this process: only its share is seen
        with open(args.stats, "w") as fh:
            json.dump({"startS": ready - started, "parseS": done - ready, "cpuS": _cpu_of_tree(), "partitions": bag.npartitions, "workers": args.workers}, fh)
    client.close()
    if cluster is not None:
        cluster.close()
    return 1 if failed else 0


def kill_busy_worker(client, futures):
    """Waits until a partition is written and another is in progress, then kills (-9) the
    process of a worker that is running a task: its work is lost and must be redone."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        finished = sum(f.done() for f in futures)
        busy = [addr for addr, keys in client.processing().items() if keys]
        if finished >= 1 and busy and finished < len(futures):
            pids = client.run(os.getpid)
            victim = busy[0]
            os.kill(pids[victim], signal.SIGKILL)
            print(f"dask: kill -9 worker {victim} (pid {pids[victim]}) while it ran a partition; {finished} of {len(futures)} partitions were done", flush=True)
            return
        time.sleep(0.02)
    print("dask: found no moment to kill a worker mid-run", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
