# The `entra-ask` command line in a container: the image the daily snapshot export job runs
# (infra/azure.bicep, Container Apps job: `node bin/entra-ask.js export --to <store>`).
#   az acr build --registry <CONTAINER_REGISTRY_LOGIN_SERVER> --image entra-ask:latest .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# `npm ci` runs the `prepare` script, which builds dist/; then drop the dev dependencies.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production ENTRA_ASK_DATA=/data
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/bin ./bin
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
RUN mkdir -p /data && chown node:node /data
USER node
ENTRYPOINT ["node", "bin/entra-ask.js"]
CMD ["--help"]
