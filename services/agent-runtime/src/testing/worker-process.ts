import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const RUNTIME_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** The agent worker (`src/main.ts start`) running as a child process, with its output kept. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  /** stdout and stderr so far (for failure messages). */
  output(): string;
  /** Waits until `text` has appeared `count` times in the output; false after `timeoutMs`. */
  waitForOutput(text: string, count: number, timeoutMs: number): Promise<boolean>;
  /** Every live process under the worker (job and inference processes), by pid. */
  descendants(): number[];
  /** SIGTERM, then waits for exit (SIGKILL after `timeoutMs`); resolves to the exit code. */
  stop(timeoutMs?: number): Promise<number | null>;
}

/** A TCP port that was free a moment ago (for servers that cannot be given port 0). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Starts `node --import tsx src/main.ts start` as `npm start` does, with only the given
 * environment (plus PATH and HOME): nothing of the test's own environment leaks into it.
 */
export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: RUNTIME_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return {
    child,
    output: () => output,
    async waitForOutput(text, count, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (output.split(text).length - 1 < count) {
        if (Date.now() > deadline || child.exitCode !== null) return false;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return true;
    },
    descendants: () => (child.pid ? descendantsOf(child.pid) : []),
    async stop(timeoutMs = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const [code] = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Pids of every process below `pid` (children, grandchildren…), from `ps`. */
export function descendantsOf(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift() as number;
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** Whether a process with this pid is still running (zombies count as gone). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
    return !state.trim().startsWith('Z');
  } catch {
    return false;
  }
}
