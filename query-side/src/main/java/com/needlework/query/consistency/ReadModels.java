package com.needlework.query.consistency;

import java.util.List;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The read models' processing groups (each name is also its key under {@code
 * axon.eventhandling.processors}, which the application fills from {@link #ALL}), and how they
 * commit: with PostgreSQL's asynchronous commit. A read model commits together with its tracking
 * token, so a crash can lose only the last few batches of both, which are then read again from the
 * events; the events themselves stay synchronously durable. Without it every event would cost each
 * read model a flush to disk.
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
  public static final String ACCOUNTS = "accounts";

  /** A read model's processing group and how many segments (each with a thread) it is read in. */
  public record ReadModel(String name, int segments) {}

  /** Every read model: the one list of their processing groups. */
  public static final List<ReadModel> ALL =
      List.of(
          new ReadModel(CLINIC_DIRECTORY, 2),
          new ReadModel(SCHEDULE, 2),
          new ReadModel(PROSPECTS, 2),
          new ReadModel(PATIENTS, 2),
          new ReadModel(WAITLIST_ENTRIES, 2),
          new ReadModel(PAYERS, 1),
          new ReadModel(COVERAGES, 2),
          new ReadModel(BENEFIT_ALERTS, 1),
          new ReadModel(ACCOUNTS, 2));

  /** The processing groups of every read model. */
  public static List<String> names() {
    return ALL.stream().map(ReadModel::name).toList();
  }

  /** A handler that fails leaves its batch usable, so the event is parked and the rest goes on. */
  @Bean
  HandlerEnhancerDefinition readModelHandlersInSavepoints(PlatformTransactionManager transactions) {
    return new HandlerSavepoints(transactions, names());
  }

  @Bean
  ConfigurerModule readModelsCommitAsynchronously(JdbcTemplate jdbc) {
    return configurer -> {
      for (ReadModel readModel : ALL) {
        configurer
            .eventProcessing()
            .registerTransactionManager(
                readModel.name(),
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
