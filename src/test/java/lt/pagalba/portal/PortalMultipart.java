package lt.pagalba.portal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as a browser writes it: text fields, then files (names in UTF-8). */
final class PortalMultipart {

    private final String boundary = "----portal" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    PortalMultipart field(String name, String value) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", value.getBytes(StandardCharsets.UTF_8));
    }

    PortalMultipart file(String field, String name, String type, byte[] content) {
        return part("Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + name + "\"\r\nContent-Type: "
                + type + "\r\n", content);
    }

    private PortalMultipart part(String headers, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }
}
