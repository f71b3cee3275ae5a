package com.needlework.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMember;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

class HandlerSavepointsTest {

  /** Records what the enhancer asks of the transactions. */
  static final class Savepoints implements PlatformTransactionManager {
    final List<String> calls = new ArrayList<>();

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
      calls.add(
          definition.getPropagationBehavior() == TransactionDefinition.PROPAGATION_NESTED
              ? "savepoint"
              : "other");
      return new SimpleTransactionStatus();
    }

    @Override
    public void commit(TransactionStatus status) {
      calls.add("release");
    }

    @Override
    public void rollback(TransactionStatus status) {
      calls.add("roll back");
    }
  }

  @ProcessingGroup("rooms")
  static class RoomProjection {
    @EventHandler
    void on(String name) {
      if (name.startsWith("bad")) {
        throw new IllegalStateException("cannot store it");
      }
    }
  }

  @ProcessingGroup("elsewhere")
  static class OtherProjection {
    @EventHandler
    void on(String name) {}
  }

  private final Savepoints transactions = new Savepoints();
  private final HandlerSavepoints enhancer = new HandlerSavepoints(transactions, Set.of("rooms"));

  private static <T> MessageHandlingMember<T> member(Class<T> type) throws Exception {
    return new AnnotatedMessageHandlingMember<>(
        type.getDeclaredMethod("on", String.class),
        EventMessage.class,
        String.class,
        ClasspathParameterResolverFactory.forClass(type));
  }

  private static EventMessage<String> event(String name) {
    return GenericEventMessage.asEventMessage(name);
  }

  @Test
  void releasesTheSavepointOfAHandlerThatSucceeds() throws Exception {
    enhancer
        .wrapHandler(member(RoomProjection.class))
        .handle(event("Room 1"), new RoomProjection());

    assertThat(transactions.calls).containsExactly("savepoint", "release");
  }

  @Test
  void rollsBackToTheSavepointOfAHandlerThatFailsAndPassesTheFailureOn() throws Exception {
    MessageHandlingMember<RoomProjection> handler =
        enhancer.wrapHandler(member(RoomProjection.class));

    assertThatThrownBy(() -> handler.handle(event("bad room"), new RoomProjection()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot store it");
    assertThat(transactions.calls).containsExactly("savepoint", "roll back");
  }

  @Test
  void leavesHandlersOfOtherProcessingGroupsAlone() throws Exception {
    MessageHandlingMember<OtherProjection> original = member(OtherProjection.class);

    assertThat(enhancer.wrapHandler(original)).isSameAs(original);
  }
}
