-- A billing run writes 10,000 invoices, 20,000 lines and 20,000 billed ranges in three COPY statements
-- (issue 18). PostgreSQL checks a foreign key row by row: each row runs a query on the referenced table
-- and locks the row it finds. Those 50,000 checks took 280-400 ms of a run of 2.5-4 s, more than any
-- other part of the server's own work.
--
-- These three references are now checked once per statement, for all the rows it wrote: one anti-join
-- of the statement's new rows (a transition table) against the table they name. The guarantees a
-- foreign key gives all still hold:
--   * a row naming a client or an invoice that does not exist is refused (SQLSTATE 23503, the foreign
--     key's name in the message), on INSERT and on an UPDATE that changes the reference;
--   * a client or an invoice that rows name is not deleted and its id does not change (NO ACTION, as
--     before). A deletion first locks the naming table in SHARE mode, so writers in flight finish
--     and new ones wait. A row committed before the deletion is therefore seen by its check (READ
--     COMMITTED: each statement of the guard reads anew). Pagalba deletes neither clients nor invoices.
-- A restore loads rows with session_replication_role = replica, which fires no trigger, just as it
-- checked no foreign key.
ALTER TABLE invoice DROP CONSTRAINT invoice_client_id_fkey;
ALTER TABLE invoice_line DROP CONSTRAINT invoice_line_invoice_id_fkey;
ALTER TABLE billed_range DROP CONSTRAINT billed_range_client_id_fkey;

-- The foreign key's own error for a row of a table naming, in a column, a key the referenced table lacks.
CREATE FUNCTION pagalba_reference_missing(naming text, column_name text, key text, referenced text, foreign_key text)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE foreign_key_violation USING
        MESSAGE = format('insert or update on table "%s" violates foreign key constraint "%s"', naming, foreign_key),
        DETAIL = format('Key (%s)=(%s) is not present in table "%s".', column_name, key, referenced),
        CONSTRAINT = foreign_key, TABLE = naming;
END
$$;

-- After each INSERT statement: every new row's reference (TG_ARGV: column, referenced table, the name
-- of the foreign key this replaces) names a row of that table.
CREATE FUNCTION pagalba_new_rows_reference() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing text;
BEGIN
    EXECUTE format('SELECT n.%1$I::text FROM new_rows n WHERE n.%1$I IS NOT NULL'
                   ' AND NOT EXISTS (SELECT 1 FROM %2$I r WHERE r.id = n.%1$I) LIMIT 1', TG_ARGV[0], TG_ARGV[1])
        INTO missing;
    IF missing IS NOT NULL THEN
        PERFORM pagalba_reference_missing(TG_TABLE_NAME, TG_ARGV[0], missing, TG_ARGV[1], TG_ARGV[2]);
    END IF;
    RETURN NULL;
END
$$;

-- Before a row's reference changes (rare: none of these is ever changed by Pagalba): the new one exists.
CREATE FUNCTION pagalba_changed_reference() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    reference text := to_jsonb(NEW) ->> TG_ARGV[0];
    found boolean;
BEGIN
    IF reference IS NOT NULL THEN
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = CAST($1 AS uuid))', TG_ARGV[1]) INTO found USING reference;
        IF NOT found THEN
            PERFORM pagalba_reference_missing(TG_TABLE_NAME, TG_ARGV[0], reference, TG_ARGV[1], TG_ARGV[2]);
        END IF;
    END IF;
    RETURN NEW;
END
$$;

-- Before a referenced row is deleted or its id changes: no row of the naming table (TG_ARGV: that
-- table, its column, the foreign key's name) names it, counting writers in flight (the lock waits for them).
CREATE FUNCTION pagalba_row_not_referenced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    referenced boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
        RETURN NEW;
    END IF;
    EXECUTE format('LOCK TABLE %I IN SHARE MODE', TG_ARGV[0]);
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I = $1)', TG_ARGV[0], TG_ARGV[1]) INTO referenced USING OLD.id;
    IF referenced THEN
        RAISE foreign_key_violation USING
            MESSAGE = format('update or delete on table "%s" violates foreign key constraint "%s" on table "%s"',
                             TG_TABLE_NAME, TG_ARGV[2], TG_ARGV[0]),
            DETAIL = format('Key (id)=(%s) is still referenced from table "%s".', OLD.id, TG_ARGV[0]),
            CONSTRAINT = TG_ARGV[2], TABLE = TG_ARGV[0];
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER invoice_client_exists AFTER INSERT ON invoice REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pagalba_new_rows_reference('client_id', 'client', 'invoice_client_id_fkey');
CREATE TRIGGER invoice_client_changed BEFORE UPDATE ON invoice
    FOR EACH ROW WHEN (OLD.client_id IS DISTINCT FROM NEW.client_id)
    EXECUTE FUNCTION pagalba_changed_reference('client_id', 'client', 'invoice_client_id_fkey');

CREATE TRIGGER invoice_line_invoice_exists AFTER INSERT ON invoice_line REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pagalba_new_rows_reference('invoice_id', 'invoice', 'invoice_line_invoice_id_fkey');
CREATE TRIGGER invoice_line_invoice_changed BEFORE UPDATE ON invoice_line
    FOR EACH ROW WHEN (OLD.invoice_id IS DISTINCT FROM NEW.invoice_id)
    EXECUTE FUNCTION pagalba_changed_reference('invoice_id', 'invoice', 'invoice_line_invoice_id_fkey');

CREATE TRIGGER billed_range_client_exists AFTER INSERT ON billed_range REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pagalba_new_rows_reference('client_id', 'client', 'billed_range_client_id_fkey');
CREATE TRIGGER billed_range_client_changed BEFORE UPDATE ON billed_range
    FOR EACH ROW WHEN (OLD.client_id IS DISTINCT FROM NEW.client_id)
    EXECUTE FUNCTION pagalba_changed_reference('client_id', 'client', 'billed_range_client_id_fkey');

CREATE TRIGGER client_not_named_by_invoices BEFORE DELETE OR UPDATE OF id ON client
    FOR EACH ROW EXECUTE FUNCTION pagalba_row_not_referenced('invoice', 'client_id', 'invoice_client_id_fkey');
CREATE TRIGGER client_not_named_by_billed_ranges BEFORE DELETE OR UPDATE OF id ON client
    FOR EACH ROW EXECUTE FUNCTION pagalba_row_not_referenced('billed_range', 'client_id', 'billed_range_client_id_fkey');
CREATE TRIGGER invoice_not_named_by_lines BEFORE DELETE OR UPDATE OF id ON invoice
    FOR EACH ROW EXECUTE FUNCTION pagalba_row_not_referenced('invoice_line', 'invoice_id', 'invoice_line_invoice_id_fkey');
