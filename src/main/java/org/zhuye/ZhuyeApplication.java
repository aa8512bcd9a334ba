package org.zhuye;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhuyeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhuyeApplication.class, args);
    }
}
