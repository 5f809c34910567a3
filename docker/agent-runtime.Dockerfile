# syntax=docker/dockerfile:1
# The agent runtime: a LiveKit Agents worker registered under AGENT_NAME (explicit dispatch).
# Build from the repository root:  docker build -f docker/agent-runtime.Dockerfile -t scenaro/agent-runtime .
# Every model it loads is in the image at build time (checked below): Silero VAD ships inside
# @livekit/agents-plugin-silero, the end-of-turn detector's weights inside @livekit/local-inference,
# and onnxruntime-node's CPU binaries inside its package. Nothing is downloaded at start.
# Debian (glibc) base on purpose: @livekit/rtc-node and onnxruntime-node ship glibc binaries.

# --- manifests: only what `npm ci` reads, so the dependency layer stays cached across source edits.
FROM node:20.19-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && for f in package.json package-lock.json .npmrc packages/*/package.json services/*/package.json apps/*/package.json; do \
      if [ -f "$f" ]; then mkdir -p "/manifests/$(dirname "$f")" && cp "$f" "/manifests/$f"; fi; \
    done

# --- deps: the runtime's production dependencies, plus tsx (a root devDependency, promoted in this
# stage's copy of package.json only) which runs the TypeScript sources. .npmrc comes along:
# `onnxruntime-node-install=skip` (its install script downloads; the CPU build is in the package)
# and `legacy-peer-deps=true` (the Cartesia plugin's stale peer range).
FROM node:20.19-bookworm-slim AS deps
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN node -e "const fs=require('node:fs');const p=JSON.parse(fs.readFileSync('package.json','utf8'));for(const n of ['tsx']){const v=p.devDependencies?.[n]??p.dependencies?.[n];if(!v)throw new Error('root package.json does not list '+n);(p.dependencies??={})[n]=v;if(p.devDependencies)delete p.devDependencies[n];}fs.writeFileSync('package.json',JSON.stringify(p,null,2));"
# onnxruntime-node carries macOS and Windows builds too; only the Linux ones can run here.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --workspace=@scenaro/agent-runtime --include-workspace-root --no-audit --no-fund \
 && find node_modules/onnxruntime-node/bin -mindepth 2 -maxdepth 2 -type d \( -name darwin -o -name win32 \) -exec rm -rf {} +

# --- runtime
FROM node:20.19-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HEALTH_PORT=8081
COPY --from=deps /app ./
COPY tsconfig.base.json ./
COPY packages/api-contract ./packages/api-contract
COPY packages/orientation ./packages/orientation
COPY services/agent-runtime ./services/agent-runtime
# Fails the build if a model or its runtime is missing or does not load.
COPY docker/check-agent-models.mjs ./docker/check-agent-models.mjs
RUN node docker/check-agent-models.mjs
USER node
EXPOSE 8081
# The SDK's own health server (`start` mode): `/` answers 200 while the worker is registered.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||8081)+'/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# `start` is the SDK's production mode. Job processes are forked with this process's execArgv, so
# `--import tsx` carries over to them.
CMD ["node", "--import", "tsx", "services/agent-runtime/src/main.ts", "start"]
