package org.zhuye.audit;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every module's history goes through here: the audit page, a person's or an employer's 变更记录
 * and the change requests read the same labels from the same {@link ChangeFormatter}. Names of
 * people, users and units come from their modules' vocabularies, for the reader's jurisdiction.
 */
@Component
public class Histories {

    /** The actor the application records for its own work (start-up, demo data). */
    private static final String SYSTEM_ACTOR = "system";

    private final List<ChangeVocabulary> vocabularies;
    private final RegionRepository regions;
    private final AuditLog log;
    private final JsonMapper json;

    Histories(List<ChangeVocabulary> vocabularies, RegionRepository regions, AuditLog log, JsonMapper json) {
        this.vocabularies = vocabularies;
        this.regions = regions;
        this.log = log;
        this.json = json;
    }

    /** One record's 变更记录 (the latest page of it), for its own page. */
    public List<HistoryEntry> of(String objectType, String objectId, Jurisdiction jurisdiction) {
        return describe(log.ofObject(objectType, objectId, jurisdiction, AuditQuery.PAGE_SIZE), jurisdiction);
    }

    /** The object types some module names, with what one is called, for the audit page's filter. */
    public Map<String, String> objectTypes() {
        Map<String, String> types = new java.util.TreeMap<>();
        vocabularies.forEach(v -> v.objectLabel().ifPresent(label -> types.put(v.objectType(), label)));
        return types;
    }

    /** The events as readable entries; names the reader may not see are left out, not revealed. */
    public List<HistoryEntry> describe(List<AuditEvent> events, Jurisdiction jurisdiction) {
        Reading reading = new Reading(jurisdiction);
        return events.stream().map(e -> new HistoryEntry(e.id(),
                e.occurredAt().atZoneSameInstant(zone()).format(ChangeFormatter.MINUTES),
                reading.actor(e.actor()), e.clientIp(), e.actionLabel(),
                e.objectType() == null ? null : reading.formatter.objectLabel(e.objectType()),
                reading.subject(e.objectType(), e.objectId()),
                e.regionCode() == null ? null : reading.region(e.regionCode()).orElse(e.regionCode()),
                reading.formatter.lines(e.objectType(), reading.state(e.beforeState()), reading.state(e.afterState())),
                e.detail())).toList();
    }

    /** A change kept elsewhere as stored JSON (a change request's before and after) as labelled lines. */
    public List<ChangeLine> describeChange(String objectType, String beforeJson, String afterJson, Jurisdiction jurisdiction) {
        Reading reading = new Reading(jurisdiction);
        return reading.formatter.lines(objectType, reading.state(beforeJson), reading.state(afterJson));
    }

    /** The system's zone (platform.SystemTimeZone sets the JVM's default before the context starts). */
    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** One page's reading: names are looked up once each. */
    private final class Reading {

        private final Jurisdiction jurisdiction;
        private final Map<String, Optional<Reference>> names = new HashMap<>();
        private final Map<String, Optional<String>> places = new HashMap<>();
        private final ChangeFormatter formatter;

        Reading(Jurisdiction jurisdiction) {
            this.jurisdiction = jurisdiction;
            this.formatter = new ChangeFormatter(vocabularies, this::region, this::named, zone());
        }

        Optional<String> region(String code) {
            return places.computeIfAbsent(code, c -> RegionCode.parse(c).flatMap(parsed -> {
                List<Region> path = regions.pathTo(parsed);
                return path.isEmpty() ? Optional.<String>empty() : Optional.of(path.get(path.size() - 1).name());
            }));
        }

        Optional<Reference> named(String type, String id) {
            return names.computeIfAbsent(type + "\u0000" + id, key -> vocabularies.stream()
                    .filter(v -> v.objectType().equals(type))
                    .map(v -> v.subject(id, jurisdiction)).flatMap(Optional::stream).findFirst());
        }

        Reference actor(String username) {
            if (username == null || SYSTEM_ACTOR.equals(username)) {
                return Reference.text("系统");
            }
            return named("user", username).orElseGet(() -> Reference.text(username));
        }

        Reference subject(String type, String id) {
            if (type == null) {
                return null;
            }
            if (id == null) {
                return Reference.text(formatter.objectLabel(type));
            }
            return named(type, id).orElseGet(() -> Reference.text(formatter.objectLabel(type)));
        }

        Map<String, Object> state(String stored) {
            if (stored == null || stored.isBlank()) {
                return null;
            }
            JsonNode node = json.readTree(stored);
            if (node.isNull()) {
                return null;
            }
            if (node.isObject()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = json.convertValue(node, Map.class);
                return map;
            }
            return Map.of("value", json.convertValue(node, Object.class));
        }
    }
}
