package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lt.pagalba.billing.InvoiceDocument.Line;
import lt.pagalba.billing.InvoiceDocument.Party;
import lt.pagalba.billing.InvoiceDocument.Type;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The PDF says what the document says, in its language, with Lithuanian letters intact, on one A4 page. */
class InvoicePdfTests {

    private static final Party SELLER = new Party("UAB „Pagalba sau“", "304123456", "LT100012345611",
            "Gedimino pr. 1, LT-01103 Vilnius", "LT12 7300 0101 2345 6789");
    private static final Party BUYER = new Party("UAB „Žąsų ūkis“", "302999888", "LT100009998811",
            "Ąžuolų g. 7, LT-44280 Kaunas", null);
    private static final List<Line> LINES = List.of(
            new Line("Konsultacijos viršijus sutartį (čekių įkėlimas)", new BigDecimal("40.00"), "val.",
                    new BigDecimal("30.00"), new BigDecimal("1200.00")),
            new Line("Nuotolinis diegimas: šešios darbo vietos", new BigDecimal("1.50"), "val.",
                    new BigDecimal("23.00"), new BigDecimal("34.50")));

    private final InvoicePdf pdf = new InvoicePdf(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void lithuanianProformaShowsItsLinesTotalsAndWordsWithLithuanianLetters() throws IOException {
        InvoiceDocument proforma = document(Type.PROFORMA, "IS-2026-000001", BUYER, LINES,
                "1234.50", "259.25", "1493.75", "lt", null, null);

        String text = textOfOneA4Page(pdf.render(proforma));

        assertThat(text).contains("IŠANKSTINĖ SĄSKAITA FAKTŪRA", "IS-2026-000001", "Išrašymo data: 2026-11-02",
                "Apmokėti iki: 2026-11-16", "Pardavėjas", "UAB „Pagalba sau“", "Pirkėjas", "UAB „Žąsų ūkis“",
                "Įmonės kodas: 302999888", "PVM mokėtojo kodas: LT100009998811", "Ąžuolų g. 7, LT-44280 Kaunas",
                "Banko sąskaita: LT12 7300 0101 2345 6789", "Sutartis: S-2024-07", "Laikotarpis: 2026-10",
                "Paslauga", "Mato vnt.",
                "Konsultacijos viršijus sutartį (čekių įkėlimas)", "40,00", "30,00", "1 200,00",
                "Nuotolinis diegimas: šešios darbo vietos", "1,50", "23,00", "34,50",
                "Suma be PVM 1 234,50 €", "PVM 21 % 259,25 €", "Iš viso su PVM 1 493,75 €",
                "Suma žodžiais", "tūkstantis keturi šimtai devyniasdešimt trys eurai 75 ct",
                "Išankstinė sąskaita faktūra nėra PVM sąskaita faktūra.");
    }

    @Test
    void englishVatInvoiceNamesTheProformaItWasIssuedFrom() throws IOException {
        InvoiceDocument invoice = document(Type.VAT_INVOICE, "PVM-2026-000001", BUYER, LINES,
                "1234.50", "259.25", "1493.75", "en", null, "IS-2026-000001");

        String text = textOfOneA4Page(pdf.render(invoice));

        assertThat(text).contains("VAT INVOICE", "PVM-2026-000001", "Issue date: 2026-11-02", "Buyer", "UAB „Žąsų ūkis“",
                "Description", "Unit price", "Konsultacijos viršijus sutartį (čekių įkėlimas)", "1,200.00",
                "Nuotolinis diegimas: šešios darbo vietos", "34.50",
                "Amount excl. VAT €1,234.50", "VAT 21 % €259.25", "Total incl. VAT €1,493.75",
                "Amount in words", "one thousand four hundred ninety-three euros 75 ct",
                "Issued on the basis of proforma invoice IS-2026-000001");
        assertThat(text).doesNotContain("PROFORMA INVOICE", "A proforma invoice is not a VAT invoice.");
    }

    @Test
    void creditNoteShowsNegativeAmountsTheInvoiceItCorrectsAndMarkupCharactersAsText() throws IOException {
        List<Line> refund = List.of(new Line("Grąžinama už klaidingai įrašytą laiką (A&B <mokymai>)",
                new BigDecimal("-2.00"), "val.", new BigDecimal("30.00"), new BigDecimal("-60.00")));
        InvoiceDocument creditNote = document(Type.CREDIT_NOTE, "KS-2026-000001", BUYER, refund,
                "-60.00", "-12.60", "-72.60", "lt", "PVM-2026-000001", null);

        String text = textOfOneA4Page(pdf.render(creditNote));

        assertThat(text).contains("KREDITINĖ PVM SĄSKAITA FAKTŪRA", "KS-2026-000001",
                "Koreguojama PVM sąskaita faktūra PVM-2026-000001", "Grąžinama už klaidingai įrašytą laiką (A&B <mokymai>)",
                "-60,00", "Iš viso su PVM -72,60 €", "minus septyniasdešimt du eurai 60 ct");
    }

    private static InvoiceDocument document(Type type, String number, Party buyer, List<Line> lines, String net,
            String vat, String gross, String language, String corrects, String basedOn) {
        BigDecimal total = new BigDecimal(gross);
        String words = language.equals("lt") ? AmountInWords.lithuanian(total) : AmountInWords.english(total);
        return new InvoiceDocument(type, number, LocalDate.of(2026, 11, 2),
                type == Type.CREDIT_NOTE ? null : LocalDate.of(2026, 11, 16), SELLER, buyer, "S-2024-07", "2026-10",
                lines, new BigDecimal(net), new BigDecimal("21"), new BigDecimal(vat), total, words, language,
                corrects, basedOn);
    }

    /** The text of the only page, with every run of white space (the no-break thousands separator too) as one space. */
    private static String textOfOneA4Page(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            assertThat(PDRectangle.A4.getWidth()).isCloseTo(595f, within(1f));
            assertThat(PDRectangle.A4.getHeight()).isCloseTo(842f, within(1f));
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }
}
