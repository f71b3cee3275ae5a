package com.needlework.ops.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUrlEnvironmentPostProcessorTest {

  private final DatabaseUrlEnvironmentPostProcessor processor =
      new DatabaseUrlEnvironmentPostProcessor();

  @Test
  void turnsAPostgresUrlIntoDataSourceSettings() {
    assertThat(
            DatabaseUrlEnvironmentPostProcessor.parse(
                "postgres://clinic:s%40cret@db.example.com:6543/needlework?sslmode=require"))
        .isEqualTo(
            Map.of(
                "spring.datasource.url",
                "jdbc:postgresql://db.example.com:6543/needlework?sslmode=require",
                "spring.datasource.username",
                "clinic",
                "spring.datasource.password",
                "s@cret"));
  }

  @Test
  void usesTheDefaultPortWhenNoneIsGiven() {
    assertThat(DatabaseUrlEnvironmentPostProcessor.parse("postgresql://db/needlework"))
        .containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/needlework");
  }

  @Test
  void passesAJdbcUrlThrough() {
    assertThat(DatabaseUrlEnvironmentPostProcessor.parse("jdbc:postgresql://db:5432/x"))
        .isEqualTo(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/x"));
  }

  @Test
  void refusesAnotherKindOfDatabase() {
    assertThatThrownBy(() -> DatabaseUrlEnvironmentPostProcessor.parse("mysql://db/x"))
        .hasMessageContaining("postgres://");
  }

  @Test
  void explicitDataSourceSettingsWin() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("DATABASE_URL", "postgres://a:b@elsewhere/x")
            .withProperty("spring.datasource.url", "jdbc:postgresql://chosen/y");

    processor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.datasource.url"))
        .isEqualTo("jdbc:postgresql://chosen/y");
    assertThat(environment.getProperty("spring.datasource.username")).isNull();
  }

  @Test
  void withoutDatabaseUrlNothingChanges() {
    MockEnvironment environment = new MockEnvironment();

    processor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("spring.datasource.url")).isNull();
  }
}
