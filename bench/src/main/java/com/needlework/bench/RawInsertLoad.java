package com.needlework.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database's own limit for what a booking must do at least: append an event-store row and
 * commit. Inserts into a scratch copy of Axon's event table, one row per transaction.
 */
final class RawInsertLoad implements AutoCloseable {

  static final String TABLE = "bench_event_entry";

  private static final int PAYLOAD_BYTES = 300;
  private static final String INSERT =
      "INSERT INTO "
          + TABLE
          + " (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,"
          + " payloadrevision, payloadtype, timestamp) VALUES (?, 0, 'Visit', ?, ?, ?, NULL,"
          + " 'com.needlework.api.scheduling.DiscoveryCallBookedEvent', ?)";

  private final DataSource database;
  private final byte[] payload;
  private final byte[] metadata;

  /** Connects and creates the scratch table, replacing one a previous run left behind. */
  RawInsertLoad(String jdbcUrl, String user, String password) throws SQLException, IOException {
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL(jdbcUrl);
    postgres.setUser(user);
    postgres.setPassword(password);
    this.database = postgres;
    ObjectMapper json = new ObjectMapper();
    this.payload = samplePayload(json);
    this.metadata =
        json.writeValueAsBytes(
            Map.of(
                "correlationId", UUID.randomUUID().toString(),
                "traceId", UUID.randomUUID().toString()));
    execute("DROP TABLE IF EXISTS " + TABLE);
    execute(
        "CREATE TABLE "
            + TABLE
            + " (globalindex BIGSERIAL PRIMARY KEY, aggregateidentifier VARCHAR(255) NOT NULL,"
            + " sequencenumber BIGINT NOT NULL, type VARCHAR(255),"
            + " eventidentifier VARCHAR(255) NOT NULL UNIQUE, metadata BYTEA,"
            + " payload BYTEA NOT NULL, payloadrevision VARCHAR(255),"
            + " payloadtype VARCHAR(255) NOT NULL, timestamp VARCHAR(255) NOT NULL,"
            + " UNIQUE (aggregateidentifier, sequencenumber))");
  }

  /** A JSON event much like a booked discovery call, padded to {@value #PAYLOAD_BYTES} bytes. */
  private static byte[] samplePayload(ObjectMapper json) throws IOException {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("visitId", UUID.randomUUID().toString());
    event.put("prospectId", UUID.randomUUID().toString());
    event.put("practitionerId", UUID.randomUUID().toString());
    event.put("slot", Map.of("start", "2026-01-05T16:00:00Z", "end", "2026-01-05T16:20:00Z"));
    event.put("bufferAfter", "PT0S");
    event.put("channel", "PUBLIC");
    event.put("reason", "");
    int padding = PAYLOAD_BYTES - json.writeValueAsBytes(event).length;
    event.put("reason", "x".repeat(Math.max(0, padding)));
    return json.writeValueAsBytes(event);
  }

  /** Inserts {@code rows} rows over {@code connections} connections, each row committed alone. */
  LoadDriver.Run insert(int rows, int connections) throws Exception {
    return LoadDriver.run(rows, connections, this::openWorker);
  }

  private LoadDriver.Worker openWorker() throws SQLException {
    Connection connection = database.getConnection();
    connection.setAutoCommit(true);
    PreparedStatement insert = connection.prepareStatement(INSERT);
    return new LoadDriver.Worker() {
      @Override
      public Optional<String> perform(int index) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, UUID.randomUUID().toString());
        insert.setBytes(3, metadata);
        insert.setBytes(4, payload);
        insert.setString(5, Instant.now().toString());
        insert.executeUpdate();
        return Optional.empty();
      }

      @Override
      public void close() throws SQLException {
        connection.close();
      }
    };
  }

  /** Drops the scratch table. */
  @Override
  public void close() throws SQLException {
    execute("DROP TABLE IF EXISTS " + TABLE);
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
