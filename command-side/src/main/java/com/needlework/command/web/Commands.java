package com.needlework.command.web;

import com.needlework.api.common.RequestRefusedException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/** Sends a command to an existing aggregate and names it when it does not exist. */
@Component
public class Commands {

  private final CommandGateway gateway;

  Commands(CommandGateway gateway) {
    this.gateway = gateway;
  }

  public <R> R sendTo(String what, Object id, Object command) {
    try {
      return gateway.sendAndWait(command);
    } catch (AggregateNotFoundException missing) {
      throw RequestRefusedException.notFound("There is no " + what + " with id " + id);
    }
  }
}
