# syntax=docker/dockerfile:1
# The shop's voice client (browser, LiveKit room): a static Vite build served by nginx.
# Build from the repository root:  docker build -f docker/voice-client.Dockerfile -t scenaro/voice-client .
# The image holds only the built files (apps/voice-client/dist) and a web server; no Node at run time.
# The browser talks to the control API itself: allow this app's origin in the API's CORS_ORIGINS.

# --- manifests: only what `npm ci` reads, so the dependency layer stays cached across source edits.
FROM node:20.19-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && for f in package.json package-lock.json .npmrc packages/*/package.json services/*/package.json apps/*/package.json; do \
      if [ -f "$f" ]; then mkdir -p "/manifests/$(dirname "$f")" && cp "$f" "/manifests/$f"; fi; \
    done

# --- build: this app's dependencies including its build tools (Vite is a devDependency). Never
# --omit=optional: Vite's native parts arrive as optional packages.
FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --workspace=@scenaro/voice-client --include-workspace-root --no-audit --no-fund
COPY tsconfig.json tsconfig.base.json ./
COPY packages ./packages
COPY apps/voice-client ./apps/voice-client
RUN npm run build -w @scenaro/voice-client

# --- runtime: nginx as an unprivileged user, listening on PORT.
FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
ENV PORT=4321
USER root
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/static-site.conf.template /etc/nginx/templates/scenaro.conf.template
COPY --from=build /app/apps/voice-client/dist /usr/share/nginx/html
USER nginx
EXPOSE 4321
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null "http://127.0.0.1:${PORT}/" || exit 1
CMD ["nginx", "-g", "daemon off;"]
