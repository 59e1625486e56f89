-- What the contract module shows other modules' SQL (see lt.pagalba.contract's package-info): its
-- terms and allowances as views, and its two rules of validity as functions, so a report or a run
-- reads contracts without knowing the contract tables. The functions are plain SQL, so PostgreSQL
-- inlines them into the caller's query and plans them as if they were written there.
CREATE VIEW contract_terms AS
SELECT id, client_id, number, valid_from, valid_to, period, increment_minutes, minimum_minutes
FROM contract;

CREATE VIEW contract_allowance_terms AS
SELECT contract_id, category, included_minutes, overage_hourly_rate
FROM contract_allowance;

-- The client's contract valid on a day: at most one (contract_no_overlap). Entries are rounded
-- under it (B1).
CREATE FUNCTION contract_valid_on(for_client UUID, on_day DATE) RETURNS SETOF contract_terms
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT * FROM contract_terms
WHERE client_id = for_client AND valid_from <= on_day AND (valid_to IS NULL OR valid_to >= on_day)
$$;

-- The contract that governs a period (its length, included time and rates): of the client's
-- contracts valid on any day of the period, the one that started last. A contract starting or
-- ending mid-period governs the whole period, not prorated. The same rule as
-- lt.pagalba.contract.Contract.governing; GoverningContractTests runs every case through both.
CREATE FUNCTION contract_governing(for_client UUID, period_from DATE, period_to DATE) RETURNS SETOF contract_terms
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT * FROM contract_terms
WHERE client_id = for_client AND valid_from <= period_to AND (valid_to IS NULL OR valid_to >= period_from)
ORDER BY valid_from DESC
LIMIT 1
$$;
