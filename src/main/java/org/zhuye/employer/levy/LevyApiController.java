package org.zhuye.employer.levy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.platform.web.UnreadableJson;

/**
 * {@code POST /api/v1/levy/calculate}: the levy calculator for any signed-in user. It holds no
 * personal data (categories, grades and months only), so it is not limited by jurisdiction.
 */
@RestController
@RequestMapping("/api/v1/levy")
class LevyApiController {

    private final Levies levies;

    LevyApiController(Levies levies) {
        this.levies = levies;
    }

    @PostMapping("/calculate")
    LevyJson calculate(@RequestBody LevyInput input) {
        LevyDeclaration declaration = input.toDeclaration();
        return LevyJson.of(declaration, levies.assess(declaration));
    }

    @ExceptionHandler(LevyInputException.class)
    ResponseEntity<Map<String, Object>> invalid(LevyInputException e) {
        return ResponseEntity.badRequest().body(Map.of("status", 400, "error", e.getMessage(),
                "fieldErrors", e.fieldErrors()));
    }

    /** Malformed JSON or a value of the wrong type (e.g. "year": "二〇二四"): say which field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("status", 400, "error",
                UnreadableJson.message(e, "（年度、人数、类别、等级、月数应为整数，金额应为数字）")));
    }

    /**
     * The answer: {@code due} as a string with two decimals (money is never a binary float),
     * the other figures as numbers, and every step of the explanation.
     */
    record LevyJson(int year, String regionCode, String due, boolean exempt, BigDecimal staff, BigDecimal counted,
                    BigDecimal required, BigDecimal shortfall, BigDecimal ratio, BigDecimal factor, BigDecimal base,
                    List<LevyStep> steps) {

        static LevyJson of(LevyDeclaration declaration, LevyResult result) {
            return new LevyJson(declaration.year(), declaration.region().value(), result.due().toPlainString(),
                    result.exempt(), result.staff(), result.counted(), result.required(), result.shortfall(),
                    result.ratio(), result.factor(), result.base(), result.steps());
        }
    }
}
