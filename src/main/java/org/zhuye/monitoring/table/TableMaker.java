package org.zhuye.monitoring.table;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.RegionCode;

/**
 * Fills a {@link TableLayout} from the figures of its codes, plain Java so that the adding up is tested without
 * the application. 本级 is what the region counts less what its children count — records registered at the
 * region's own code — so that the rows add up to 合计; it is shown only when it is not nothing.
 */
public final class TableMaker {

    /** A child region as the rows list it. */
    public record Place(String code, String name, boolean hasChildren) {
    }

    private final Function<String, Optional<Indicator>> catalogue;
    private final Function<String, RegionFigures> figures;

    /**
     * @param catalogue the catalogue entry of a code, empty when no source answers it yet
     * @param figures   the figures of a code (in the catalogue) for the region and its children
     */
    public TableMaker(Function<String, Optional<Indicator>> catalogue, Function<String, RegionFigures> figures) {
        this.catalogue = catalogue;
        this.figures = figures;
    }

    public StatTable make(TableLayout layout, Place region, List<Place> children, ReportingPeriod period, LocalDate asOf) {
        Map<String, RegionFigures> byCode = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String code : layout.codes()) {
            if (catalogue.apply(code).isPresent()) {
                byCode.put(code, figures.apply(code));
            } else {
                missing.add(code);
            }
        }
        List<List<Header>> columns = layout.columns();
        List<List<StatTable.HeadingCell>> heading = heading(layout);
        Map<Header, String> ids = new IdentityHashMap<>();
        assignIds(layout, ids);

        String periodKey = period.key();
        List<StatTable.Row> rows = new ArrayList<>();
        Map<String, Figure> totals = new HashMap<>();
        byCode.forEach((code, f) -> totals.put(code, f.total()));
        rows.add(row(StatTable.Kind.TOTAL, "row-total", region.code(), "合计", false, columns, ids, missing, totals, periodKey, null));

        Map<String, Figure> own = new HashMap<>(totals);
        int n = 0;
        for (Place child : children) {
            Map<String, Figure> of = new HashMap<>();
            byCode.forEach((code, f) -> of.put(code, childFigure(f, child.code())));
            of.forEach((code, f) -> own.merge(code, f, TableMaker::minus));
            rows.add(row(StatTable.Kind.REGION, "row-" + (++n), child.code(), child.name(), child.hasChildren(), columns, ids,
                    missing, of, periodKey, null));
        }
        if (!children.isEmpty() && own.values().stream().anyMatch(f -> f.value() != 0 || f.base() != 0)) {
            rows.add(row(StatTable.Kind.OWN, "row-own", region.code(), "本级", false, columns, ids, missing, own, periodKey,
                    "本级指登记在" + region.name() + "本身（未归入下级区划）的记录；链接列出" + region.name() + "的全部记录"));
        }

