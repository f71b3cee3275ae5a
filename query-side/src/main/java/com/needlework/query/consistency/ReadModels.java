package com.needlework.query.consistency;

import java.util.List;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read models' processing groups (each name is also its key under {@code
 * axon.eventhandling.processors}), and how they commit: with PostgreSQL's asynchronous commit. A
 * read model commits together with its tracking token, so a crash can lose only the last few
 * batches of both, which are then read again from the events; the events themselves stay
 * synchronously durable. Without it every event would cost each read model a flush to disk.
 */
@Configuration
public class ReadModels {

  public static final String CLINIC_DIRECTORY = "clinic-directory";
  public static final String SCHEDULE = "schedule";
  public static final String PROSPECTS = "prospects";
  public static final String PATIENTS = "patients";
  public static final String WAITLIST_ENTRIES = "waitlist-entries";
  public static final String PAYERS = "payers";
  public static final String COVERAGES = "coverages";
  public static final String BENEFIT_ALERTS = "benefit-alerts";

  public static final List<String> ALL =
      List.of(
          CLINIC_DIRECTORY,
          SCHEDULE,
          PROSPECTS,
          PATIENTS,
          WAITLIST_ENTRIES,
          PAYERS,
          COVERAGES,
          BENEFIT_ALERTS);

  @Bean
  ConfigurerModule readModelsCommitAsynchronously(JdbcTemplate jdbc) {
    return configurer -> {
      for (String group : ALL) {
        configurer
            .eventProcessing()
            .registerTransactionManager(
                group,
                config ->
                    new AsynchronousCommit(config.getComponent(TransactionManager.class), jdbc));
      }
    };
  }

  /** Starts each transaction as the application's would, then asks not to wait for the flush. */
  record AsynchronousCommit(TransactionManager transactions, JdbcTemplate jdbc)
      implements TransactionManager {

    @Override
    public Transaction startTransaction() {
      Transaction transaction = transactions.startTransaction();
      jdbc.execute("SET LOCAL synchronous_commit TO OFF");
      return transaction;
    }
  }
}
