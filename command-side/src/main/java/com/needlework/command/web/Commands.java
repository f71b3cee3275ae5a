package com.needlework.command.web;

import com.needlework.api.common.Refusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/** Sends commands and waits; names the target when an existing aggregate was expected. */
@Component
public class Commands {

  private final CommandGateway gateway;

  Commands(CommandGateway gateway) {
    this.gateway = gateway;
  }

  /** Sends a command that creates an aggregate (or needs none to exist). */
  public <R> R send(Object command) {
    return gateway.sendAndWait(command);
  }

  /** Sends a command to an existing aggregate; a missing one is answered as not found. */
  public <R> R sendTo(String what, Object id, Object command) {
    try {
      return gateway.sendAndWait(command);
    } catch (AggregateNotFoundException missing) {
      throw Refusal.notFound(what, id);
    }
  }
}
