package lt.pagalba.billing;

/** The three documents, each with its own gapless series (R17). */
public enum InvoiceType {
    PROFORMA("IS"), VAT_INVOICE("SF"), CREDIT_NOTE("KS");

    private final String series;

    InvoiceType(String series) {
        this.series = series;
    }

    public String series() {
        return series;
    }
}
