# Matchday's production image: `node server/dist/main.js` (the API) or `node server/dist/worker.js`
# (the job worker), as docker-compose.yml runs them. Postgres and Redis are separate services.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Test tools in the dev dependencies must not try to download browsers.
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000 DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/web/dist web/dist
# Job results (exports) live under DATA_DIR/files, on a volume the API and the workers share.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# The flags of scripts/api-node-flags.mjs (why: see there).
CMD ["node", "--max-semi-space-size=32", "server/dist/main.js"]
