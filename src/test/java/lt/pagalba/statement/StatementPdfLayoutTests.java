package lt.pagalba.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lt.pagalba.shared.Vilnius;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 11, the statement PDF as paper: it is numbered and dated and names the seller's code
 * and address and the client's address; no two letters are printed over each other (the headers
 * "Darbo data" and "Laikas, min." did); words are never broken inside ("Konsultavim/as"); a heading
 * is never left alone at the bottom of a page. Work of 2014.
 */
class StatementPdfLayoutTests extends StatementTestSupport {

    private static final String CLIENT_ADDRESS = "Žalgirio g. 90, LT-09303 Vilnius";

    @Test
    void theStatementIsNumberedDatedAndNamesBothPartiesCodesAndAddresses() throws Exception {
        String client = client("lt", "info@zasu-ukis.lt");
        assertThat(admin().patch("/api/v1/clients/" + client, "{\"address\":\"%s\"}".formatted(CLIENT_ADDRESS)).status()).isEqualTo(200);
        var request = request(client, "Neatsidaro ataskaita", null, LocalDateTime.parse("2014-03-03T09:00"));
        entry(client, request.id(), "admin", "2014-03-04", 50, "CONSULTATION", "Sutaisyta", null);
        String first = make(client, "2014-03-01", "2014-03-31");
        String second = make(client, "2014-03-01", "2014-03-31");

        String text = text(first);
        assertThat(text).containsPattern("Nr\\. IŠ-" + Vilnius.today().getYear() + "-\\d{6}, sudaryta " + Vilnius.today())
                .contains("Įmonės kodas: 300000003", "Adresas: Gedimino pr. 1, LT-01103 Vilnius", "Adresas: " + CLIENT_ADDRESS);
        assertThat(number(text)).as("each statement its own number").isNotEqualTo(number(text(second)));
    }

    @Test
    void noLettersOverprintNoWordBreaksInsideAndNoHeadingIsLeftAloneAtTheBottomOfAPage() throws Exception {
        String client = client("lt", "info@zasu-ukis.lt");
        String contract = admin().post("/api/v1/clients/" + client + "/contracts", """
                {"number":"S-2014-1","validFrom":"2014-01-01","validTo":null,"period":"MONTH","incrementMinutes":15,"minimumMinutes":0,
                 "allowances":[{"category":"CONSULTATION","includedMinutes":600,"overageHourlyRate":"40.00"},
                               {"category":"ADDITIONAL_WORK","includedMinutes":0,"overageHourlyRate":"50.00"}]}""").field("id");
        assertThat(contract).isNotNull();
        var request = request(client, "Konsultavimas dėl buhalterinės apskaitos programos", null, LocalDateTime.parse("2014-05-02T09:00"));
        // every length of journal from half a page to two pages: one of them puts each heading where a page ends
        int headingsAtAPageBreak = 0;
        for (int entries = 1; entries <= 64; entries++) {
            entry(client, request.id(), "admin", "2014-05-" + "%02d".formatted(1 + entries % 28), 15,
                    entries % 3 == 0 ? "ADDITIONAL_WORK" : "CONSULTATION", "Konsultavimas telefonu", null);
            if (entries < 16 || entries % 2 != 0) {
                continue;
            }
            try (PDDocument pdf = Loader.loadPDF(admin().get("/api/v1/statements/" + make(client, "2014-05-01", "2014-05-31") + "/pdf")
                    .bytes())) {
                assertThat(overprinted(pdf)).as("letters printed over others with %d entries", entries).isEmpty();
                String raw = new PDFTextStripper().getText(pdf);
                assertThat(raw).as("words broken with %d entries", entries).doesNotContainPattern("Konsultavim\\s*\\R\\s*as")
                        .doesNotContainPattern("Papildo\\S*\\s*\\R\\s*mi");
                List<String> pages = pages(pdf);
                int totals = pageOf(pages, "Laikas pagal darbų rūšis");
                assertThat(pageOf(pages, "Iš viso " + entries + " ")).as("the totals' heading with its table, %d entries", entries)
                        .isEqualTo(totals);
                int usage = pageOf(pages, "Sutartyje įskaičiuotas ir viršytas laikas");
                assertThat(pageOf(pages, "Apskaitytas laikas suapvalintas")).as("the usage heading with its table, %d entries", entries)
                        .isEqualTo(usage);
                if (totals > 1 || usage > 1) {
                    headingsAtAPageBreak++;
                }
            }
        }
        assertThat(headingsAtAPageBreak).as("some statements run over a page").isPositive();
    }

    private String make(String client, String from, String to) {
        var made = admin().post("/api/v1/clients/" + client + "/statements", "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(from, to));
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        return made.field("id");
    }

    private String text(String statement) throws IOException {
        try (var pdf = Loader.loadPDF(admin().get("/api/v1/statements/" + statement + "/pdf").bytes())) {
            return StatementData.text(pdf);
        }
    }

    private static String number(String text) {
        return text.replaceAll(".*Nr\\. (IŠ-\\d{4}-\\d{6}).*", "$1");
    }

    /** The text of each page, white space as single spaces. */
    private static List<String> pages(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
        }
        return pages;
    }

    /** The first page (from 1) whose text contains the text. */
    private static int pageOf(List<String> pages, String text) {
        for (int page = 1; page <= pages.size(); page++) {
            if (pages.get(page - 1).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("Not in the PDF: " + text);
    }

    /** Pairs of letters on one page whose boxes overlap by more than half of the narrower one, both ways. */
    private static List<String> overprinted(PDDocument pdf) throws IOException {
        List<String> found = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!text.getUnicode().isBlank()) {
                        glyphs.add(text);
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            // left to right: a letter can only overlap those that start before it ends
            glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            for (int i = 0; i < glyphs.size(); i++) {
                float end = glyphs.get(i).getXDirAdj() + glyphs.get(i).getWidthDirAdj();
                for (int j = i + 1; j < glyphs.size() && glyphs.get(j).getXDirAdj() < end; j++) {
                    if (overlap(glyphs.get(i), glyphs.get(j))) {
                        found.add("page " + page + ": '" + glyphs.get(i).getUnicode() + "' and '" + glyphs.get(j).getUnicode() + "' at "
                                + Math.round(glyphs.get(i).getXDirAdj()) + "," + Math.round(glyphs.get(i).getYDirAdj()));
                    }
                }
            }
        }
        return found;
    }

    private static boolean overlap(TextPosition a, TextPosition b) {
        float x = Math.min(a.getXDirAdj() + a.getWidthDirAdj(), b.getXDirAdj() + b.getWidthDirAdj()) - Math.max(a.getXDirAdj(), b.getXDirAdj());
        float y = Math.min(a.getYDirAdj(), b.getYDirAdj()) - Math.max(a.getYDirAdj() - a.getHeightDir(), b.getYDirAdj() - b.getHeightDir());
        return x > 0.5f * Math.min(a.getWidthDirAdj(), b.getWidthDirAdj()) && y > 0.5f * Math.min(a.getHeightDir(), b.getHeightDir());
    }
}
