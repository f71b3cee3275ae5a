-- A covered visit none of whose lines was billed to its coverage.
ALTER TABLE rm_covered_visit DROP CONSTRAINT rm_covered_visit_outcome_check;
ALTER TABLE rm_covered_visit ADD CONSTRAINT rm_covered_visit_outcome_check
    CHECK (outcome IN ('USED', 'RETURNED', 'NEEDS_ATTENTION', 'NOT_BILLED'));

-- Each charged visit: who pays what, as estimated until the payer answers.
CREATE TABLE rm_visit_charges (
    visit_id         UUID PRIMARY KEY,
    patient_id       UUID           NOT NULL,
    practitioner_id  UUID,
    service_date     DATE           NOT NULL,
    coverage_id      UUID,
    payer_id         UUID,
    diagnoses        VARCHAR(120)   NOT NULL,
    total            NUMERIC(12, 2) NOT NULL,
    covered          NUMERIC(12, 2) NOT NULL,
    self_pay         NUMERIC(12, 2) NOT NULL,
    copay            NUMERIC(12, 2) NOT NULL,
    deductible       NUMERIC(12, 2) NOT NULL,
    coinsurance      NUMERIC(12, 2) NOT NULL,
    patient_estimate NUMERIC(12, 2) NOT NULL,
    payer_estimate   NUMERIC(12, 2) NOT NULL,
    reversal_reason  VARCHAR(500)
);
CREATE INDEX rm_visit_charges_patient ON rm_visit_charges (patient_id, service_date);

CREATE TABLE rm_charge_line (
    visit_id           UUID           NOT NULL REFERENCES rm_visit_charges ON DELETE CASCADE,
    line_no            INTEGER        NOT NULL,
    code               VARCHAR(5)     NOT NULL,
    modifiers          VARCHAR(20)    NOT NULL,
    units              INTEGER        NOT NULL,
    unit_price         NUMERIC(10, 2) NOT NULL,
    amount             NUMERIC(12, 2) NOT NULL,
    payer              VARCHAR(10)    NOT NULL CHECK (payer IN ('COVERED', 'SELF_PAY')),
    diagnosis_pointers VARCHAR(30)    NOT NULL,
    PRIMARY KEY (visit_id, line_no)
);

CREATE TABLE rm_invoice (
    number      VARCHAR(20) PRIMARY KEY,
    patient_id  UUID           NOT NULL,
    visit_id    UUID,
    description VARCHAR(200)   NOT NULL,
    issued_on   DATE           NOT NULL,
    due_on      DATE           NOT NULL,
    amount      NUMERIC(12, 2) NOT NULL,
    paid        NUMERIC(12, 2) NOT NULL,
    status      VARCHAR(12)    NOT NULL CHECK (status IN ('OPEN', 'PARTLY_PAID', 'PAID', 'VOID')),
    void_reason VARCHAR(600)
);
CREATE INDEX rm_invoice_patient ON rm_invoice (patient_id);
CREATE INDEX rm_invoice_status ON rm_invoice (status, due_on);

CREATE TABLE rm_account (
    patient_id UUID PRIMARY KEY,
    credit     NUMERIC(12, 2) NOT NULL
);

-- What changed what the patient owes, one row per event of the account (its sequence number).
CREATE TABLE rm_account_entry (
    patient_id  UUID           NOT NULL,
    sequence    BIGINT         NOT NULL,
    occurred_at TIMESTAMPTZ    NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    description VARCHAR(600)   NOT NULL,
    amount      NUMERIC(12, 2) NOT NULL,
    method      VARCHAR(10),
    reference   VARCHAR(80),
    PRIMARY KEY (patient_id, sequence)
);
CREATE INDEX rm_account_entry_day ON rm_account_entry (occurred_at) WHERE method IS NOT NULL;

CREATE TABLE rm_payment (
    payment_id  UUID PRIMARY KEY,
    patient_id  UUID           NOT NULL,
    amount      NUMERIC(12, 2) NOT NULL,
    refunded    NUMERIC(12, 2) NOT NULL,
    method      VARCHAR(10)    NOT NULL,
    reference   VARCHAR(80),
    taken_by    VARCHAR(100)   NOT NULL,
    received_at TIMESTAMPTZ    NOT NULL
);

CREATE TABLE rm_policy_fee (
    fee_id      UUID PRIMARY KEY,
    patient_id  UUID           NOT NULL,
    visit_id    UUID           NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    amount      NUMERIC(10, 2) NOT NULL,
    invoice     VARCHAR(20)    NOT NULL,
    waived      BOOLEAN        NOT NULL,
    waiver      VARCHAR(500)
);
