package lt.pagalba.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The vendor as its invoices name it ({@code pagalba.seller.*}). */
@ConfigurationProperties("pagalba.seller")
record SellerDetails(String name, String companyCode, String vatCode, String address, String iban, String bank) {
}
