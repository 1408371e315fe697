#!/usr/bin/python3
"""Run arprep over JSONL shards on a Dask distributed cluster.

    scripts/dask_run.py --scheduler tcp://HOST:8786 --out OUT shard-*.jsonl
    scripts/dask_run.py --scheduler-file sched.json --out OUT --steps segment,glossary shards/*.jsonl

Each worker needs the `arprep` binary on its PATH (or --arprep PATH valid on every worker). The
shards are read here and sent to the workers with the tasks, so workers need no shared file
system. Steps (--steps, default all):

  segment, summarize, entities   a map: `arprep CMD --jsonl --jobs N` on each shard; OUT/CMD.jsonl
                                 is the shards' outputs in shard order
  idf                            `arprep idf build --jsonl` on each shard, then `arprep idf merge`
                                 on one worker; OUT/news.idf
  glossary                       `arprep glossary --jsonl --partial` on each shard, then
                                 `arprep glossary merge` on one worker; OUT/glossary.FORMAT

Every shard is written on the worker under its own base name in a private folder and arprep is
run there, so the `doc` field of each line ("shard-001.jsonl:7") is what a single-machine run
from the shards' folder gives: the outputs are byte-for-byte those of

    cd SHARD_DIR && arprep CMD --jsonl shard-*.jsonl

A failed arprep run (exit status other than 0) fails the whole job with its stderr; arprep's
warnings on stderr are printed here, prefixed with the shard's name.
"""

import argparse
import os
import subprocess
import sys
import tempfile

MAP_STEPS = ("segment", "summarize", "entities")
ALL_STEPS = MAP_STEPS + ("idf", "glossary")


def run_arprep(arprep, args, files, out_name=None):
    """Runs arprep ARGS in a fresh folder holding FILES ({name: bytes}); returns (stdout or
    the bytes of out_name, stderr). Runs on a worker."""
    with tempfile.TemporaryDirectory(prefix="arprep-dask-") as tmp:
        for name, data in files.items():
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(data)
        proc = subprocess.run([arprep] + args, cwd=tmp, capture_output=True)
        if proc.returncode != 0:
            raise RuntimeError(
                "arprep %s: exit status %d\n%s"
                % (" ".join(args), proc.returncode, proc.stderr.decode("utf-8", "replace"))
            )
        if out_name is None:
            return proc.stdout, proc.stderr
        with open(os.path.join(tmp, out_name), "rb") as f:
            return f.read(), proc.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="scheduler address, e.g. tcp://10.0.0.1:8786")
    where.add_argument("--scheduler-file", help="the JSON file `dask scheduler --scheduler-file` wrote")
    ap.add_argument("--out", required=True, help="folder for the outputs (created)")
    ap.add_argument("--arprep", default="arprep", help="the arprep binary on the workers (default: arprep on PATH)")
    ap.add_argument("--steps", default=",".join(ALL_STEPS), help="comma-separated: " + ",".join(ALL_STEPS))
    ap.add_argument("--jobs", type=int, default=1, help="arprep --jobs on each task (default 1: Dask runs the tasks in parallel)")
    ap.add_argument("--format", default="tbx", help="glossary output format (default tbx)")
    ap.add_argument("shards", nargs="+", help="JSONL shards (their base names must differ)")
    opts = ap.parse_args()

    steps = [s for s in opts.steps.split(",") if s]
    unknown = [s for s in steps if s not in ALL_STEPS]
    if unknown:
        ap.error("unknown step(s): %s" % ", ".join(unknown))
    names = [os.path.basename(s) for s in opts.shards]
    if len(set(names)) != len(names):
        ap.error("shards must have different base names")

    from distributed import Client

    client = Client(scheduler_file=opts.scheduler_file) if opts.scheduler_file else Client(opts.scheduler)
    os.makedirs(opts.out, exist_ok=True)
    shards = []
    for path, name in zip(opts.shards, names):
        with open(path, "rb") as f:
            data = f.read()
        # Scattered under a hashed key: a key equal to the shard's name would make Dask put the
        # data in place of every argument that spells the name.
        shards.append((name, {name: client.scatter(data)}))

    jobs = ["--jobs", str(opts.jobs)]
    pending = {}  # output name -> list of futures (one per shard), or a single future
    for step in steps:
        if step in MAP_STEPS:
            pending[step + ".jsonl"] = [
                client.submit(run_arprep, opts.arprep, [step, "--jsonl"] + jobs + [name], files, pure=False)
                for name, files in shards
            ]
        elif step == "idf":
            parts = [
                client.submit(run_arprep, opts.arprep,
                              ["idf", "build", "--jsonl"] + jobs + ["-o", "part.idf", name], files, "part.idf", pure=False)
                for name, files in shards
            ]
            pending["news.idf"] = client.submit(merge_parts, opts.arprep, ["idf", "merge"], "news.idf", ".idf", parts, pure=False)
        elif step == "glossary":
            parts = [
                client.submit(run_arprep, opts.arprep,
                              ["glossary", "--jsonl", "--partial"] + jobs + ["-o", "part.agl", name], files, "part.agl", pure=False)
                for name, files in shards
            ]
            out = "glossary." + opts.format
            pending[out] = client.submit(merge_parts, opts.arprep, ["glossary", "merge", "-f", opts.format], out, ".agl", parts, pure=False)

    failed = False
    for out, futures in pending.items():
        try:
            if isinstance(futures, list):
                results = client.gather(futures)
                data = b"".join(r[0] for r in results)
                for (name, _), (_, err) in zip(shards, results):
                    warn(name, err)
            else:
                data, err = futures.result()
                warn(out, err)
        except Exception as e:  # a worker's RuntimeError carries arprep's stderr
            print("dask_run: %s: %s" % (out, e), file=sys.stderr)
            failed = True
            continue
        tmp = os.path.join(opts.out, "." + out + ".tmp")
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, os.path.join(opts.out, out))
        print("dask_run: wrote %s (%d bytes)" % (os.path.join(opts.out, out), len(data)), file=sys.stderr)
    client.close()
    sys.exit(1 if failed else 0)


def merge_parts(arprep, args, out_name, ext, parts):
    """Merges the per-shard parts (bytes, stderr) with `arprep ARGS part-N.EXT... -o OUT`.
    Runs on a worker; Dask passes the parts' results in."""
    files = {}
    for i, (data, _) in enumerate(parts):
        files["part-%04d%s" % (i, ext)] = data
    return run_arprep(arprep, args + ["-o", out_name] + sorted(files), files, out_name)


def warn(name, err):
    for line in err.decode("utf-8", "replace").splitlines():
        print("%s: %s" % (name, line), file=sys.stderr)


if __name__ == "__main__":
    main()
