package org.zhuye.person.imports;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.ChangeVocabulary;

/** The words for an import's audit summary. */
@Component
class ImportJobVocabulary implements ChangeVocabulary {

    private static final Map<String, String> LABELS = Map.of(
            "job", "导入任务编号", "file", "文件", "format", "格式", "rows", "数据行数",
            "inserted", "新登记", "updated", "更新", "unchanged", "未变化");

    @Override
    public String objectType() {
        return "person_import_job";
    }

    @Override
    public Optional<String> objectLabel() {
        return Optional.of("人员导入任务");
    }

    @Override
    public Optional<String> fieldLabel(String field) {
        return Optional.ofNullable(LABELS.get(field));
    }
}
