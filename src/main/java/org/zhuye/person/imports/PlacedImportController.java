package org.zhuye.person.imports;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;

/**
 * 服务器文件导入: an administrator picks a file the operator placed in the data directory's
 * {@code imports/} and starts its import, which then runs and shows as any uploaded file's job.
 * Administrators only: the file may cover the whole province, and it was put there by whoever runs
 * the server.
 */
@Controller
class PlacedImportController {

    private final ImportJobs jobs;
    private final PlacedFiles placed;

    PlacedImportController(ImportJobs jobs, PlacedFiles placed) {
        this.jobs = jobs;
        this.placed = placed;
    }

    static void requireAdmin(UserAccount user) {
        if (!user.roles().contains(Role.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有系统管理员可以导入服务器上的文件");
        }
    }

    @GetMapping("/persons/imports/placed")
    String form(UserAccount user, Model model) {
        requireAdmin(user);
        model.addAttribute("files", placed.list());
        model.addAttribute("directory", placed.directory().toString());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "person/imports-placed";
    }

    @PostMapping("/persons/imports/placed")
    String start(@RequestParam(value = "file", required = false) String file,
                 @RequestParam(defaultValue = "false") boolean dryRun, UserAccount user, Principal principal,
                 Jurisdiction jurisdiction, Model model) throws IOException {
        requireAdmin(user);
        Optional<Long> id = file == null || file.isBlank() ? Optional.empty()
                : jobs.submitPlaced(file, dryRun, principal.getName(), jurisdiction);
        if (id.isEmpty()) {
            model.addAttribute("errors", Map.of("file", file == null || file.isBlank()
                    ? "文件：请选择导入目录中的一个文件" : "文件：" + PlacedFiles.NO_SUCH_FILE + "，请从列表中选择"));
            model.addAttribute("dryRun", dryRun);
            return form(user, model);
        }
        return "redirect:/persons/imports/" + id.get();
    }
}
