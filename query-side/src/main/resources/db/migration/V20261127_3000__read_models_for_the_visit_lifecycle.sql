-- Read models for the visit lifecycle: rooms, patients and their care, credentials, time off and
-- the waitlist. Each table is owned by one processing group and rebuilt by replaying the events.

-- schedule: every visit type, its room, patient and lifecycle
ALTER TABLE rm_visit
    ADD COLUMN checked_in_at TIMESTAMPTZ,
    ADD COLUMN completed_at  TIMESTAMPTZ,
    ADD COLUMN series_id     UUID,
    ADD COLUMN plan_number   INTEGER,
    ADD CONSTRAINT rm_visit_status
        CHECK (status IN ('BOOKED', 'ARRIVED', 'FULFILLED', 'CANCELLED', 'NOSHOW'));
CREATE INDEX rm_visit_by_room ON rm_visit (room_id, start_at) WHERE room_id IS NOT NULL;
CREATE INDEX rm_visit_by_patient ON rm_visit (patient_id, start_at) WHERE patient_id IS NOT NULL;
CREATE INDEX rm_visit_by_prospect ON rm_visit (prospect_id) WHERE prospect_id IS NOT NULL;

-- clinic-directory: a practitioner's dry-needling credentials (one per state) and time off
CREATE TABLE rm_credential (
    practitioner_id UUID    NOT NULL,
    state           CHAR(2) NOT NULL,
    valid_until     DATE    NOT NULL,
    PRIMARY KEY (practitioner_id, state)
);

CREATE TABLE rm_time_off (
    time_off_id     UUID PRIMARY KEY,
    practitioner_id UUID        NOT NULL,
    start_at        TIMESTAMPTZ NOT NULL,
    end_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX rm_time_off_by_start ON rm_time_off (start_at, end_at);

-- patients: who they are and their current care. screening_sequence is the patient aggregate's
-- sequence number of the event that recorded the current screening: an override counts only when
-- it came later.
CREATE TABLE rm_patient (
    patient_id         UUID PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    phone              VARCHAR(30)  NOT NULL,
    email              VARCHAR(254) NOT NULL,
    date_of_birth      DATE         NOT NULL,
    converted_from     UUID,
    evaluated_on       DATE,
    complexity         VARCHAR(10),
    plan_number        INTEGER      NOT NULL DEFAULT 0,
    sessions_allowed   INTEGER,
    sessions_per_week  INTEGER,
    certified_until    DATE,
    screening          JSONB,
    screening_sequence BIGINT
);

CREATE TABLE rm_contraindication_override (
    patient_id       UUID        NOT NULL,
    sequence         BIGINT      NOT NULL,
    contraindication VARCHAR(40) NOT NULL,
    reason           TEXT        NOT NULL,
    clinician        VARCHAR(100) NOT NULL,
    overridden_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (patient_id, sequence)
);

-- waitlist: entries with their open or accepted offer, and the offers declined
CREATE TABLE rm_waitlist_entry (
    entry_id              UUID PRIMARY KEY,
    patient_id            UUID        NOT NULL,
    visit_type            VARCHAR(40) NOT NULL,
    preferences           JSONB       NOT NULL,
    waitlisted_at         TIMESTAMPTZ NOT NULL,
    status                VARCHAR(10) NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED')),
    offer_start_at        TIMESTAMPTZ,
    offer_end_at          TIMESTAMPTZ,
    offer_practitioner_id UUID,
    offer_room_id         UUID,
    booked_visit_id       UUID
);
CREATE INDEX rm_waitlist_entry_by_time ON rm_waitlist_entry (waitlisted_at);

CREATE TABLE rm_waitlist_declined_offer (
    entry_id        UUID        NOT NULL,
    sequence        BIGINT      NOT NULL,
    start_at        TIMESTAMPTZ NOT NULL,
    end_at          TIMESTAMPTZ NOT NULL,
    practitioner_id UUID        NOT NULL,
    room_id         UUID,
    declined_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (entry_id, sequence)
);
