-- Read models. Each is owned by one processing group and can be rebuilt by replaying the events.

-- clinic-directory
CREATE TABLE rm_clinic (
    clinic_id UUID PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    zone      VARCHAR(64)  NOT NULL,
    state     CHAR(2)      NOT NULL,
    rules     JSONB        NOT NULL
);

CREATE TABLE rm_visit_type (
    visit_type VARCHAR(40) PRIMARY KEY,
    settings   JSONB       NOT NULL
);

CREATE TABLE rm_practitioner (
    practitioner_id UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    hours           JSONB        NOT NULL
);

CREATE TABLE rm_room (
    room_id UUID PRIMARY KEY,
    name    VARCHAR(100) NOT NULL
);

-- schedule
CREATE TABLE rm_visit (
    visit_id          UUID PRIMARY KEY,
    visit_type        VARCHAR(40) NOT NULL,
    practitioner_id   UUID        NOT NULL,
    room_id           UUID,
    prospect_id       UUID,
    patient_id        UUID,
    start_at          TIMESTAMPTZ NOT NULL,
    end_at            TIMESTAMPTZ NOT NULL,
    occupied_until    TIMESTAMPTZ NOT NULL,
    status            VARCHAR(20) NOT NULL,
    late_cancellation BOOLEAN     NOT NULL DEFAULT FALSE,
    channel           VARCHAR(10) NOT NULL
);
CREATE INDEX rm_visit_by_start ON rm_visit (start_at);
CREATE INDEX rm_visit_by_practitioner ON rm_visit (practitioner_id, start_at);

-- prospects
CREATE TABLE rm_prospect (
    prospect_id UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    phone       VARCHAR(30)  NOT NULL,
    email       VARCHAR(254) NOT NULL
);

-- Who read personal health information, when, and what. Written by the read endpoints.
CREATE TABLE phi_access_log (
    id          BIGSERIAL PRIMARY KEY,
    accessed_at TIMESTAMPTZ  NOT NULL,
    username    VARCHAR(100) NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    subject     VARCHAR(200) NOT NULL
);
CREATE INDEX phi_access_log_by_time ON phi_access_log (accessed_at);
