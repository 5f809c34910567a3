// Static checks of the deployment files (docker/*.Dockerfile, compose.yaml, .env.example) against
// the code they run. No Docker engine runs on these machines, so this is what keeps them honest:
// commands point at files that exist, ports and variables match each service's env.ts, images are
// pinned, and the stack's invariants (health-gated start, Redis for BullMQ) hold.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig as loadRuntimeConfig } from '../services/agent-runtime/src/env.js';
import { loadConfig as loadApiConfig } from '../services/control-api/src/env.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const exists = (path: string) => existsSync(join(root, path));

// ─── Dockerfiles ────────────────────────────────────────────────────────────────────────────────

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  image: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Splits a Dockerfile into stages of instructions (continuations joined, comments dropped). */
function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && current === '')) continue;
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(current + line);
    current = '';
  }
  const stages: Stage[] = [];
  for (const line of logical) {
    if (line === '') continue;
    const [keyword = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (keyword.toUpperCase() === 'FROM') {
      const parts = args.split(/\s+/).filter((part) => !part.startsWith('--'));
      const as = parts.findIndex((part) => part.toUpperCase() === 'AS');
      stages.push({
        image: parts[0] ?? '',
        name: as >= 0 ? parts[as + 1] : undefined,
        instructions: [],
      });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`instruction before FROM: ${line}`);
    stage.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return stages;
}

/** The words of an exec-form (JSON array) or shell-form instruction argument. */
function commandWords(args: string): string[] {
  const text = args.trim();
  if (text.startsWith('[')) {
    return (JSON.parse(text) as string[]).flatMap((part) => part.split(/\s+/));
  }
  return text.split(/\s+/);
}

/** Repository files a command runs: arguments that look like source or script paths. */
function referencedFiles(words: string[]): string[] {
  return words
    .map((word) => word.replace(/^["']|["';&|]+$/g, ''))
    .filter((word) => /^[\w@.-]+(\/[\w@.-]+)+\.(ts|mts|mjs|js|cjs)$/.test(word));
}

const stagesOf = (file: string) => parseDockerfile(read(`docker/${file}`));
const finalStage = (stages: Stage[]) => {
  const last = stages.at(-1);
  if (!last) throw new Error('no stage');
  return last;
};
const all = (stage: Stage, keyword: string) =>
  stage.instructions.filter((instruction) => instruction.keyword === keyword);

/** Sources a COPY (not --from) takes from the build context. */
function contextSources(stage: Stage): string[] {
  return all(stage, 'COPY')
    .filter((copy) => !/--from=/.test(copy.args))
    .flatMap((copy) => {
      const parts = copy.args.split(/\s+/).filter((part) => !part.startsWith('--'));
      return parts.slice(0, -1);
    });
}

/** Where the final stage puts things, relative to its WORKDIR (/app). */
function finalDestinations(stage: Stage): string[] {
  return all(stage, 'COPY').flatMap((copy) => {
    const parts = copy.args.split(/\s+/).filter((part) => !part.startsWith('--'));
    const destination = (parts.at(-1) ?? '').replace(/^\/app\/?/, '').replace(/^\.\/?/, '');
    // `COPY a b ./` keeps the sources' names.
    if (destination === '' || destination.endsWith('/')) {
      return parts.slice(0, -1).map((source) => `${destination}${source}`.replace(/^\/app\/?/, ''));
    }
    return [destination];
  });
}

const isPinned = (image: string) => {
  const match = /^(?:[^/]+\/)*[^/:@]+(?::([^@]+))?(?:@sha256:[0-9a-f]{64})?$/.exec(image);
  const tag = match?.[1];
  return Boolean(match) && (image.includes('@sha256:') || (tag !== undefined && tag !== 'latest'));
};

interface ImageSpec {
  file: string;
  /** A workspace whose sources the image builds; its checks wait until it exists. */
  app?: string;
}
const images: Record<string, ImageSpec> = {
  'control-api': { file: 'control-api.Dockerfile' },
  'agent-runtime': { file: 'agent-runtime.Dockerfile' },
  console: { file: 'console.Dockerfile', app: 'apps/console' },
  'voice-client': { file: 'voice-client.Dockerfile', app: 'apps/voice-client' },
};
/** The apps are written by other issues: their sources are checked once they exist. */
const appExists = (spec: ImageSpec) => !spec.app || exists(`${spec.app}/package.json`);

// ─── compose.yaml and .env.example ──────────────────────────────────────────────────────────────

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null>;
  env_file?: unknown;
  ports?: (string | number)[];
  volumes?: string[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: Record<string, { condition?: string }> | string[];
  network_mode?: string;
}
const compose = parse(read('compose.yaml')) as {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
};
const services = compose.services;
const service = (name: string) => {
  const found = services[name];
  if (!found) throw new Error(`compose.yaml has no service ${name}`);
  return found;
};

const envExample = read('.env.example');
/** Variables .env.example documents: `NAME=` lines, commented out or not. */
const documented = new Set(
  [...envExample.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1] ?? ''),
);
/** Values .env.example actually sets (empty means unset, as compose treats it for `:-`/`:?`). */
const exampleValues = Object.fromEntries(
  [...envExample.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)]
    .map((match) => [match[1] ?? '', (match[2] ?? '').trim()] as const)
    .filter(([, value]) => value !== ''),
);

const INTERPOLATION = /\$\{([A-Z_][A-Z0-9_]*)(?:(:?[-?])([^}]*))?\}/g;
/** Every string value of a parsed YAML document (comments are not values). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
/** Every `${VAR…}` compose.yaml interpolates, with its operator. */
const composeVariables = strings(compose).flatMap((value) =>
  [...value.matchAll(INTERPOLATION)].map((match) => ({ name: match[1] ?? '', operator: match[2] })),
);

/**
 * Compose's interpolation with .env.example's values; a required (`:?`) variable left empty
 * there stands for the secret a user must provide, so it gets a plausible stand-in.
 */
function interpolate(value: string): string {
  return value.replace(INTERPOLATION, (_whole, name: string, operator?: string, rest = '') => {
    const set = exampleValues[name];
    if (operator === ':-' || operator === '-') return set ?? rest;
    if (operator === ':?' || operator === '?') return set ?? 's3cret-stand-in-0123456789abcdef';
    return set ?? '';
  });
}

function environmentOf(name: string): Record<string, string> {
  const environment = service(name).environment ?? {};
  return Object.fromEntries(
    Object.entries(environment).map(([key, value]) => [key, interpolate(String(value ?? ''))]),
  );
}

/** Published container ports of a compose service. */
function containerPorts(name: string): number[] {
  return (service(name).ports ?? []).map((port) => {
    const spec = String(port).split('/')[0] ?? '';
    return Number(spec.split(':').at(-1));
  });
}

// ─── the services' env.ts ───────────────────────────────────────────────────────────────────────

/** Keys declared by an env.ts schema (`  NAME: z…`). */
function envKeys(path: string): string[] {
  return [...read(path).matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1] ?? '');
}

