package org.zhuye.person.overview;

/**
 * The registry's figures are still being read into memory (after a start or a bulk change): the caller is told
 * so at once, with a hint when to try again, instead of waiting many seconds for a page with no word.
 */
public class SnapshotPreparing extends RuntimeException {

    /** Seconds after which a retry is worth it; a province-sized build takes several. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public SnapshotPreparing() {
        super("统计数据正在准备中（系统启动或批量导入后需要从数据库读取全部人员），请约 " + RETRY_AFTER_SECONDS + " 秒后再试");
    }
}
