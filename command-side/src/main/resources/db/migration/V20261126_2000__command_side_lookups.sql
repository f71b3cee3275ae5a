-- Command-side lookup tables. Each is written by a subscribing event handler inside the
-- transaction that appends its events, so the constraints below decide whether a command commits.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- One deployment serves one clinic: the singleton key makes a second ClinicOpenedEvent fail.
CREATE TABLE cs_clinic (
    singleton           BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    clinic_id           UUID         NOT NULL,
    name                VARCHAR(200) NOT NULL,
    zone                VARCHAR(64)  NOT NULL,
    state               CHAR(2)      NOT NULL,
    minimum_notice_s    BIGINT       NOT NULL,
    public_horizon_s    BIGINT       NOT NULL,
    staff_horizon_s     BIGINT       NOT NULL,
    slot_step_s         BIGINT       NOT NULL,
    late_cancellation_s BIGINT       NOT NULL
);

CREATE TABLE cs_visit_type (
    visit_type        VARCHAR(40) PRIMARY KEY,
    length_s          BIGINT      NOT NULL,
    buffer_after_s    BIGINT      NOT NULL,
    location          VARCHAR(20) NOT NULL,
    publicly_bookable BOOLEAN     NOT NULL
);

CREATE TABLE cs_practitioner (
    practitioner_id UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL
);

CREATE TABLE cs_working_period (
    practitioner_id UUID     NOT NULL REFERENCES cs_practitioner (practitioner_id),
    day_of_week     SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_time      TIME     NOT NULL,
    end_time        TIME     NOT NULL,
    PRIMARY KEY (practitioner_id, day_of_week, start_time)
);

CREATE TABLE cs_room (
    room_id UUID PRIMARY KEY,
    name    VARCHAR(100) NOT NULL
);

-- The time every live visit occupies (its slot plus the buffer after it). No practitioner and no
-- room ever holds two overlapping visits; back-to-back visits are fine ('[)' ranges).
CREATE TABLE booking_guard (
    visit_id        UUID PRIMARY KEY,
    practitioner_id UUID      NOT NULL,
    room_id         UUID,
    occupied        TSTZRANGE NOT NULL,
    CONSTRAINT practitioner_never_double_booked
        EXCLUDE USING gist (practitioner_id WITH =, occupied WITH &&),
    CONSTRAINT room_never_double_booked
        EXCLUDE USING gist (room_id WITH =, occupied WITH &&) WHERE (room_id IS NOT NULL)
);

CREATE TABLE staff_account (
    staff_member_id UUID PRIMARY KEY,
    username        VARCHAR(40)  NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    roles           VARCHAR(200) NOT NULL
);

-- Password hashes (bcrypt) stay out of the event store.
CREATE TABLE staff_credential (
    staff_member_id UUID PRIMARY KEY REFERENCES staff_account (staff_member_id),
    password_hash   VARCHAR(100) NOT NULL
);
