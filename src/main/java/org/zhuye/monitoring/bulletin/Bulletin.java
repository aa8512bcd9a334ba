package org.zhuye.monitoring.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A 通报 as stored: a draft staff still edit, or an issued document that never changes. */
public record Bulletin(long id, String regionCode, String quarter, String title, String body, BulletinFigures figures,
                       State state, String documentNumber, Instant issuedAt, String issuedBy, String createdBy,
                       Instant createdAt, Instant updatedAt, int version) {

    /** The day a document shows: its issue date; a draft's last change. */
    public LocalDate date(ZoneId zone) {
        return (issuedAt != null ? issuedAt : updatedAt).atZone(zone).toLocalDate();
    }

    /** The text's paragraphs, as the document prints them. */
    public java.util.List<String> paragraphs() {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public boolean issued() {
        return state == State.ISSUED;
    }

    /** The body that issues it: the region's federation (内蒙古自治区残疾人联合会). */
    public String issuingBody() {
        return figures.regionName() + "残疾人联合会";
    }

    public enum State {
        DRAFT("草稿"),
        ISSUED("已印发");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
