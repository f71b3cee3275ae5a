package com.needlework.command.clinic;

import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.TimeSlot;
import java.util.List;
import java.util.Optional;

/** What booking needs to know of the clinic's setup, read consistently on the command side. */
public interface ClinicCalendar {

  Optional<ClinicSchedule> clinic();

  Optional<VisitTypeSettings> visitType(VisitType type);

  Optional<PractitionerHours> practitioner(PractitionerId id);

  List<PractitionerHours> practitioners();

  boolean roomExists(RoomId id);

  List<DryNeedlingCredential> credentials(PractitionerId id);

  /** Whether the practitioner has time off overlapping the slot. */
  boolean isOff(PractitionerId id, TimeSlot slot);
}