        List<String> units = columns.stream().map(path -> path.get(path.size() - 1).unit()).toList();
        return new StatTable(layout, region.code(), RegionCode.of(region.code()).significantPrefix(), region.name(), period,
                asOf, heading, units, rows, notes(columns, missing), List.copyOf(missing));
    }

    private StatTable.Row row(StatTable.Kind kind, String id, String code, String name, boolean drill, List<List<Header>> columns,
                              Map<Header, String> ids, List<String> missing, Map<String, Figure> figures, String periodKey,
                              String linkNote) {
        String regionParam = RegionCode.of(code).significantPrefix();
        List<StatTable.Cell> cells = new ArrayList<>();
        for (List<Header> path : columns) {
            Header column = path.get(path.size() - 1);
            Measure measure = column.measure();
            StringBuilder headers = new StringBuilder(id);
            path.forEach(h -> headers.append(' ').append(ids.get(h)));
            List<String> absent = measure.codes().stream().filter(missing::contains).toList();
            if (!absent.isEmpty()) {
                cells.add(new StatTable.Cell(null, "—", null, headers.toString(), null,
                        "指标 " + String.join("、", absent) + " 尚未提供"));
                continue;
            }
            Figure figure = measure.of(figures::get);
            IndicatorUnit unit = measure.unit(catalogue.apply(measure.linkCode()).orElseThrow());
            String href = "/indicators/" + measure.linkCode() + "/records?region=" + regionParam + "&period="
                    + URLEncoder.encode(periodKey, StandardCharsets.UTF_8);
            List<String> titles = new ArrayList<>();
            if (measure.codes().size() > 1) {
                titles.add("链接只列出“" + catalogue.apply(measure.linkCode()).orElseThrow().name() + "”的记录，本栏是"
                        + (measure.kind() == Measure.Kind.REST ? "其减去其余各项" : String.join("＋", measure.codes())) + "的结果");
            }
            if (linkNote != null) {
                titles.add(linkNote);
            }
            cells.add(new StatTable.Cell(figure, figure.shown(unit), number(figure, unit), headers.toString(), href,
                    titles.isEmpty() ? null : String.join("；", titles)));
        }
        return new StatTable.Row(kind, id, code, regionParam, name, drill, cells);
    }

    /** The heading grid: a group's cell spans its columns; a column's cell reaches down to the units row. */
    static List<List<StatTable.HeadingCell>> heading(TableLayout layout) {
        int depth = layout.headerRows();
        List<List<StatTable.HeadingCell>> rows = new ArrayList<>();
        for (int r = 0; r < depth; r++) {
            rows.add(new ArrayList<>());
        }
        rows.get(0).add(new StatTable.HeadingCell("col-0", layout.rowHeading(), 0, 0, depth, 1));
        Map<Header, String> ids = new IdentityHashMap<>();
        assignIds(layout, ids);
        int column = 1;
        for (Header header : layout.headers()) {
            column = place(header, 0, column, depth, rows, ids);
        }
        return rows;
    }

    private static int place(Header header, int row, int column, int depth, List<List<StatTable.HeadingCell>> rows,
                             Map<Header, String> ids) {
        int rowspan = header.isColumn() ? depth - row : 1;
        rows.get(row).add(new StatTable.HeadingCell(ids.get(header), header.label(), row, column, rowspan, header.width()));
        int next = column;
        for (Header child : header.children()) {
            next = place(child, row + 1, next, depth, rows, ids);
        }
        return column + header.width();
    }

    /** Ids in heading order; identity keys, since two groups may share a label (其中, 人数). */
    private static void assignIds(TableLayout layout, Map<Header, String> ids) {
        int[] n = {0};
        layout.headers().forEach(h -> number(h, ids, n));
    }

    private static void number(Header header, Map<Header, String> ids, int[] n) {
        ids.put(header, "col-" + (++n[0]));
        header.children().forEach(c -> number(c, ids, n));
    }

    private List<String> notes(List<List<Header>> columns, List<String> missing) {
        List<String> notes = new ArrayList<>();
        int n = 0;
        for (List<Header> path : columns) {
            String label = String.join("·", path.stream().map(Header::label).filter(l -> !l.equals("其中")).toList());
            notes.add((++n) + ". " + label + "：" + path.get(path.size() - 1).measure().describe(catalogue));
        }
        if (!missing.isEmpty()) {
            notes.add("标“—”的栏目所依据的指标尚未提供：" + String.join("、", missing) + "。");
        }
        return notes;
    }

    private static Figure childFigure(RegionFigures figures, String child) {
        return figures.children().stream().filter(c -> c.regionCode().equals(child)).map(RegionFigures.Child::figure)
                .findFirst().orElse(Figure.ZERO);
    }

    private static Figure minus(Figure whole, Figure part) {
        return new Figure(whole.value() - part.value(), whole.base() - part.base());
    }

    private static Number number(Figure figure, IndicatorUnit unit) {
        Double n = figure.number(unit);
        if (n == null) {
            return null;
        }
        if (unit.scale() == 0) {
            return Math.round(n);
        }
        return Math.round(n * Math.pow(10, unit.scale())) / Math.pow(10, unit.scale());
    }
}
