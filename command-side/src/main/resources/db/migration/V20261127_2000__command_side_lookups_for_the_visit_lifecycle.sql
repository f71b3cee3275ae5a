-- Command-side lookups for evaluations, needling sessions, time off, credentials and the waitlist.
-- Written by subscribing handlers in the transaction that appends their events.

-- The guard now also holds practitioners' time off: a holder is a visit or a period of time off.
ALTER TABLE booking_guard RENAME COLUMN visit_id TO holder_id;
ALTER TABLE booking_guard ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'VISIT'
    CHECK (kind IN ('VISIT', 'TIME_OFF'));

CREATE TABLE cs_credential (
    practitioner_id UUID    NOT NULL REFERENCES cs_practitioner (practitioner_id),
    state           CHAR(2) NOT NULL,
    valid_until     DATE    NOT NULL,
    PRIMARY KEY (practitioner_id, state)
);

CREATE TABLE cs_time_off (
    time_off_id     UUID PRIMARY KEY,
    practitioner_id UUID      NOT NULL REFERENCES cs_practitioner (practitioner_id),
    period          TSTZRANGE NOT NULL
);
CREATE INDEX cs_time_off_by_practitioner ON cs_time_off USING gist (practitioner_id, period);

-- A patient's current care, as the needling rules read it. sessions_counted counts the needling
-- sessions booked or done against the current plan; the constraint makes the last session of a
-- plan go to exactly one of two racing bookings.
CREATE TABLE cs_patient_care (
    patient_id        UUID PRIMARY KEY,
    evaluated_on      DATE,
    plan_number       INT          NOT NULL DEFAULT 0,
    sessions_allowed  INT,
    sessions_per_week INT,
    certified_until   DATE,
    sessions_counted  INT          NOT NULL DEFAULT 0,
    contraindications VARCHAR(300) NOT NULL DEFAULT '',
    overridden        VARCHAR(300) NOT NULL DEFAULT '',
    CONSTRAINT plan_of_care_not_exceeded
        CHECK (sessions_counted >= 0 AND (sessions_allowed IS NULL OR sessions_counted <= sessions_allowed))
);

-- Which plan each needling session counts against, and whether it still counts.
CREATE TABLE cs_needling_visit (
    visit_id    UUID PRIMARY KEY,
    patient_id  UUID    NOT NULL,
    plan_number INT     NOT NULL,
    counted     BOOLEAN NOT NULL
);

-- The waitlist as the matcher reads it: who waits for what, when they could come.
CREATE TABLE cs_waitlist (
    entry_id        UUID PRIMARY KEY,
    patient_id      UUID        NOT NULL,
    visit_type      VARCHAR(40) NOT NULL,
    days            VARCHAR(80) NOT NULL,
    from_time       TIME        NOT NULL,
    to_time         TIME        NOT NULL,
    practitioner_id UUID,
    waitlisted_at   TIMESTAMPTZ NOT NULL,
    status          VARCHAR(10) NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED'))
);
CREATE INDEX cs_waitlist_waiting ON cs_waitlist (visit_type, status, waitlisted_at);

-- Slots a waiting patient already declined: never offered to them again.
CREATE TABLE cs_waitlist_declined (
    entry_id        UUID        NOT NULL,
    slot_start      TIMESTAMPTZ NOT NULL,
    practitioner_id UUID        NOT NULL,
    PRIMARY KEY (entry_id, slot_start, practitioner_id)
);
