-- Command-side lookups for insurance: payers, coverages, authorizations, and how many covered
-- visits each benefit period and authorization has used and has booked ahead. Written by a
-- subscribing handler in the transaction that appends their events.

CREATE TABLE cs_payer (
    payer_id         UUID PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    needling_covered BOOLEAN      NOT NULL
);

CREATE TABLE cs_coverage (
    coverage_id     UUID PRIMARY KEY,
    patient_id      UUID        NOT NULL,
    payer_id        UUID        NOT NULL REFERENCES cs_payer (payer_id),
    priority        VARCHAR(10) NOT NULL,
    period_type     VARCHAR(20) NOT NULL,
    renews_on       VARCHAR(7)  NOT NULL,
    visits_allowed  INT         NOT NULL,
    effective_from  DATE        NOT NULL,
    effective_until DATE
);
CREATE INDEX cs_coverage_by_patient ON cs_coverage (patient_id);

CREATE TABLE cs_benefit_usage (
    coverage_id  UUID NOT NULL REFERENCES cs_coverage (coverage_id),
    period_start DATE NOT NULL,
    used         INT  NOT NULL,
    booked       INT  NOT NULL,
    PRIMARY KEY (coverage_id, period_start),
    CHECK (booked >= 0)
);

CREATE TABLE cs_authorization (
    authorization_id UUID PRIMARY KEY,
    coverage_id      UUID        NOT NULL REFERENCES cs_coverage (coverage_id),
    number           VARCHAR(50) NOT NULL,
    units            INT         NOT NULL,
    used             INT         NOT NULL,
    booked           INT         NOT NULL CHECK (booked >= 0),
    valid_from       DATE        NOT NULL,
    valid_to         DATE        NOT NULL,
    codes            VARCHAR(200) NOT NULL
);
CREATE INDEX cs_authorization_by_coverage ON cs_authorization (coverage_id);

-- Which period and authorization each covered visit waits for (RESERVED) or used (USED).
CREATE TABLE cs_visit_benefit (
    visit_id         UUID PRIMARY KEY,
    coverage_id      UUID        NOT NULL,
    period_start     DATE        NOT NULL,
    authorization_id UUID,
    state            VARCHAR(10) NOT NULL CHECK (state IN ('RESERVED', 'USED'))
);
