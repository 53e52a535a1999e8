# Gongzhi on MySQL: built from this project, run by docker-compose.yml (service "gongzhi").
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q -DskipTests package && cp target/gongzhi-*.jar /build/gongzhi.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app gongzhi
WORKDIR /app
COPY --from=build /build/gongzhi.jar gongzhi.jar
USER gongzhi
ENV SPRING_PROFILES_ACTIVE=mysql \
    TZ=Asia/Shanghai \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD wget -qO- http://127.0.0.1:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/gongzhi.jar"]
