package com.needlework.query.patient;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.insurance.CoverageStatus;
import com.needlework.api.scheduling.SeriesId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import java.time.OffsetDateTime;

/**
 * One of a patient's visits (their discovery calls included), its times with the clinic's offset.
 *
 * @param planNumber the plan of care a needling session counts against; null for other visits
 * @param coverageStatus how the visit is paid; null for discovery calls, which are never billed
 */
record PatientVisit(
    VisitId visitId,
    VisitType visitType,
    OffsetDateTime start,
    OffsetDateTime end,
    VisitStatus status,
    boolean lateCancellation,
    PractitionerId practitionerId,
    String practitionerName,
    RoomId roomId,
    String roomName,
    Integer planNumber,
    SeriesId seriesId,
    CoverageStatus coverageStatus,
    String coverageReason) {}
