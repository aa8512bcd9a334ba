package org.zhuye.person.imports;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;

/** The words for an import's audit summary. */
@Component
class ImportJobVocabulary extends FieldVocabulary {

    ImportJobVocabulary() {
        super("person_import_job", "人员导入任务", Map.of(
                "job", "导入任务编号", "file", "文件", "format", "格式", "rows", "数据行数",
                "inserted", "新登记", "updated", "更新", "unchanged", "未变化"));
    }
}
