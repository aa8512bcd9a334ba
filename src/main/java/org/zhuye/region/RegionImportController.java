package org.zhuye.region;

import java.io.IOException;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrator's page for loading a new edition of the codes for their area. */
@Controller
class RegionImportController {

    private final RegionImport regionImport;

    RegionImportController(RegionImport regionImport) {
        this.regionImport = regionImport;
    }

    @GetMapping("/admin/regions/import")
    String form(Jurisdiction jurisdiction, Model model) {
        model.addAttribute("jurisdictionPrefix", jurisdiction.root().significantPrefix());
        return "region/import";
    }

    @PostMapping("/admin/regions/import")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
                  Jurisdiction jurisdiction, Model model) throws IOException {
        model.addAttribute("jurisdictionPrefix", jurisdiction.root().significantPrefix());
        if (file.isEmpty()) {
            model.addAttribute("fileError", "请选择要导入的CSV文件");
            return "region/import";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("result", regionImport.run(file.getInputStream(), file.getOriginalFilename(),
                Optional.of(jurisdiction), dryRun));
        return "region/import";
    }

    @GetMapping("/admin/regions/template.csv")
    ResponseEntity<Resource> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"regions-template.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(new ClassPathResource("regions/template.csv"));
    }
}
