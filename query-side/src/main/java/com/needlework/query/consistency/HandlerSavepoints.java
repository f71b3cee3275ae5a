package com.needlework.query.consistency;

import java.util.Collection;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs every event handler of a read model inside a savepoint of the batch's transaction. When a
 * statement fails, PostgreSQL refuses every later statement of the transaction; rolled back to the
 * savepoint, the transaction is usable again, so the dead-letter queue can park the event in it and
 * the batch commits with the other events and the token. See docs/adr/0006.
 */
final class HandlerSavepoints implements HandlerEnhancerDefinition {

  private static final Logger log = LoggerFactory.getLogger(HandlerSavepoints.class);
  private static final TransactionDefinition SAVEPOINT =
      new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

  private final PlatformTransactionManager transactions;
  private final Set<String> groups;

  HandlerSavepoints(PlatformTransactionManager transactions, Collection<String> groups) {
    this.transactions = transactions;
    this.groups = Set.copyOf(groups);
  }

  @Override
  public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
    if (!original.canHandleMessageType(EventMessage.class)) {
      return original;
    }
    ProcessingGroup group =
        AnnotatedElementUtils.findMergedAnnotation(
            original.declaringClass(), ProcessingGroup.class);
    if (group == null || !groups.contains(group.value())) {
      return original;
    }
    return new InSavepoint<>(original, group.value());
  }

  private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

    private final String group;

    InSavepoint(MessageHandlingMember<T> delegate, String group) {
      super(delegate);
      this.group = group;
    }

    @Override
    public Object handle(Message<?> message, T target) throws Exception {
      TransactionStatus savepoint = transactions.getTransaction(SAVEPOINT);
      Object result;
      try {
        result = super.handle(message, target);
      } catch (Exception | Error failure) {
        transactions.rollback(savepoint);
        log.warn(
            "Read model '{}' failed on event {} ({}); its changes are rolled back and the event"
                + " goes to the dead-letter queue",
            group,
            message.getIdentifier(),
            message.getPayloadType().getSimpleName(),
            failure);
        throw failure;
      }
      transactions.commit(savepoint);
      return result;
    }
  }
}
