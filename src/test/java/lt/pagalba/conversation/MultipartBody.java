package lt.pagalba.conversation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as a browser or curl writes it: the message as JSON, then files (names in UTF-8). */
final class MultipartBody {

    private final String boundary = "----pagalba" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    MultipartBody message(String json) {
        return part("Content-Disposition: form-data; name=\"message\"\r\nContent-Type: application/json\r\n",
                json.getBytes(StandardCharsets.UTF_8));
    }

    MultipartBody file(String name, String type, byte[] content) {
        return part("Content-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\nContent-Type: " + type + "\r\n",
                content);
    }

    private MultipartBody part(String headers, byte[] content) {
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
