package lt.pagalba.support;

import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a real embedded PostgreSQL, called over real HTTP. All subclasses share
 * one application context (and so one database); each test makes its own uniquely named data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    protected int port;

    protected Api api() {
        return Api.at(port);
    }

    protected Api admin() {
        return api().basic(ADMIN, ADMIN_PASSWORD);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new staff member with the given roles; returns an API client logged in as them. */
    protected Api staffMember(String username, String... roles) {
        String roleList = String.join("\",\"", roles);
        var created = admin().post("/api/v1/staff", """
                {"username":"%s","firstName":"Jonas","lastName":"Jonaitis","email":"%s@stekas.lt","phone":"+37061234567",
                 "roles":["%s"],"password":"%s"}""".formatted(username, username, roleList, PASSWORD));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create staff member: " + created);
        }
        return api().basic(username, PASSWORD);
    }

    /** A 9-digit company code no other test uses, with a valid check digit. */
    protected static String companyCode() {
        return Codes.companyCode();
    }

    /** A Lithuanian VAT code no other test uses, with a valid check digit. */
    protected static String vatCode() {
        return Codes.vatCode();
    }

    /** Creates a client with the given name and returns its id. */
    protected String client(String name) {
        var created = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","billing":{"period":"MONTH","hourlyRate":"45.00"}}"""
                .formatted(name, companyCode()));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create client: " + created);
        }
        return created.field("id");
    }
}
