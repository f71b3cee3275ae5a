package com.needlework.command.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a request that created something: 201 with what was made, and a {@code Location}
 * only where that location can be read.
 */
public final class Created {

  private Created() {}

  /** Created, and readable at the location. */
  public static <T> ResponseEntity<T> at(String location, T body) {
    return ResponseEntity.created(URI.create(location)).body(body);
  }

  /** Created, with nothing of its own to read (it shows in what it belongs to). */
  public static <T> ResponseEntity<T> within(T body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }
}
