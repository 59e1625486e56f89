-- A contract may promise a faster service than the urgency's defaults (issue 17): working minutes to
-- the first contact and to the resolution, null where it promises nothing of its own. The service
-- levels read the promise only through the view, beside contract_valid_on (V20) for the contract of a
-- request's day, so they need not know the contract table.
ALTER TABLE contract
    ADD COLUMN first_contact_minutes INT CHECK (first_contact_minutes > 0),
    ADD COLUMN resolution_minutes INT CHECK (resolution_minutes > 0);

CREATE VIEW contract_service_promise AS
SELECT id AS contract_id, first_contact_minutes, resolution_minutes
FROM contract;
