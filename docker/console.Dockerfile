# syntax=docker/dockerfile:1
# The console (react-admin) for Scenaro admins: a static Vite build served by nginx.
# Build from the repository root:  docker build -f docker/console.Dockerfile -t scenaro/console .
# The image holds only the built files (apps/console/dist) and a web server; no Node at run time.
# The browser talks to the control API itself: allow this app's origin in the API's CORS_ORIGINS.
# At start, /config.js is written from SCENARO_API_URL and SCENARO_PLAYGROUND_URL (the URLs browsers
# use; unset: the page's host on ports 8080 and 8082), so one image serves every deployment.

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
    npm ci --workspace=@scenaro/console --include-workspace-root --no-audit --no-fund
COPY tsconfig.json tsconfig.base.json ./
COPY packages ./packages
COPY apps/console ./apps/console
RUN npm run build -w @scenaro/console

# --- runtime: nginx as an unprivileged user, listening on PORT.
FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
ENV PORT=5173
USER root
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/static-site.conf.template /etc/nginx/templates/scenaro.conf.template
COPY --from=build /app/apps/console/dist /usr/share/nginx/html
# Run by the image's entrypoint before nginx starts; it rewrites config.js, which nginx's user owns.
COPY --chmod=755 docker/console-config.sh /docker-entrypoint.d/40-scenaro-console-config.sh
RUN touch /usr/share/nginx/html/config.js && chown nginx /usr/share/nginx/html/config.js
USER nginx
EXPOSE 5173
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null "http://127.0.0.1:${PORT}/" || exit 1
CMD ["nginx", "-g", "daemon off;"]
