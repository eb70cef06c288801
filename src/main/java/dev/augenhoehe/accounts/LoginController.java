package dev.augenhoehe.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@AuthenticationPrincipal SignedInUser user) {
        return user != null ? "redirect:/" : "accounts/login";
    }
}
