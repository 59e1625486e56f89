package lt.pagalba.billing;

/**
 * How VAT applies to a document, by the EN 16931 category codes: {@code S} the standard rate in
 * Lithuania; {@code AE} reverse charge, for a buyer with another EU state's VAT number, whose services
 * are supplied where it is established (PVMĮ art. 13(2)): no Lithuanian VAT, the buyer accounts for it.
 */
public enum VatCategory {
    S, AE;

    static VatCategory forBuyerVatCode(String vatCode) {
        return vatCode != null && !vatCode.startsWith("LT") ? AE : S;
    }
}
