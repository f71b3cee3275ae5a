-- Read models for insurance: how each visit is paid, payers, patients' coverages with their
-- authorizations, what each covered visit did to its coverage, the last eligibility response, and
-- the alerts the benefit deadlines raise. Each table is owned by one processing group and rebuilt
-- by replaying the events.

-- schedule: how a visit is paid, as decided when it was booked or moved (null before insurance,
-- and for discovery calls, which are never billed)
ALTER TABLE rm_visit
    ADD COLUMN coverage_status       VARCHAR(20),
    ADD COLUMN coverage_id           UUID,
    ADD COLUMN coverage_period_start DATE,
    ADD COLUMN authorization_id      UUID,
    ADD COLUMN coverage_reason       TEXT,
    ADD CONSTRAINT rm_visit_coverage_status
        CHECK (coverage_status IN ('COVERED', 'SELF_PAY', 'NEEDS_ATTENTION'));
CREATE INDEX rm_visit_by_coverage ON rm_visit (coverage_id, coverage_period_start)
    WHERE coverage_id IS NOT NULL;

-- payers
CREATE TABLE rm_payer (
    payer_id              UUID PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    electronic_payer_id   VARCHAR(80)  NOT NULL,
    needling_covered      BOOLEAN      NOT NULL,
    unattended_estim_code VARCHAR(20)  NOT NULL,
    timed_code_rule       VARCHAR(20)  NOT NULL,
    medicare              BOOLEAN      NOT NULL,
    kx_threshold          NUMERIC(12, 2)
);

-- coverages: the terms as they stand, the day a termination took effect (last_day), and the visits
-- the payer had already counted in one period before this system tracked them
CREATE TABLE rm_coverage (
    coverage_id         UUID PRIMARY KEY,
    patient_id          UUID           NOT NULL,
    payer_id            UUID           NOT NULL,
    member_id           VARCHAR(80)    NOT NULL,
    subscriber_relation VARCHAR(10)    NOT NULL,
    priority            VARCHAR(10)    NOT NULL,
    period_type         VARCHAR(20)    NOT NULL,
    renews_on           CHAR(5)        NOT NULL,
    visits_allowed      INTEGER        NOT NULL,
    copay               NUMERIC(12, 2) NOT NULL,
    coinsurance_percent NUMERIC        NOT NULL,
    deductible          NUMERIC(12, 2) NOT NULL,
    deductible_met      NUMERIC(12, 2) NOT NULL,
    effective_from      DATE           NOT NULL,
    effective_until     DATE,
    last_day            DATE,
    used_so_far_start   DATE           NOT NULL,
    used_so_far_end     DATE           NOT NULL,
    visits_used_so_far  INTEGER        NOT NULL
);
CREATE INDEX rm_coverage_by_patient ON rm_coverage (patient_id);

CREATE TABLE rm_authorization (
    authorization_id  UUID PRIMARY KEY,
    coverage_id       UUID        NOT NULL,
    number            VARCHAR(50) NOT NULL,
    visits_authorized INTEGER     NOT NULL,
    valid_from        DATE        NOT NULL,
    valid_to          DATE        NOT NULL,
    codes             TEXT[]      NOT NULL
);
CREATE INDEX rm_authorization_by_coverage ON rm_authorization (coverage_id);

-- coverages: the last word of a coverage on each completed covered visit: it used a visit of the
-- period (and of the authorization), gave it back when the completion was reversed, or could not
-- pay it
CREATE TABLE rm_covered_visit (
    visit_id         UUID PRIMARY KEY,
    coverage_id      UUID        NOT NULL,
    outcome          VARCHAR(20) NOT NULL CHECK (outcome IN ('USED', 'RETURNED', 'NEEDS_ATTENTION')),
    service_date     DATE,
    period_start     DATE,
    authorization_id UUID,
    reason           TEXT
);
CREATE INDEX rm_covered_visit_by_coverage ON rm_covered_visit (coverage_id, period_start);

CREATE TABLE rm_eligibility (
    coverage_id UUID PRIMARY KEY,
    received_at TIMESTAMPTZ NOT NULL,
    report      JSONB       NOT NULL
);

-- benefit-alerts: one per deadline event, keyed by the event's identifier; due_on is the day the
-- alert is about, visits how many visits (or plan sessions) it concerns
CREATE TABLE rm_benefit_alert (
    alert_id         VARCHAR(100) PRIMARY KEY,
    kind             VARCHAR(40)  NOT NULL,
    patient_id       UUID         NOT NULL,
    coverage_id      UUID,
    authorization_id UUID,
    due_on           DATE         NOT NULL,
    visits           INTEGER      NOT NULL,
    raised_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX rm_benefit_alert_by_time ON rm_benefit_alert (raised_at);
