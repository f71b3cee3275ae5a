package com.needlework.command.web;

import com.needlework.api.common.Causes;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends several commands in one database transaction: all their events and lookup rows commit
 * together, or none does. When another transaction changed one of the aggregates first (a duplicate
 * event sequence, a deadlock), the whole transaction runs again with fresh state; a retry of one
 * command inside it could not, since its transaction is already doomed.
 */
@Component
public class TransactionalCommands {

  private static final int ATTEMPTS = 5;
  private static final long BACKOFF_MILLIS = 15;

  private final Commands commands;
  private final TransactionTemplate transaction;

  TransactionalCommands(CommandBus commandBus, TransactionTemplate transaction) {
    this.commands = new Commands(DefaultCommandGateway.builder().commandBus(commandBus).build());
    this.transaction = transaction;
  }

  public <T> T inOneTransaction(Function<Commands, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> work.apply(commands));
      } catch (RuntimeException failure) {
        if (attempt == ATTEMPTS || !lostARace(failure)) {
          throw failure;
        }
        pause(attempt);
      }
    }
  }

  private static boolean lostARace(RuntimeException failure) {
    return Causes.find(failure, ConcurrencyException.class).isPresent()
        || Causes.find(failure, ConcurrencyFailureException.class).isPresent();
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(BACKOFF_MILLIS * attempt);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a transaction", interrupted);
    }
  }
}
