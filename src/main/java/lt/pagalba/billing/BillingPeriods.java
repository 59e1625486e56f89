package lt.pagalba.billing;

import java.time.YearMonth;
import java.util.List;
import lt.pagalba.client.Client;
import lt.pagalba.contract.Contract;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;

/**
 * Which billing period a month's work belongs to (B3, B6): a month or a quarter as the contract that governs
 * the month says, else as the client's own billing setting (R14). Billing runs and the contract-hours report
 * both ask here, so the report puts time into the same periods a run bills.
 */
final class BillingPeriods {

    private BillingPeriods() {
    }

    static PeriodLength length(YearMonth month, Client client, List<Contract> ofClient) {
        return Contract.governing(ofClient, Period.month(month)).map(Contract::period).orElse(client.billing().period());
    }

    static Period of(YearMonth month, Client client, List<Contract> ofClient) {
        return Period.of(month.atDay(1), length(month, client, ofClient));
    }
}
