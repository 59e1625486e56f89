package lt.pagalba.billing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.billing.InvoiceLedger.Creditable;
import lt.pagalba.shared.InvoiceId;

/**
 * Where time taken back of a period already on VAT invoices is credited: on the lines of that period
 * and category with minutes left, newest invoice first (a late difference is taken back before the
 * original), each line at most what is left on it.
 */
final class CreditAllocation {

    /** So many minutes taken back of one VAT invoice's line. */
    record Part(InvoiceId vatInvoice, String line, int minutes) {
    }

    private CreditAllocation() {
    }

    /** The parts that take back up to {@code minutes} of these lines (fewer when less is left on them). */
    static List<Part> of(int minutes, List<Creditable> lines) {
        List<Part> parts = new ArrayList<>();
        int open = minutes;
        for (Creditable line : lines) {
            if (open == 0) {
                break;
            }
            int taken = Math.min(open, line.minutesLeft());
            parts.add(new Part(line.vatInvoice(), line.line(), taken));
            open -= taken;
        }
        return parts;
    }

    /** The parts by the VAT invoice whose credit note takes them back, in the order they came. */
    static Map<InvoiceId, List<CreditRequest>> byInvoice(List<Part> parts) {
        Map<InvoiceId, List<CreditRequest>> by = new LinkedHashMap<>();
        parts.forEach(p -> by.computeIfAbsent(p.vatInvoice(), k -> new ArrayList<>()).add(new CreditRequest(p.line(), p.minutes())));
        return by;
    }
}
