import { type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';

/** A process and all its descendants, from /proc (Linux). */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    // The process ended while it was being read.
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Resident memory of a process and its descendants, in bytes (0 once they have ended). */
export function treeRss(pid: number): number {
  return processTree(pid).reduce((total, member) => {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${member}/status`, 'utf8'));
      return total + (match ? Number(match[1]) * 1024 : 0);
    } catch {
      return total;
    }
  }, 0);
}

/** CPU time a process has used so far, in clock ticks (utime + stime from /proc/<pid>/stat). */
function cpuTicks(pid: number): number {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 12th and 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * Waits (at most 60 s) until the process uses under a tenth of a core over a quarter second: a server goes on
 * rendering the requests a load test abandoned, and the next measurement must not share the CPU with them.
 */
export async function waitUntilIdle(pid: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const before = cpuTicks(pid);
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (cpuTicks(pid) - before < 3) return;
  }
}

/** Samples treeRss every 100 ms until stopped; returns the peak. */
export function sampleRss(pid: number): { stop: () => number } {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, treeRss(pid));
    },
  };
}

/** Ends a child started with `detached: true` and everything it started: TERM, then KILL after 5 s. */
export async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
