package lt.pagalba.billing;

/**
 * What a line's quantity counts, by its UN/ECE code as e-invoices name it: minutes billed at an hourly
 * price ({@code MIN}, the price per 60 of them), or one piece ({@code C62}: the cent a credit note
 * leaves or takes when it closes a line whose minutes do not come to whole cents).
 */
public enum LineUnit {
    MIN, C62
}
