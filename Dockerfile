# One image recipe for every service: docker-compose passes MODULE (e.g. appointment-service).
FROM eclipse-temurin:21-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -q -B -DskipTests -pl ${MODULE} -am package

FROM eclipse-temurin:21-jre
ARG MODULE
# /var/lib/careflow: a service's own files (patient-service's data keys in compose), its owner's
RUN useradd --system careflow && mkdir -p /var/lib/careflow && chown careflow /var/lib/careflow
USER careflow
COPY --from=build /src/${MODULE}/target/${MODULE}.jar /app/app.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseSerialGC", "-jar", "/app/app.jar"]
