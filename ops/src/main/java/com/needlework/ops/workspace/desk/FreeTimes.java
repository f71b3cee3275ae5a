package com.needlework.ops.workspace.desk;

import com.needlework.api.common.Refusal;
import com.needlework.ops.workspace.FormError;
import com.needlework.query.availability.AvailabilityQueries;
import com.needlework.query.availability.AvailableSlot;
import com.needlework.query.availability.SlotSearch;
import java.util.List;

/**
 * The free times a form offers, straight from {@link AvailabilityQueries} as GET /api/availability
 * answers them, or the refusal that says why there are none.
 */
record FreeTimes(List<AvailableSlot> slots, FormError refusal) {

  static FreeTimes find(AvailabilityQueries availability, SlotSearch search) {
    try {
      return new FreeTimes(availability.find(search).slots(), null);
    } catch (Refusal refused) {
      return new FreeTimes(List.of(), FormError.of(refused).orElseThrow());
    }
  }

  static FreeTimes none() {
    return new FreeTimes(List.of(), null);
  }
}
