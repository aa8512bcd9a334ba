package org.zhuye.account;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an API client check whom its credentials sign in as, and over which area. */
@RestController
class MeApiController {

    @GetMapping("/api/v1/me")
    Me me(UserAccount account) {
        return new Me(account.username(), account.displayName(),
                account.roles().stream().sorted().map(Role::name).toList(), account.regionCode(),
                account.mustChangePassword());
    }

    record Me(String username, String displayName, List<String> roles, String jurisdiction, boolean mustChangePassword) {
    }
}
