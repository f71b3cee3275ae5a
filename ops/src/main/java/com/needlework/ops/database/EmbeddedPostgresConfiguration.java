package com.needlework.ops.database;

import com.needlework.ops.NeedleworkProperties;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (nor {@code DATABASE_URL}), the application runs its own
 * PostgreSQL whose data folder survives restarts. Spring stops it after everything using it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(NeedleworkProperties properties) throws IOException {
    Path dataDir = properties.dataDir().toAbsolutePath().normalize();
    Files.createDirectories(dataDir);
    String durability = properties.embeddedPostgres().durable() ? "on" : "off";
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("fsync", durability)
            .setServerConfig("synchronous_commit", durability)
            .setServerConfig("full_page_writes", durability)
            .setServerConfig("max_connections", "100");
    if (properties.embeddedPostgres().port() > 0) {
      builder.setPort(properties.embeddedPostgres().port());
    }
    EmbeddedPostgres postgres = builder.start();
    log.info(
        "Embedded PostgreSQL listening on localhost:{} with data in {}",
        postgres.getPort(),
        dataDir);
    return postgres;
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setPoolName("needlework-embedded");
    return dataSource;
  }
}