/** Keys an env schema rejects when absent: parsing an empty environment names them. */
function requiredKeys(load: (env: NodeJS.ProcessEnv) => unknown): string[] {
  try {
    load({});
    return [];
  } catch (error) {
    return [...String((error as Error).message).matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map(
      (match) => match[1] ?? '',
    );
  }
}

const apiEnv = 'services/control-api/src/env.ts';
const runtimeEnv = 'services/agent-runtime/src/env.ts';

// ─── tests ──────────────────────────────────────────────────────────────────────────────────────

describe('Dockerfiles', () => {
  it('exist for every service, and nothing else hides in docker/ unchecked', () => {
    const dockerfiles = readdirSync(join(root, 'docker')).filter((f) => f.endsWith('Dockerfile'));
    expect(dockerfiles.sort()).toEqual(
      Object.values(images)
        .map((spec) => spec.file)
        .sort(),
    );
  });

  for (const [name, spec] of Object.entries(images)) {
    describe(name, () => {
      const stages = stagesOf(spec.file);
      const last = finalStage(stages);

      it('is multi-stage on pinned base images', () => {
        expect(stages.length).toBeGreaterThanOrEqual(2);
        const stageNames = new Set(stages.map((stage) => stage.name));
        for (const stage of stages) {
          if (stageNames.has(stage.image)) continue;
          expect(isPinned(stage.image), `${stage.image} is not pinned`).toBe(true);
        }
        // The Node stages all use the project's pinned Node (engines: >=20.19).
        for (const stage of stages.filter((s) => s.image.startsWith('node:'))) {
          expect(stage.image).toBe('node:20.19-bookworm-slim');
        }
      });

      it('installs with npm ci from the lockfile and .npmrc, never dropping optional packages', () => {
        const runs = stages.flatMap((stage) => all(stage, 'RUN')).map((run) => run.args);
        expect(runs.some((run) => /\bnpm ci\b/.test(run))).toBe(true);
        expect(runs.some((run) => /--omit=optional|--no-optional/.test(run))).toBe(false);
        // The first stage gathers exactly what npm ci reads, .npmrc included.
        const gather = all(stages[0] ?? last, 'RUN').map((run) => run.args);
        expect(
          gather.some((run) => run.includes('package-lock.json') && run.includes('.npmrc')),
        ).toBe(true);
        // `npm install` would ignore the lockfile's pins.
        expect(runs.some((run) => /\bnpm (install|i)\b/.test(run))).toBe(false);
      });

      it('names real workspaces in --workspace / -w', () => {
        const runs = stages.flatMap((stage) => all(stage, 'RUN')).map((run) => run.args);
        const named = runs.flatMap((run) =>
          [...run.matchAll(/(?:--workspace=|-w )(@scenaro\/[\w-]+)/g)].map(
            (match) => match[1] ?? '',
          ),
        );
        expect(named.length).toBeGreaterThan(0);
        for (const workspace of named) {
          const dir = workspace.replace('@scenaro/', '');
          const manifest = ['services', 'apps', 'packages']
            .map((group) => `${group}/${dir}/package.json`)
            .find(exists);
          if (!manifest && spec.app && !appExists(spec)) continue;
          expect(manifest, `${workspace} is not a workspace`).toBeDefined();
          const workspaceManifest = JSON.parse(read(manifest ?? '')) as {
            name?: string;
            scripts?: Record<string, string>;
          };
          expect(workspaceManifest.name).toBe(workspace);
          // `npm run build -w X` needs X to have a build script.
          if (runs.some((run) => run.includes(`npm run build -w ${workspace}`))) {
            expect(
              workspaceManifest.scripts?.build,
              `${workspace} has no build script`,
            ).toBeDefined();
          }
        }
      });

      it('runs as a non-root user with a health check', () => {
        const users = all(last, 'USER');
        const user = users.at(-1)?.args.trim();
        expect(user, 'no USER in the final stage').toBeDefined();
        expect(['root', '0', '0:0']).not.toContain(user);
        expect(all(last, 'HEALTHCHECK')).toHaveLength(1);
        expect(all(last, 'CMD')).toHaveLength(1);
      });

      it.skipIf(!appExists(spec))('copies sources that exist in the repository', () => {
        for (const stage of stages) {
          for (const source of contextSources(stage)) {
            if (source === '.') continue;
            expect(exists(source), `${spec.file} copies missing ${source}`).toBe(true);
          }
        }
      });
    });
  }

  it('control-api: migrates with the standard command, then runs the real server', () => {
    const last = finalStage(stagesOf(images['control-api']?.file ?? ''));
    const cmd = all(last, 'CMD')[0]?.args ?? '';
    const words = commandWords(cmd);
    const script = words.join(' ');
    expect(script).toMatch(/npx prisma migrate deploy && exec node --import tsx /);
    expect(referencedFiles(words)).toEqual(['services/control-api/src/server.ts']);
    expect(exists('services/control-api/src/server.ts')).toBe(true);
    // What `prisma migrate deploy` needs is in the image: config, schema, migrations, the bridge.
    const copied = finalDestinations(last);
    for (const needed of ['prisma.config.ts', 'prisma', 'packages/db', 'orientations']) {
      expect(copied, `the image lacks ${needed}`).toContain(needed);
    }
    expect(exists('prisma/migrations')).toBe(true);
    expect(read('prisma.config.ts')).toContain('packages/db/bin/schema-engine.mjs');
    expect(exists('packages/db/bin/schema-engine.mjs')).toBe(true);
  });

  it('every node command runs a file the final stage contains', () => {
    for (const spec of Object.values(images)) {
      const last = finalStage(stagesOf(spec.file));
      const files = referencedFiles(commandWords(all(last, 'CMD')[0]?.args ?? ''));
      const copied = finalDestinations(last);
      for (const file of files) {
        expect(exists(file), `${spec.file} runs missing ${file}`).toBe(true);
        expect(
          copied.some((dir) => file === dir || file.startsWith(`${dir}/`)),
          `${spec.file}: ${file} is not copied into the final stage`,
        ).toBe(true);
      }
    }
  });

  it('promotes only tools the root package.json lists (tsx, prisma) into production installs', () => {
    const rootManifest = JSON.parse(read('package.json')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const expected: Record<string, string[]> = {
      'control-api.Dockerfile': ['tsx', 'prisma'],
      'agent-runtime.Dockerfile': ['tsx'],
    };
    for (const [file, tools] of Object.entries(expected)) {
      const text = read(`docker/${file}`);
      const list = /for\(const n of \[([^\]]*)\]\)/.exec(text)?.[1] ?? '';
      const promoted = [...list.matchAll(/'([\w@/.-]+)'/g)].map((match) => match[1] ?? '');
      expect(promoted, file).toEqual(tools);
      for (const tool of promoted) {
        const listed = rootManifest.devDependencies?.[tool] ?? rootManifest.dependencies?.[tool];
        expect(listed, `${file}: ${tool}`).toBeDefined();
      }
      // The promotion runs before the production install, in the same stage.
      const installStage = stagesOf(file).find((stage) =>
        all(stage, 'RUN').some((run) => run.args.includes('npm ci --omit=dev')),
      );
      const runs = installStage ? all(installStage, 'RUN').map((run) => run.args) : [];
      const promote = runs.findIndex((run) => run.includes('for(const n of'));
      const install = runs.findIndex((run) => run.includes('npm ci --omit=dev'));
      expect(promote, file).toBeGreaterThanOrEqual(0);
      expect(promote, file).toBeLessThan(install);
    }
  });

  it('agent-runtime: checks its models at build time and starts the worker in production mode', () => {
    const last = finalStage(stagesOf('agent-runtime.Dockerfile'));
    const runs = all(last, 'RUN').map((run) => run.args);
    expect(runs).toContain('node docker/check-agent-models.mjs');
    expect(exists('docker/check-agent-models.mjs')).toBe(true);
    const words = commandWords(all(last, 'CMD')[0]?.args ?? '');
    expect(words).toEqual([
      'node',
      '--import',
      'tsx',
      'services/agent-runtime/src/main.ts',
      'start',
    ]);
    expect(read('.npmrc')).toMatch(/^onnxruntime-node-install=skip$/m);
    expect(read('.npmrc')).toMatch(/^legacy-peer-deps=true$/m);
  });

  it('console: writes /config.js from SCENARO_API_URL and SCENARO_PLAYGROUND_URL at start', () => {
    const last = finalStage(stagesOf('console.Dockerfile'));
    const script = 'docker/console-config.sh';
    // The nginx image runs executable /docker-entrypoint.d/*.sh before nginx starts.
    const copy = all(last, 'COPY').find((instruction) => instruction.args.includes(script));
    expect(copy?.args).toMatch(
      /--chmod=755 docker\/console-config\.sh \/docker-entrypoint\.d\/\S+\.sh$/,
    );
    expect(statSync(join(root, script)).mode & 0o111).not.toBe(0);
    // nginx's unprivileged user may rewrite the file the build put there.
    const runs = all(last, 'RUN').map((instruction) => instruction.args);
    expect(runs.some((run) => /chown nginx \/usr\/share\/nginx\/html\/config\.js/.test(run))).toBe(
      true,
    );

    const dir = mkdtempSync(join(tmpdir(), 'console-config-'));
    const configOf = (env: Record<string, string>) => {
      const out = join(dir, 'config.js');
      const result = spawnSync('sh', [join(root, script), out], {
        env: { PATH: process.env.PATH ?? '', ...env },
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
      const window: { SCENARO_CONSOLE_CONFIG?: unknown } = {};
      runInNewContext(readFileSync(out, 'utf8'), { window });
      return window.SCENARO_CONSOLE_CONFIG;
    };
    try {
      expect(
        configOf({
          SCENARO_API_URL: 'https://api.shop.example',
          SCENARO_PLAYGROUND_URL: 'https://play.shop.example',
        }),
      ).toEqual({ apiUrl: 'https://api.shop.example', playgroundUrl: 'https://play.shop.example' });
      // Unset: the console falls back to the page's own host.
      expect(configOf({})).toEqual({});
      // A value cannot break out of its string.
      expect(configOf({ SCENARO_API_URL: 'https://a"};alert(1);//\\' })).toEqual({
        apiUrl: 'https://a"};alert(1);//\\',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exposes and probes the ports each service listens on by default', () => {
    const apiPort = loadApiConfig({ SCENARO_ADMIN_KEY: 'x'.repeat(24) }).PORT;
    const healthPort = loadRuntimeConfig({}).HEALTH_PORT;
    const expected: Record<string, number> = {
      'control-api': apiPort,
      'agent-runtime': healthPort,
      console: 5173,
      'voice-client': 4321,
    };
    for (const [name, spec] of Object.entries(images)) {
      const last = finalStage(stagesOf(spec.file));
      const port = expected[name];
      expect(
        all(last, 'EXPOSE').map((e) => e.args.trim()),
        name,
      ).toEqual([String(port)]);
      const health = all(last, 'HEALTHCHECK')[0]?.args ?? '';
      expect(health, name).toMatch(name === 'control-api' ? /\/readyz/ : /http:\/\/127\.0\.0\.1:/);
      expect(health.includes(String(port)) || /\$\{?PORT\}?/.test(health), name).toBe(true);
    }
    // The apps' own dev servers use the same ports (once the apps exist).
    for (const [name, port] of [
      ['console', 5173],
      ['voice-client', 4321],
    ] as const) {
      const manifest = `apps/${name}/package.json`;
      if (!exists(manifest)) continue;
      const dev = JSON.parse(read(manifest)).scripts?.dev as string | undefined;
      if (dev?.includes('--port')) expect(dev).toContain(`--port ${port}`);
    }
  });
});

describe('compose.yaml', () => {
  it('runs the whole platform', () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        'agent-runtime',
        'console',
        'control-api',
        'livekit',
        'playground',
        'postgres',
        'redis',
        'voice-client',
        'worker',
      ].sort(),
    );
  });

  it('pins every image it pulls or tags', () => {
    for (const [name, svc] of Object.entries(services)) {
      expect(svc.image, `${name} has no image`).toBeDefined();
      expect(isPinned(svc.image ?? ''), `${name}: ${svc.image}`).toBe(true);
    }
    expect(service('postgres').image).toMatch(/^postgres:15[.-]/);
    expect(service('redis').image).toMatch(/^redis:7[.-]/);
    expect(service('livekit').image).toMatch(/^livekit\/livekit-server:v\d+\.\d+\.\d+$/);
  });

  it('builds each service from its Dockerfile (the worker from the control API image)', () => {
    const builds: Record<string, string> = {
      'control-api': 'docker/control-api.Dockerfile',
      worker: 'docker/control-api.Dockerfile',
      'agent-runtime': 'docker/agent-runtime.Dockerfile',
      playground: 'docker/agent-runtime.Dockerfile',
      console: 'docker/console.Dockerfile',
      'voice-client': 'docker/voice-client.Dockerfile',
    };
    for (const [name, dockerfile] of Object.entries(builds)) {
      expect(service(name).build?.dockerfile, name).toBe(dockerfile);
      expect(service(name).build?.context, name).toBe('.');
      expect(exists(dockerfile)).toBe(true);
    }
    expect(service('worker').image).toBe(service('control-api').image);
    expect(service('playground').image).toBe(service('agent-runtime').image);
  });

  it('runs commands whose files exist', () => {
    for (const [name, svc] of Object.entries(services)) {
      if (svc.command === undefined) continue;
      const words = Array.isArray(svc.command) ? svc.command : svc.command.split(/\s+/);
      for (const file of referencedFiles(words)) {
        expect(exists(file), `${name} runs missing ${file}`).toBe(true);
      }
    }
    expect(referencedFiles(service('worker').command as string[])).toEqual([
      'services/control-api/src/worker.ts',
    ]);
    expect(referencedFiles(service('playground').command as string[])).toEqual([
      'services/agent-runtime/src/playground/main.ts',
    ]);
  });

  it('gives Redis what BullMQ needs: noeviction and append-only persistence on a volume', () => {
    const redis = service('redis');
    const command = Array.isArray(redis.command) ? redis.command.join(' ') : redis.command;
    expect(command).toMatch(/--maxmemory-policy noeviction/);
    expect(command).toMatch(/--appendonly "?yes"?/);
    expect(redis.volumes?.some((v) => v.endsWith(':/data'))).toBe(true);
    expect(service('postgres').volumes?.some((v) => v.endsWith(':/var/lib/postgresql/data'))).toBe(
      true,
    );
    for (const volume of [...(redis.volumes ?? []), ...(service('postgres').volumes ?? [])]) {
      expect(Object.keys(compose.volumes ?? {})).toContain(volume.split(':')[0]);
    }
  });

  it('runs LiveKit in development mode on its ports', () => {
    const livekit = service('livekit');
    expect(livekit.command).toContain('--dev');
    expect(livekit.ports?.map(String).sort()).toEqual(['7880:7880', '7881:7881', '7882:7882/udp']);
    expect(environmentOf('agent-runtime').LIVEKIT_URL).toBe('ws://livekit:7880');
    // Dev-mode credentials on both sides of the dispatch.
    for (const name of ['control-api', 'agent-runtime']) {
      expect(environmentOf(name).LIVEKIT_API_KEY, name).toBe('devkey');
      expect(environmentOf(name).LIVEKIT_API_SECRET, name).toBe('secret');
    }
    expect(environmentOf('control-api').AGENT_NAME).toBe(environmentOf('agent-runtime').AGENT_NAME);
  });

  it('starts in health order: every dependency is waited for until healthy', () => {
    for (const [name, svc] of Object.entries(services)) {
      const dependsOn = svc.depends_on ?? {};
      expect(Array.isArray(dependsOn), `${name}: depends_on needs conditions`).toBe(false);
      for (const [dependency, { condition } = {}] of Object.entries(dependsOn)) {
        expect(condition, `${name} → ${dependency}`).toBe('service_healthy');
        const target = service(dependency);
        const hasCheck =
          target.healthcheck?.test !== undefined ||
          (target.build?.dockerfile !== undefined &&
            target.healthcheck?.disable !== true &&
            /^HEALTHCHECK /m.test(read(target.build.dockerfile)));
        expect(hasCheck, `${dependency} has no health check for ${name} to wait on`).toBe(true);
      }
    }
    const gated = (name: string) => Object.keys(service(name).depends_on ?? {});
    expect(gated('control-api')).toEqual(expect.arrayContaining(['postgres', 'redis']));
    expect(gated('worker')).toEqual(expect.arrayContaining(['postgres', 'redis']));
    expect(gated('agent-runtime')).toEqual(expect.arrayContaining(['livekit', 'control-api']));
  });

  it('publishes the ports the services listen on', () => {
    const api = loadApiConfig(environmentOf('control-api'));
    expect(api.HOST).toBe('0.0.0.0');
    expect(containerPorts('control-api')).toEqual([api.PORT]);
    expect(api.PORT).toBe(loadApiConfig({ SCENARO_ADMIN_KEY: 'x'.repeat(24) }).PORT);
    const runtime = loadRuntimeConfig(environmentOf('agent-runtime'));
    expect(runtime.HEALTH_PORT).toBe(loadRuntimeConfig({}).HEALTH_PORT);
    expect(containerPorts('console')).toEqual([Number(environmentOf('console').PORT)]);
    expect(containerPorts('console')).toEqual([5173]);
    expect(containerPorts('voice-client')).toEqual([Number(environmentOf('voice-client').PORT)]);
    expect(containerPorts('voice-client')).toEqual([4321]);
    // The playground listens on every interface of its container, on the port it publishes.
    const playground = loadRuntimeConfig(environmentOf('playground'));
    expect(playground.PLAYGROUND_HOST).toBe('0.0.0.0');
    expect(containerPorts('playground')).toEqual([playground.PLAYGROUND_PORT]);
    expect(playground.PLAYGROUND_PORT).toBe(loadRuntimeConfig({}).PLAYGROUND_PORT);
  });

  it('sets every variable a service requires, and only variables its env.ts knows', () => {
    const wiring: [string, string, (env: NodeJS.ProcessEnv) => unknown][] = [
      ['control-api', apiEnv, loadApiConfig],
      ['worker', apiEnv, loadApiConfig],
      ['agent-runtime', runtimeEnv, loadRuntimeConfig],
      ['playground', runtimeEnv, loadRuntimeConfig],
    ];
    for (const [name, envFile, load] of wiring) {
      const environment = environmentOf(name);
      const known = envKeys(envFile);
      expect(known.length, envFile).toBeGreaterThan(3);
      for (const key of requiredKeys(load)) {
        expect(Object.keys(environment), `${name} lacks required ${key}`).toContain(key);
      }
      for (const key of Object.keys(environment)) {
        expect(known, `${name} sets ${key}, which ${envFile} does not read`).toContain(key);
      }
      // The service's own schema accepts what compose gives it.
      expect(() => load(environment), name).not.toThrow();
    }
    // The control API and worker talk to the compose Postgres and Redis, not localhost.
    for (const name of ['control-api', 'worker']) {
      expect(environmentOf(name).DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(environmentOf(name).REDIS_URL).toBe('redis://redis:6379');
    }
    expect(environmentOf('agent-runtime').CONTROL_API_URL).toBe('http://control-api:8080');
  });

  it('sets what the agent worker refuses to start without', () => {
    // main.ts exits unless these are set (it names them; env.ts leaves them optional).
    const main = read('services/agent-runtime/src/main.ts');
    const needed = envKeys(runtimeEnv).filter(
      (key) => main.includes(`'${key}'`) || main.includes(`!config.${key}`),
    );
    expect(needed).toEqual(
      expect.arrayContaining(['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET']),
    );
    for (const key of needed) {
      expect(Object.keys(service('agent-runtime').environment ?? {})).toContain(key);
    }
  });

  it('takes secrets from .env and never hard-codes them', () => {
    const raw = (name: string) => service(name).environment ?? {};
    expect(String(raw('control-api').SCENARO_ADMIN_KEY)).toMatch(/^\$\{SCENARO_ADMIN_KEY:\?/);
    expect(String(raw('worker').SCENARO_ADMIN_KEY)).toMatch(/^\$\{SCENARO_ADMIN_KEY:\?/);
    expect(String(raw('postgres').POSTGRES_PASSWORD)).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
    for (const key of [
      'SCENARO_RUNTIME_KEY',
      'OPENAI_API_KEY',
      'DEEPGRAM_API_KEY',
      'CARTESIA_API_KEY',
    ]) {
      expect(String(raw('agent-runtime')[key]), key).toMatch(new RegExp(`^\\$\\{${key}[:}-]`));
    }
  });
});

describe('.env.example', () => {
  it('documents every variable compose.yaml interpolates', () => {
    expect(composeVariables.length).toBeGreaterThan(0);
    for (const { name } of composeVariables) {
      expect(documented.has(name), `${name} is not in .env.example`).toBe(true);
    }
  });

  it("documents every variable of every service's env.ts", () => {
    for (const file of [apiEnv, runtimeEnv]) {
      for (const key of envKeys(file)) {
        expect(documented.has(key), `${key} (${file}) is not in .env.example`).toBe(true);
      }
    }
  });

  it('ships no secret: required secrets are left empty', () => {
    for (const { name, operator } of composeVariables) {
      if (operator === ':?') expect(exampleValues[name], name).toBeUndefined();
    }
    for (const key of [
      'SCENARO_RUNTIME_KEY',
      'OPENAI_API_KEY',
      'DEEPGRAM_API_KEY',
      'CARTESIA_API_KEY',
    ]) {
      expect(exampleValues[key], key).toBeUndefined();
    }
    expect(read('.gitignore')).toMatch(/^\.env$/m);
  });
});

describe('docs/operations.md', () => {
  const doc = read('docs/operations.md');

  it("lists every variable of every service's env.ts in its configuration reference", () => {
    for (const file of [apiEnv, runtimeEnv]) {
      for (const key of envKeys(file)) {
        expect(doc, `${key} (${file}) is missing from docs/operations.md`).toContain(`\`${key}\``);
      }
    }
  });

  it('names only repository files that exist', () => {
    const paths = [
      ...doc.matchAll(
        /\b((?:services|packages|apps|docker|scripts)\/[\w./-]+\.(?:ts|mjs|Dockerfile))\b/g,
      ),
    ];
    expect(paths.length).toBeGreaterThan(3);
    for (const [, path = ''] of paths) expect(exists(path), path).toBe(true);
  });
});

describe('.dockerignore', () => {
  const ignored = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  it('keeps local installs, secrets and VCS data out of the build context', () => {
    for (const pattern of ['**/node_modules', '.git', '.env', '.scenaro']) {
      expect(ignored, pattern).toContain(pattern);
    }
  });

  it('keeps what the images need', () => {
    for (const needed of ['package-lock.json', '.npmrc', 'prisma', 'orientations', 'docker']) {
      expect(ignored, needed).not.toContain(needed);
    }
    expect(ignored).not.toContain('.env.example');
  });
});
