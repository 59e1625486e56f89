package lt.pagalba.billing;

/**
 * Why a credit note was issued: by the accountant ({@code MANUAL}); by a billing run for a correction
 * of time already on a VAT invoice ({@code CORRECTION}, which counts as billing, B5); or from a
 * proforma's credit line when its VAT invoice was issued ({@code DIFFERENCE}: the proforma's line
 * already counts, B5).
 */
public enum CreditOrigin {
    MANUAL, CORRECTION, DIFFERENCE
}
