package lt.pagalba;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PagalbaApplication {

    public static void main(String[] args) throws Exception {
        if (Restore.asked(args)) {
            Restore.fromCommandLine(args);
            return;
        }
        SpringApplication.run(PagalbaApplication.class, args);
    }
}
