package lt.pagalba.staff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Base64;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nobody can lock the administrator out: wrong passwords slow down the address they come from (per
 * account, and over all accounts), while the administrator, from another address, logs in as usual.
 */
class LoginThrottleTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStrangersWrongPasswordsDoNotLockTheAdministratorOut() throws IOException {
        String boss = unique("boss");
        staffMember(boss, "ADMINISTRATOR");

        for (int i = 0; i < 12; i++) {
            assertThat(statusFrom("127.0.0.3", boss, "guess-" + i)).isEqualTo(401);
        }
        assertThat(statusFrom("127.0.0.3", boss, PASSWORD)).as("the stranger's address waits, even with the right password")
                .isEqualTo(401);
        assertThat(statusFrom("127.0.0.2", boss, PASSWORD)).as("the administrator's own address is not slowed").isEqualTo(200);
        assertThat(statusFrom("127.0.0.1", boss, PASSWORD)).isEqualTo(200);
    }

    @Test
    void theWaitDoublesWithEachFailureAndSprayingManyAccountsCountsToo() {
        LoginThrottle throttle = new LoginThrottle(jdbc, 5, 20, Duration.ofMinutes(15));
        assertThat(throttle.waitAfter(4, 5)).isZero();
        assertThat(throttle.waitAfter(5, 5)).hasSeconds(2);
        assertThat(throttle.waitAfter(6, 5)).hasSeconds(4);
        assertThat(throttle.waitAfter(10, 5)).hasSeconds(64);
        assertThat(throttle.waitAfter(1000, 5)).isEqualTo(Duration.ofMinutes(15));

        String sprayer = "198.51.100." + (int) (Math.random() * 250);
        for (int account = 0; account < 20; account++) {
            throttle.failed(sprayer, unique("acct"));
        }
        assertThat(throttle.standing(sprayer, unique("any")).mustWait()).as("20 accounts tried from one address").isTrue();
        assertThat(throttle.standing("203.0.113.9", unique("any")).mustWait()).as("another address").isFalse();

        String owner = unique("own");
        String address = "192.0.2." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            throttle.failed(address, owner);
        }
        assertThat(throttle.standing(address, owner).mustWait()).isTrue();
        throttle.succeeded(address, owner);
        assertThat(throttle.standing(address, owner).hasFailures()).as("a right password clears the account's count").isFalse();
    }

    /** A call from one of the loopback addresses, as a caller on another computer would make it. */
    private int statusFrom(String localAddress, String username, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(UTF_8));
            socket.getOutputStream().write(("GET /api/v1/staff/" + username + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n").getBytes(UTF_8));
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), UTF_8);   // HTTP/1.1 200
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
