package lt.pagalba.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords of 12 to 128 characters, whatever their bytes (Argon2 has no 72-byte limit like bcrypt),
 * refused with the field named when outside it; hashes of the bcrypt days still log in, and are
 * replaced by Argon2 when they do.
 */
class PasswordTests extends ApiTestSupport {

    private static final String LITHUANIAN_40 = "ąčęėįšųūžą".repeat(4);   // 40 letters, 80 bytes

    @Autowired
    JdbcClient jdbc;

    private String create(String username, String password) {
        return admin().post("/api/v1/staff", """
                {"username":"%s","firstName":"Ona","lastName":"Onaitė","email":"%s@stekas.lt","roles":["CONSULTANT"],"password":"%s"}"""
                .formatted(username, username, password)).toString();
    }

    @Test
    void aPasswordOf128CharactersOrOf40LithuanianLettersWorks() {
        String longOne = unique("ilg");
        String password = "Žąsis-" + "x".repeat(122);   // 128 characters, 130 bytes
        assertThat(create(longOne, password)).startsWith("201");
        assertThat(api().basic(longOne, password).get("/api/v1/staff/" + longOne).status()).isEqualTo(200);
        assertThat(api().basic(longOne, password.substring(0, 72)).get("/api/v1/staff").status())
                .as("no 72-byte cut: the first 72 bytes are not the password").isEqualTo(401);

        String lithuanian = unique("lt");
        assertThat(create(lithuanian, LITHUANIAN_40)).startsWith("201");
        assertThat(api().basic(lithuanian, LITHUANIAN_40).get("/api/v1/staff").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT password_hash FROM staff_member WHERE username = :u").param("u", lithuanian)
                .query(String.class).single()).startsWith("{argon2}");
    }

    @Test
    void aPasswordOver128CharactersNamesTheFieldAndItsLimits() {
        var refused = admin().language("en").post("/api/v1/staff", """
                {"username":"%s","firstName":"Ona","lastName":"Onaitė","email":"o@stekas.lt","roles":["CONSULTANT"],"password":"%s"}"""
                .formatted(unique("per"), "ą".repeat(129)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("password");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("12", "128", "characters");
    }

    @Test
    void aLongPasswordIsSetOnTheProfilePage() {
        String username = unique("prof");
        staffMember(username, "CONSULTANT");
        String next = "ūžąsis ".repeat(18);   // 126 characters, 216 bytes
        var page = WebSession.loggedIn(port, username, PASSWORD).submit("/profile", "/profile/password",
                Map.of("current", PASSWORD, "next", next));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"password-changed\"");
        assertThat(api().basic(username, next).get("/api/v1/staff").status()).isEqualTo(200);
    }

    @Test
    void aBcryptHashStillLogsInAndIsReplacedByArgon2() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        for (String prefix : new String[]{"{bcrypt}", ""}) {
            String username = unique("bc");
            staffMember(username, "CONSULTANT");
            jdbc.sql("UPDATE staff_member SET password_hash = :h WHERE username = :u")
                    .param("h", prefix + bcrypt.encode("old-bcrypt-password")).param("u", username).update();

            assertThat(api().basic(username, "old-bcrypt-password").get("/api/v1/staff").status()).as(prefix).isEqualTo(200);
            assertThat(jdbc.sql("SELECT password_hash FROM staff_member WHERE username = :u").param("u", username)
                    .query(String.class).single()).as("upgraded on login").startsWith("{argon2}");
            assertThat(api().basic(username, "old-bcrypt-password").get("/api/v1/staff").status()).isEqualTo(200);
        }
    }
}
