# syntax=docker/dockerfile:1
# Production image of PELITA: built with Maven, JDK 21 and Node 24; runs on a JRE 21 as a
# non-root user. Needs an external MySQL 8 (see compose.yaml); no demo data.

FROM node:24-bookworm-slim AS node

FROM eclipse-temurin:21-jdk AS build
# Vaadin's production frontend build needs Node 24 with npm >= 11.3
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -Pproduction dependency:go-offline || true
COPY package.json package-lock.json ./
COPY frontend frontend
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -Pproduction package -DskipTests \
 && cp target/pelita-*.jar /build/app.jar

FROM eclipse-temurin:21-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system pelita \
 && useradd --system --gid pelita --home-dir /app --shell /usr/sbin/nologin pelita
WORKDIR /app
COPY --from=build --chown=pelita:pelita /build/app.jar /app/app.jar
USER pelita
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
