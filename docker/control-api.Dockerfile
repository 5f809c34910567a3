# syntax=docker/dockerfile:1
# The control API, and (same image, other command) the BullMQ job worker.
# Build from the repository root:  docker build -f docker/control-api.Dockerfile -t scenaro/control-api .
# Run:  the default command applies pending migrations (`npx prisma migrate deploy`), then serves.
#       The job worker is this image with the command
#       `node --import tsx services/control-api/src/worker.ts` (see compose.yaml).
# TypeScript runs through tsx, as in development (no compile step): see docs/operations.md.

# --- manifests: only what `npm ci` reads, so the dependency layer below stays cached until a
# package.json, the lockfile or .npmrc changes (source edits do not invalidate it).
FROM node:20.19-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && for f in package.json package-lock.json .npmrc packages/*/package.json services/*/package.json apps/*/package.json; do \
      if [ -f "$f" ]; then mkdir -p "/manifests/$(dirname "$f")" && cp "$f" "/manifests/$f"; fi; \
    done

# --- deps: production dependencies of the control API only, plus the two tools it runs with:
# tsx (runs the TypeScript sources) and prisma (the CLI behind `prisma migrate deploy`). Both are
# root devDependencies; they are promoted to dependencies in this stage's copy of package.json
# only, so `npm ci --omit=dev` installs them (and their pinned lockfile versions) and nothing else
# from the dev set (no TypeScript, vitest or biome).
FROM node:20.19-bookworm-slim AS deps
WORKDIR /app
# The Prisma CLI must use the offline schema-engine bridge (packages/db/bin/schema-engine.mjs),
# never download a native engine, and never phone home.
ENV CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    PRISMA_SCHEMA_ENGINE_BINARY=/app/packages/db/bin/schema-engine.mjs
COPY --from=manifests /manifests/ ./
RUN node -e "const fs=require('node:fs');const p=JSON.parse(fs.readFileSync('package.json','utf8'));for(const n of ['tsx','prisma']){const v=p.devDependencies?.[n]??p.dependencies?.[n];if(!v)throw new Error('root package.json does not list '+n);(p.dependencies??={})[n]=v;if(p.devDependencies)delete p.devDependencies[n];}fs.writeFileSync('package.json',JSON.stringify(p,null,2));"
# --ignore-scripts: @prisma/engines' install script would download the native schema engine,
# which this image never uses (migrations go through the bridge); the others only check or
# rebuild binaries that arrive prebuilt in platform packages (esbuild, msgpackr-extract). This
# exact install (prod deps + tsx + prisma, no scripts) was run here: generate, migrate deploy,
# server and worker all worked.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts --workspace=@scenaro/control-api --include-workspace-root --no-audit --no-fund

# --- build: generate the Prisma client (packages/db/src/generated is not committed).
FROM deps AS build
COPY prisma.config.ts ./
COPY prisma ./prisma
COPY packages/db ./packages/db
RUN npx prisma generate

# --- runtime
FROM node:20.19-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    PRISMA_SCHEMA_ENGINE_BINARY=/app/packages/db/bin/schema-engine.mjs \
    HOST=0.0.0.0 \
    PORT=8080
# node_modules (with the workspace links), manifests, then the sources the API and worker load.
# Everything stays owned by root: the process cannot rewrite its own code.
COPY --from=deps /app ./
COPY prisma.config.ts tsconfig.base.json ./
COPY prisma ./prisma
COPY orientations ./orientations
COPY packages/api-contract ./packages/api-contract
COPY packages/orientation ./packages/orientation
COPY packages/db ./packages/db
COPY --from=build /app/packages/db/src/generated ./packages/db/src/generated
COPY services/control-api ./services/control-api
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations first (Prisma takes an advisory lock, so replicas starting together are safe), then
# the server as PID 1's only child via exec, so SIGTERM reaches it and it drains gracefully.
CMD ["sh", "-c", "npx prisma migrate deploy && exec node --import tsx services/control-api/src/server.ts"]
