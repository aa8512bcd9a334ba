package org.zhuye.region;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.platform.csv.RowError;

/**
 * {@code /api/v1/regions}. A code may be given in full or as its significant prefix; a region
 * outside the caller's jurisdiction answers 404 exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

    private final RegionRepository regions;
    private final RegionImport regionImport;

    RegionApiController(RegionRepository regions, RegionImport regionImport) {
        this.regions = regions;
        this.regionImport = regionImport;
    }

    @GetMapping("/{code}")
    RegionJson region(@PathVariable String code, Jurisdiction jurisdiction) {
        RegionCode regionCode = parse(code);
        Region region = regions.find(regionCode, jurisdiction).orElseThrow(() -> notFound(code));
        return RegionJson.of(region, regions.children(regionCode, jurisdiction).size());
    }

    @GetMapping("/{code}/children")
    List<RegionJson> children(@PathVariable String code, Jurisdiction jurisdiction) {
        RegionCode regionCode = parse(code);
        regions.find(regionCode, jurisdiction).orElseThrow(() -> notFound(code));
        return regions.children(regionCode, jurisdiction).stream()
                .map(c -> RegionJson.of(c.region(), c.childCount())).toList();
    }

    @GetMapping
    List<RegionJson> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit, Jurisdiction jurisdiction) {
        return regions.search(q, jurisdiction, Math.min(Math.max(limit, 1), 200)).stream()
                .map(r -> RegionJson.of(r, null)).toList();
    }

    /** Loads a region file ({@code regions/15.csv} format) inside the caller's jurisdiction. */
    @PostMapping("/imports")
    ResponseEntity<ImportJson> importFile(@RequestParam("file") MultipartFile file,
                                          @RequestParam(defaultValue = "false") boolean dryRun,
                                          Jurisdiction jurisdiction) throws IOException {
        RegionImport.Result result = regionImport.run(file.getInputStream(), file.getOriginalFilename(),
                Optional.of(jurisdiction), dryRun);
        return ResponseEntity.status(result.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(new ImportJson(result.rows(), result.dryRun(), result.inserted(), result.updated(),
                        result.errors().stream().map(ErrorJson::of).toList()));
    }

    private static RegionCode parse(String code) {
        return RegionCode.parse(code).orElseThrow(() -> notFound(code));
    }

    private static ResponseStatusException notFound(String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个区划，或不在您的管辖范围内：" + code);
    }

    record RegionJson(String code, String prefix, String name, int level, String levelName, String parentCode,
                      String urbanRuralClass, String kind, Integer childCount) {

        static RegionJson of(Region region, Integer childCount) {
            return new RegionJson(region.code(), region.significantPrefix(), region.name(), region.level(),
                    region.levelName().label(), region.parentCode(), region.urbanRuralClass(), region.kind(), childCount);
        }
    }

    record ImportJson(int rows, boolean dryRun, int inserted, int updated, List<ErrorJson> errors) {
    }

    record ErrorJson(int row, String column, String value, String message) {
        static ErrorJson of(RowError error) {
            return new ErrorJson(error.row(), error.column(), error.value(), error.message());
        }
    }
}
