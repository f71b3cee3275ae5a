-- The clinic's billing identity and policy fees; the NPI each practitioner renders under.
ALTER TABLE rm_clinic ADD COLUMN billing_identity JSONB;
ALTER TABLE rm_clinic ADD COLUMN visit_fees JSONB;
ALTER TABLE rm_practitioner ADD COLUMN npi CHAR(10);

-- The ABN a patient signed (Medicare and needling).
ALTER TABLE rm_patient ADD COLUMN abn_signed_on DATE;

-- The fee schedule.
CREATE TABLE rm_fee (
    code           VARCHAR(5)     NOT NULL,
    effective_from DATE           NOT NULL,
    price          NUMERIC(10, 2) NOT NULL,
    description    VARCHAR(120),
    PRIMARY KEY (code, effective_from)
);
