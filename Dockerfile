# Handzeichen: one Node.js process with an embedded SQLite database.
# Build: docker build -t handzeichen .   Run: docker run -p 3000:3000 -v handzeichen-data:/data handzeichen
# On Node 26, the LTS line ("Lithium") since 2026-10-28 and supported until April 2029; .ci/run runs
# the whole test suite under it. Node 20 reached its end of life on 2026-04-30.

FROM node:26-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native module here when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:26-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATABASE_PATH=/data/handzeichen.db
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/migrations ./migrations
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM from `docker stop` flushes queued votes and closes sockets before exit.
STOPSIGNAL SIGTERM
CMD ["node", "dist/server/main.js"]
