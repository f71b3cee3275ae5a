-- The ABN a patient signed (Medicare does not pay for dry needling by a PT).
ALTER TABLE cs_patient_care ADD COLUMN abn_signed_on DATE;

-- Whether a payer is Medicare (it needs an ABN before needling), filled in from the stored events.
ALTER TABLE cs_payer ADD COLUMN medicare BOOLEAN NOT NULL DEFAULT false;
UPDATE cs_payer p SET medicare = coalesce((e.event -> 'rules' ->> 'medicare')::boolean, false)
FROM (SELECT aggregateidentifier, convert_from(payload, 'UTF8')::jsonb AS event
      FROM domainevententry
      WHERE payloadtype = 'com.needlework.api.insurance.PayerRegisteredEvent') e
WHERE e.aggregateidentifier = p.payer_id::text;

-- The clinic's policy fees for late cancellations and no-shows (zero: none).
ALTER TABLE cs_clinic ADD COLUMN late_cancellation_fee NUMERIC(10, 2) NOT NULL DEFAULT 0;
ALTER TABLE cs_clinic ADD COLUMN no_show_fee NUMERIC(10, 2) NOT NULL DEFAULT 0;

-- The fee schedule: a price per code from a day on.
CREATE TABLE cs_fee (
    code           VARCHAR(5)     NOT NULL,
    effective_from DATE           NOT NULL,
    price          NUMERIC(10, 2) NOT NULL,
    description    VARCHAR(120),
    PRIMARY KEY (code, effective_from)
);

-- The diagnoses of each patient's current plan of care, comma-separated, primary first.
ALTER TABLE cs_patient_care ADD COLUMN diagnoses VARCHAR(200) NOT NULL DEFAULT '';

-- What billing needs of a payer (its rules) and of a coverage (its cost sharing), as JSON of the
-- events' own records, filled in from the stored events.
ALTER TABLE cs_payer ADD COLUMN rules JSONB;
UPDATE cs_payer p SET rules = e.event -> 'rules'
FROM (SELECT aggregateidentifier, convert_from(payload, 'UTF8')::jsonb AS event
      FROM domainevententry
      WHERE payloadtype = 'com.needlework.api.insurance.PayerRegisteredEvent') e
WHERE e.aggregateidentifier = p.payer_id::text;

ALTER TABLE cs_coverage ADD COLUMN cost_sharing JSONB;
UPDATE cs_coverage c SET cost_sharing = latest.terms -> 'costSharing'
FROM (SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier,
             convert_from(payload, 'UTF8')::jsonb -> 'terms' AS terms
      FROM domainevententry
      WHERE payloadtype IN ('com.needlework.api.insurance.CoverageAddedEvent',
                            'com.needlework.api.insurance.CoverageChangedEvent')
      ORDER BY aggregateidentifier, sequencenumber DESC) latest
WHERE latest.aggregateidentifier = c.coverage_id::text;

-- The last invoice number given in each year (INV-2026-000123 is year 2026, sequence 123).
CREATE TABLE cs_invoice_sequence (
    year INT PRIMARY KEY,
    last INT NOT NULL
);

-- Which account each payment belongs to, for refunds addressed by payment.
CREATE TABLE cs_payment (
    payment_id UUID PRIMARY KEY,
    account_id UUID NOT NULL
);
