package lt.pagalba.tax;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.Locale;
import lt.pagalba.billing.TaxDocuments;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.Text;
import org.springframework.stereotype.Service;

/** A month's tax files — i.SAF, and the sales register as CSV or XLSX — from the documents issued in it, read once. */
@Service
class TaxFiles {

    private final TaxDocuments documents;
    private final SalesRegister register;
    private final String version;

    TaxFiles(TaxDocuments documents, SalesRegister register) {
        this.documents = documents;
        this.register = register;
        String built = TaxFiles.class.getPackage().getImplementationVersion();
        this.version = built == null ? "dev" : built.substring(0, Math.min(24, built.length()));
    }

    /** A month as the API names it ({@code 2026-11}); anything else is refused naming {@code period}. */
    static YearMonth month(String period) {
        if (Text.isBlank(period)) {
            throw new InvalidInputException(FieldProblem.required("period"));
        }
        if (!Period.isValid(period) || Period.parse(period).length() != PeriodLength.MONTH) {
            throw new InvalidInputException(FieldProblem.invalid("period", "billing.period.month"));
        }
        return Period.parse(period).first();
    }

    byte[] isaf(YearMonth month) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IsafFile.write(month, documents.seller().companyCode(), version, documents.issuedIn(month), out);
        return out.toByteArray();
    }

    byte[] registerCsv(YearMonth month, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        register.csv(documents.issuedIn(month), locale, out);
        return out.toByteArray();
    }

    byte[] registerXlsx(YearMonth month, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        register.xlsx(documents.issuedIn(month), locale, out);
        return out.toByteArray();
    }
}
