package dev.augenhoehe.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final AccountService accounts;

    DashboardController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("workspace", accounts.workspace(user.workspaceId()));
        return "accounts/dashboard";
    }
}
