// Shared by `npm start` and `npm test`. Plain Node (no dependencies): it runs before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the repo root, inheriting stdio; throws when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

/** Starts a long-running child process that dies with us. */
export function launch(name, command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null) console.error(`[${name}] exited with code ${code}`);
  });
  return child;
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (mtime(marker) >= mtime(join(root, 'package-lock.json'))) return;
  console.log('• Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Fails early, with the fix, when Postgres or Redis is not running. */
export async function ensureServices(databaseUrl, redisUrl) {
  const checks = [
    ['PostgreSQL', new URL(databaseUrl), 5432],
    ['Redis', new URL(redisUrl), 6379],
  ];
  for (const [name, url, defaultPort] of checks) {
    const port = Number(url.port || defaultPort);
    if (!(await reachable(url.hostname, port))) {
      throw new Error(
        `${name} is not reachable at ${url.hostname}:${port}. Start it (see README, "Requirements") and retry.`,
      );
    }
  }
}

/** Generates the Prisma client, creates the database and applies migrations. */
export function prepareDatabase(databaseUrl) {
  run('npx', ['tsx', 'scripts/prepare-database.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

export const CHROMIUM = '/usr/bin/chromium';

/** Installs Debian's Chromium for the browser tests when it is missing. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log('• Installing Chromium for the browser tests (apt-get)…');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const apt = (args) => {
    const [command, ...rest] = [...asRoot, 'apt-get', ...args];
    run(command, rest, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
}
