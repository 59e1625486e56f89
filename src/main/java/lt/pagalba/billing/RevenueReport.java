package lt.pagalba.billing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.ReportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the time beyond contracts and the time of clients without a contract earned (issue 17), by supply
 * month and client, read from billing's own documents: every proforma that is not cancelled, less the
 * credit notes that take money back (those of the accountant and those of corrections). A credit note made
 * from a proforma's credit line when its VAT invoice was issued ({@link CreditOrigin#DIFFERENCE}) is left
 * out: that line is already in the proforma's total. VAT invoices are left out too: each repeats a proforma.
 * A document counts in the month of its supply date (the end of the latest period it bills), whole: VAT is
 * of the document's total, so a document is never split. Beyond contract or without one is what the
 * document says: it names the contract that governed its month, or none.
 */
@Service
public class RevenueReport {

    private static final String SQL = """
            SELECT i.client_id, min(cl.name) AS name, to_char(i.supply_date, 'YYYY-MM') AS month,
                   sum(i.net) AS net, sum(i.vat) AS vat, sum(i.gross) AS gross,
                   coalesce(sum(i.net) FILTER (WHERE i.contract_number IS NOT NULL), 0) AS beyond,
                   coalesce(sum(i.net) FILTER (WHERE i.contract_number IS NULL), 0) AS without,
                   count(*) FILTER (WHERE i.type = 'PROFORMA') AS proformas,
                   count(*) FILTER (WHERE i.type = 'CREDIT_NOTE') AS credit_notes
            FROM invoice i JOIN client_terms cl ON cl.id = i.client_id
            WHERE i.supply_date BETWEEN :from AND :to AND i.type IN ('PROFORMA', 'CREDIT_NOTE')
              AND (i.type = 'PROFORMA' AND i.status <> 'CANCELLED'
                   OR i.type = 'CREDIT_NOTE' AND i.credit_origin IN ('MANUAL', 'CORRECTION'))
              AND (CAST(:client AS uuid) IS NULL OR i.client_id = CAST(:client AS uuid))
            GROUP BY i.client_id, month
            """;

    private final JdbcClient jdbc;

    RevenueReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Net, VAT and gross, and the net beyond contracts and without one. */
    public record RevenueSums(Money net, Money vat, Money gross, Money beyondContractNet, Money withoutContractNet) {

        static final RevenueSums ZERO = new RevenueSums(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

        RevenueSums plus(RevenueSums other) {
            return new RevenueSums(net.plus(other.net), vat.plus(other.vat), gross.plus(other.gross),
                    beyondContractNet.plus(other.beyondContractNet), withoutContractNet.plus(other.withoutContractNet));
        }
    }

    /** One supply month of the period (every month is listed, those without documents at zero). */
    public record RevenueMonth(String month, Money net, Money vat, Money gross, Money beyondContractNet, Money withoutContractNet) {

        static RevenueMonth of(YearMonth month, RevenueSums s) {
            return new RevenueMonth(month.toString(), s.net, s.vat, s.gross, s.beyondContractNet, s.withoutContractNet);
        }
    }

    /** One client's documents of the period: how many proformas and credit notes, and their sums. */
    public record RevenueClient(String clientId, String name, Money net, Money vat, Money gross, Money beyondContractNet,
                                Money withoutContractNet, int proformas, int creditNotes) {
    }

    /** One client's documents of one supply month: the lines of the spreadsheets, not of the API's answer. */
    public record RevenueRow(String clientId, String name, YearMonth month, RevenueSums sums, int proformas, int creditNotes) {
    }

    /** The answer of {@code GET /api/v1/reports/revenue}; {@code rows} (by client and month, month first) only for the spreadsheets. */
    public record Revenue(String from, String to, List<RevenueMonth> months, List<RevenueClient> clients, RevenueSums totals,
                          @JsonIgnore List<RevenueRow> rows) {
    }

    @Transactional(readOnly = true)
    public Revenue of(ReportPeriod period, ClientId client) {
        List<RevenueRow> rows = jdbc.sql(SQL).param("from", period.from()).param("to", period.to())
                .param("client", client == null ? null : client.value())
                .query((rs, n) -> new RevenueRow(rs.getObject("client_id", UUID.class).toString(), rs.getString("name"),
                        YearMonth.parse(rs.getString("month")), new RevenueSums(money(rs.getBigDecimal("net")),
                        money(rs.getBigDecimal("vat")), money(rs.getBigDecimal("gross")), money(rs.getBigDecimal("beyond")),
                        money(rs.getBigDecimal("without"))), rs.getInt("proformas"), rs.getInt("credit_notes"))).list();
        Map<YearMonth, RevenueSums> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            byMonth.put(m, RevenueSums.ZERO);
        }
        Map<String, RevenueClient> byClient = new LinkedHashMap<>();
        RevenueSums totals = RevenueSums.ZERO;
        for (RevenueRow row : rows) {
            byMonth.merge(row.month(), row.sums(), RevenueSums::plus);
            byClient.merge(row.clientId(), client(row), RevenueReport::plus);
            totals = totals.plus(row.sums());
        }
        List<RevenueMonth> months = byMonth.entrySet().stream().map(e -> RevenueMonth.of(e.getKey(), e.getValue())).toList();
        List<RevenueClient> clients = new ArrayList<>(byClient.values());
        clients.sort(Comparator.comparing(RevenueClient::net).reversed().thenComparing(RevenueClient::name));
        List<RevenueRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(RevenueRow::month).thenComparing(RevenueRow::name).thenComparing(RevenueRow::clientId));
        return new Revenue(period.from().toString(), period.to().toString(), months, clients, totals, sorted);
    }

    private static RevenueClient client(RevenueRow row) {
        RevenueSums s = row.sums();
        return new RevenueClient(row.clientId(), row.name(), s.net(), s.vat(), s.gross(), s.beyondContractNet(),
                s.withoutContractNet(), row.proformas(), row.creditNotes());
    }

    private static RevenueClient plus(RevenueClient a, RevenueClient b) {
        return new RevenueClient(a.clientId(), a.name(), a.net().plus(b.net()), a.vat().plus(b.vat()), a.gross().plus(b.gross()),
                a.beyondContractNet().plus(b.beyondContractNet()), a.withoutContractNet().plus(b.withoutContractNet()),
                a.proformas() + b.proformas(), a.creditNotes() + b.creditNotes());
    }

    private static Money money(BigDecimal amount) {
        return new Money(amount == null ? BigDecimal.ZERO : amount);
    }
}
