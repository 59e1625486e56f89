-- The nightly clean-up forgets form keys by age; without this index it would read the whole table.
CREATE INDEX request_form_key_by_age ON request_form_key (created_at);
