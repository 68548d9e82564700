# Production image for the API and the dashboard (one image, two commands; see docker-compose.yml).
# Builds offline from the npm registry only; runs as an unprivileged user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json turbo.json tsconfig.base.json prisma.config.ts ./
COPY prisma ./prisma
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/config/package.json packages/config/
COPY packages/contracts/package.json packages/contracts/
COPY packages/db/package.json packages/db/
# npm install, not npm ci: the lockfile was made from a registry that carries only the Linux builds of
# some native packages, so npm ci would call it out of sync (see .ci/run). Versions stay pinned.
RUN npm install --no-audit --no-fund
COPY . .
# Dev dependencies stay: the Prisma CLI (migrations) and tsx (admin:create, audit:verify) run in production.
RUN npx turbo run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=build --chown=node:node /app /app
# Named volumes inherit this ownership, so the unprivileged user can write evidence files.
RUN mkdir -p /var/lib/vigil/evidence && chown node:node /var/lib/vigil/evidence
USER node
EXPOSE 4000 3000
CMD ["node", "apps/api/dist/server.js"]
