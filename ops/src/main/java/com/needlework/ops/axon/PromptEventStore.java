package com.needlework.ops.axon;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, which also fetches new events for its readers as soon as the
 * database transaction that appended them commits. Axon asks it to fetch at the end of each
 * command's unit of work, which for several commands in one transaction comes before the commit, so
 * it found nothing and looked again only a second later.
 */
final class PromptEventStore extends EmbeddedEventStore {

  PromptEventStore(Builder builder) {
    super(builder);
    registerDispatchInterceptor(
        events -> {
          fetchOnceCommitted();
          return (index, event) -> event;
        });
  }

  private void fetchOnceCommitted() {
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.getSynchronizations().stream()
            .noneMatch(FetchAfterCommit.class::isInstance)) {
      TransactionSynchronizationManager.registerSynchronization(new FetchAfterCommit());
    }
  }

  private final class FetchAfterCommit implements TransactionSynchronization {
    @Override
    public void afterCommit() {
      PromptEventStore.this.afterCommit(List.of());
    }
  }
}
