#!/usr/bin/env python3
"""The physical limit of a `swarmplay --benchmark-play` start and seek.

Run the benchmark with the block log on and keep both outputs:

    QT_LOGGING_RULES="swarmplay.blocks=true" swarmplay --benchmark-play SOURCE --seek 0.5 \
        > run.json 2> run.log
    python3 tests/bench/playlimits.py run.json run.log

The start's limit is the time by which the swarm had delivered as many bytes, of any blocks, as
the demuxer read before its first frame (each byte it read counted once). The seek's is the time,
after the seek began, by which the swarm had delivered as many blocks as the seek needed and did
not have: those the demuxer read until the seek's first frame and, before each span it read, the
blocks of that span's first piece, which libtorrent fetches first. Rate-capped seeders start late
and send in bursts, so bytes divided by the nominal rate would be a limit nobody can reach.

Prints the run's JSON with `first_frame_limit_s`, `first_frame_to_limit`, `seek_limit_s` and
`seek_to_limit` added, and with `first_frame_last_block_s` and `seek_last_block_s`: when the last
of the blocks the demuxer read arrived (the seek's from when it began). The distance from the
limit to the last block is the swarm's order; from the last block to the frame, the player's.
"""
import json
import re
import sys

BLOCK = 16 * 1024
GOT = re.compile(r"swarmplay\.blocks: (-?\d+) ms: got (\d+)/(\d+) ")
CLOCK = re.compile(r"session clock starts at (\d+) ms of the monotonic clock")


def arrivals(log_path, clock_reference_ms):
    """(seconds on the benchmark's clock, piece, block) for every block that arrived, in order."""
    offset_ms = None
    out = []
    with open(log_path, errors="replace") as log:
        for line in log:
            m = GOT.search(line)
            if m and offset_ms is not None:
                out.append(((int(m.group(1)) + offset_ms) / 1000.0, int(m.group(2)), int(m.group(3))))
                continue
            c = CLOCK.search(line)
            if c:
                offset_ms = int(c.group(1)) - clock_reference_ms
    if offset_ms is None:
        raise SystemExit(f"{log_path}: no 'session clock starts' line; was swarmplay.blocks on?")
    out.sort()
    return out


def time_for(blocks_needed, got, since):
    """When the swarm had delivered blocks_needed blocks after `since`, or None."""
    if blocks_needed <= 0:
        return since
    n = 0
    for t, _, _ in got:
        if t < since:
            continue
        n += 1
        if n >= blocks_needed:
            return t
    return None


def needed_blocks(spans, run, piece_before):
    """(piece, block) of every block in the file spans [offset, length]; with piece_before, also
    the blocks before each span in its piece, which libtorrent fetches first."""
    piece = run["piece_size"]
    base = run.get("file_offset", 0)
    needed = set()
    for offset, length in spans:
        begin = base + offset
        end = begin + length
        if piece_before:
            begin -= begin % piece
        for a in range(begin - begin % BLOCK, end, BLOCK):
            needed.add((a // piece, (a % piece) // BLOCK))
    return needed


def last_block(spans, run, got, since, piece_before):
    """When the last block of the file spans [offset, length] arrived at or after `since`."""
    needed = needed_blocks(spans, run, piece_before)
    first = {}
    for t, p, b in got:
        if (p, b) in needed and (p, b) not in first:
            first[(p, b)] = t
    times = [t for t in first.values() if t >= since]
    return max(times) if times else None


def seek_blocks(run, got):
    """How many blocks the seek needed that were not there when it began."""
    before = {(p, b) for t, p, b in got if t < run["seek_started_s"]}
    needed = needed_blocks(run.get("seek_demuxer_reads", []), run, True)
    return len(needed - before)


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: playlimits.py RUN.json RUN.log")
    lines = [l for l in open(sys.argv[1]).read().splitlines() if l.strip().startswith("{")]
    if not lines:
        raise SystemExit(f"{sys.argv[1]}: no JSON line")
    run = json.loads(lines[-1])
    if "clock_reference_ms" not in run:
        raise SystemExit(f"{sys.argv[1]}: no clock_reference_ms; this build predates the limits")
    got = arrivals(sys.argv[2], run["clock_reference_ms"])
    if "demuxer_bytes" in run and "first_frame_s" in run:
        limit = time_for(-(-run["demuxer_bytes"] // BLOCK), got, 0.0)
        if limit:
            run["first_frame_limit_s"] = round(limit, 3)
            run["first_frame_to_limit"] = round(run["first_frame_s"] / limit, 2)
        if "piece_size" in run:
            t = last_block(run.get("demuxer_reads", []), run, got, 0.0, False)
            if t is not None:
                run["first_frame_last_block_s"] = round(t, 3)
    if "seek_demuxer_reads" in run and "seek_to_frame_s" in run and "piece_size" in run:
        needed = seek_blocks(run, got)
        done = time_for(needed, got, run["seek_started_s"])
        run["seek_blocks_needed"] = needed
        t = last_block(run["seek_demuxer_reads"], run, got, run["seek_started_s"], True)
        if t is not None:
            run["seek_last_block_s"] = round(t - run["seek_started_s"], 3)
        if done is not None:
            limit = done - run["seek_started_s"]
            run["seek_limit_s"] = round(limit, 3)
            if limit > 0:
                run["seek_to_limit"] = round(run["seek_to_frame_s"] / limit, 2)
    print(json.dumps(run, sort_keys=True))


if __name__ == "__main__":
    main()
