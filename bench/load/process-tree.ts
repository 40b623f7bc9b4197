/**
 * Reads a process tree from /proc (Linux): the app is start.mjs (one process, or a cluster primary
 * with workers), so memory and CPU are summed over the pid we spawned and its descendants.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessSample {
  pid: number;
  name: string;
  rssBytes: number;
  /** user + system CPU time in seconds since the process started. */
  cpuSeconds: number;
}

const TICKS = 100; // USER_HZ on Linux
const PAGE = 4096;

function stat(pid: number): { ppid: number; name: string; cpuSeconds: number; rssBytes: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const name = text.slice(text.indexOf('(') + 1, close);
    const fields = text.slice(close + 2).split(' ');
    // fields[0] is state (field 3); ppid is field 4, utime 14, stime 15, rss 24 (in pages)
    return {
      ppid: Number(fields[1]),
      name,
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS,
      rssBytes: Number(fields[21]) * PAGE,
    };
  } catch {
    return null; // exited between readdir and read
  }
}

/**
 * The process `root` and all its descendants, with RSS and CPU time.
 * @example const tree = processTree(server.pid); tree.reduce((s, p) => s + p.rssBytes, 0);
 */
export function processTree(root: number): ProcessSample[] {
  const all = new Map<number, NonNullable<ReturnType<typeof stat>>>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (s) all.set(Number(entry), s);
  }
  const out: ProcessSample[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    const s = all.get(pid);
    if (!s) continue;
    out.push({ pid, name: s.name, rssBytes: s.rssBytes, cpuSeconds: s.cpuSeconds });
    for (const [child, cs] of all) if (cs.ppid === pid) queue.push(child);
  }
  return out;
}

/** Whether some process other than ours is running `next build` (other engineers build in this checkout). */
export function otherBuildRunning(): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (/next build|next-build/.test(cmd)) return true;
    } catch {
      // exited
    }
  }
  return false;
}

/**
 * CPU seconds used so far by each live Postgres backend serving database `database` (their
 * process title names it), by pid, so other work on the same server is not counted.
 * @example const byPid = postgresBackendCpu('eventflow_load_abc');
 */
export function postgresBackendCpu(database: string): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let title: string;
    try {
      title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (!title.startsWith('postgres: ') || !title.split(' ').includes(database)) continue;
    const cpu = stat(Number(entry))?.cpuSeconds;
    if (cpu !== undefined) byPid.set(Number(entry), cpu);
  }
  return byPid;
}

export interface CpuMeter {
  /** CPU seconds of every backend seen since the meter started, as of now. */
  seconds(): number;
  stop(): void;
}

/**
 * A running CPU count of a database's backends that keeps what a backend had used when last
 * seen after it exits (the app's pool closes idle connections, which would make a before/after
 * difference of live backends fall, even below zero). Sampled every `everyMs`, so a backend loses
 * at most its last interval. Counts from the meter's start.
 * @example const meter = postgresCpuMeter(db.name); …; const used = meter.seconds(); meter.stop();
 */
export function postgresCpuMeter(database: string, everyMs = 250, read: (database: string) => Map<number, number> = postgresBackendCpu): CpuMeter {
  const baseline = read(database);
  const lastSeen = new Map<number, number>();
  const sample = () => {
    for (const [pid, cpu] of read(database)) {
      // Below its baseline, the pid is a new backend's: count it from zero.
      const base = baseline.get(pid) ?? 0;
      lastSeen.set(pid, cpu >= base ? cpu - base : cpu);
    }
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    seconds() {
      sample();
      let total = 0;
      for (const used of lastSeen.values()) total += used;
      return total;
    },
    stop: () => clearInterval(timer),
  };
}

/** Busy CPU seconds of the whole machine so far, all cores (/proc/stat: everything but idle and iowait). */
export function machineBusyCpuSeconds(): number {
  const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
  const ticks = line!.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  return (total - ticks[3]! - (ticks[4] ?? 0)) / TICKS;
}
