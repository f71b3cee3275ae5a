package com.needlework.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Books discovery calls over HTTP as the public does, remembering every visit it booked so that
 * {@link #cancelAll} frees the slots again.
 */
final class HttpBookingLoad {

  private final NeedleworkApi api;
  private final Queue<String> booked = new ConcurrentLinkedQueue<>();
  private final AtomicInteger callers = new AtomicInteger();

  HttpBookingLoad(NeedleworkApi api) {
    this.api = api;
  }

  /** Books one call in each slot, with {@code clients} clients booking back-to-back. */
  LoadDriver.Run book(List<SlotPicker.Slot> slots, int clients) throws Exception {
    return LoadDriver.run(
        slots.size(),
        clients,
        () ->
            index -> {
              NeedleworkApi.Answer answer =
                  api.bookDiscoveryCall(slots.get(index), callers.incrementAndGet());
              if (answer.status() != 201) {
                return Optional.of(answer.describe());
              }
              booked.add(answer.text("visitId"));
              return Optional.empty();
            });
  }

  /** Cancels every visit booked so far, with {@code clients} clients. */
  LoadDriver.Run cancelAll(int clients) throws Exception {
    List<String> visits = new ArrayList<>(booked);
    booked.clear();
    return LoadDriver.run(
        visits.size(),
        clients,
        () ->
            index -> {
              NeedleworkApi.Answer answer = api.cancel(visits.get(index));
              return answer.status() == 200 ? Optional.empty() : Optional.of(answer.describe());
            });
  }
}
