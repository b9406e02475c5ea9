# One image recipe for every service: docker-compose passes MODULE (e.g. appointment-service).
# The portal (in the gateway's jar) is built by Node in a stage of its own: the JDK image has no npm.
FROM node:22-slim AS portal
WORKDIR /portal
COPY portal/package.json portal/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY portal/ ./
RUN npm run build

FROM eclipse-temurin:21-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
COPY --from=portal /portal/dist portal/dist
RUN --mount=type=cache,target=/root/.m2 ./mvnw -q -B -DskipTests -Dportal.npm.skip=true -pl ${MODULE} -am package

FROM eclipse-temurin:21-jre
ARG MODULE
# /var/lib/careflow: a service's own files (patient-service's data keys in compose), its owner's
# uid 10001: the user deploy/k8s runs the pods as (runAsUser)
RUN useradd --system --uid 10001 careflow && mkdir -p /var/lib/careflow && chown careflow /var/lib/careflow
USER careflow
COPY --from=build /src/${MODULE}/target/${MODULE}.jar /app/app.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseSerialGC", "-jar", "/app/app.jar"]
