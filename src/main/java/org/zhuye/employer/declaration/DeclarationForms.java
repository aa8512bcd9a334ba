package org.zhuye.employer.declaration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The declaration form's fields. Employees are rows of repeated parameters (every row posts every
 * field, yes/no as selects, so the arrays stay aligned); rows left empty are dropped. Error keys of
 * {@link DeclarationInput#validate} become the ids of the form's inputs.
 */
final class DeclarationForms {

    static final String[] EMPLOYEE_FIELDS = {"empName", "empCert", "empMonths", "empContract", "empWage", "empInsurance", "empDispatch"};

    private DeclarationForms() {
    }

    static DeclarationInput read(HttpServletRequest request) {
        String[] months = request.getParameterValues("month");
        List<String> monthly = months == null ? List.of() : List.of(months);
        if (monthly.stream().allMatch(m -> m == null || m.isBlank())) {
            monthly = List.of();
        }
        int rows = 0;
        for (String field : EMPLOYEE_FIELDS) {
            String[] values = request.getParameterValues(field);
            rows = Math.max(rows, values == null ? 0 : values.length);
        }
        List<EmployeeInput> employees = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            EmployeeInput employee = new EmployeeInput(at(request, "empName", i), at(request, "empCert", i),
                    at(request, "empMonths", i), at(request, "empContract", i), at(request, "empWage", i),
                    at(request, "empInsurance", i), at(request, "empDispatch", i));
            if (!employee.isEmpty()) {
                employees.add(employee);
            }
        }
        return new DeclarationInput(request.getParameter("staffCount"), monthly, request.getParameter("wageTotal"), employees);
    }

    /** The input with one more empty row (the form's 添加一行). */
    static DeclarationInput withBlankRow(DeclarationInput input) {
        List<EmployeeInput> employees = new ArrayList<>(input.employees());
        employees.add(EmployeeInput.blank());
        return new DeclarationInput(input.staffCount(), input.monthlyHeadcounts(), input.wageTotal(), employees);
    }

    /** The input without row {@code index} (the form's 删除 on a row). */
    static DeclarationInput withoutRow(DeclarationInput input, int index) {
        List<EmployeeInput> employees = new ArrayList<>(input.employees());
        if (index >= 0 && index < employees.size()) {
            employees.remove(index);
        }
        return new DeclarationInput(input.staffCount(), input.monthlyHeadcounts(), input.wageTotal(), employees);
    }

    /** Validation keys (employees[2].months, monthlyHeadcounts[3]) as the form's input ids (emp-2-months, month-3). */
    static Map<String, String> formErrors(Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((key, message) -> out.put(key
                .replaceAll("^employees\\[(\\d+)]\\.(\\w+)$", "emp-$1-$2")
                .replaceAll("^monthlyHeadcounts\\[(\\d+)]$", "month-$1"), message));
        return out;
    }

    private static String at(HttpServletRequest request, String field, int i) {
        String[] values = request.getParameterValues(field);
        return values != null && i < values.length ? values[i] : null;
    }
}
