# syntax=docker/dockerfile:1
# Backend 2026 on your own infrastructure: build the static site with Node 24, then serve dist/ with nginx and the
# project's own server block (src/features/security/nginx.conf: security headers, redirects, 404 page, gzip).
#   docker build --build-arg SITE_URL=https://docs.example.com -t backend-2026 .
#   docker run --rm -p 8080:8080 backend-2026
# For repeatable images, pin both base images by digest (`node:24-slim@sha256:…`).

FROM node:24-slim AS build
WORKDIR /site
# The public origin for canonical links, the sitemap and link previews (src/config/site.ts).
ARG SITE_URL=https://backend2026.dev
ENV SITE_URL=${SITE_URL} ASTRO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Diagrams come from the committed cache (src/features/diagrams/cache/), so the build needs no browser.
RUN npm run build

FROM nginx:stable AS serve
COPY src/features/security/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /site/dist /usr/share/nginx/html
EXPOSE 8080
