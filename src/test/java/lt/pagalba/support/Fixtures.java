package lt.pagalba.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies many tests start from, to change one field at a time. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A complete phone request (R2) for a company, as a mutable JSON-ready map. */
    public static Map<String, Object> phoneRequest(String company, String email) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("firstName", "Ona");
        contact.put("lastName", "Onaitė");
        contact.put("position", "Buhalterė");
        contact.put("phone", "+37061234567");
        contact.put("email", email);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "PHONE");
        body.put("companyName", company);
        body.put("clientId", null);
        body.put("contact", contact);
        body.put("summary", "Neatsidaro metinė ataskaita");
        body.put("description", "Klaida atidarant metinę ataskaitą");
        body.put("urgent", false);
        return body;
    }
}
