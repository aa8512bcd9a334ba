package org.zhuye.platform.memo;

import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An immutable in-memory copy of rows keyed by person (the 四个一 services, the completed enrolments), derived
 * from the database and never the only copy. It is read whole on first use; after each committed change that
 * names persons their rows are read again and swapped in, and a change naming everyone, or very many, reads it
 * all again. Readers take a volatile reference and never wait once it is read; writers take turns. An update
 * that fails drops the copy, so the next reader reads it whole rather than see it stale.
 *
 * @param <T> the immutable copy
 */
public abstract class PersonRowsIndex<T> {

    /** Beyond this many persons in one change, reading everything again is cheaper than a long id list. */
    private static final int FULL_READ_AT = 50_000;

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;
    private final Object writeLock = new Object();
    private volatile T copy;

    /** @param name what the copy holds, for the log */
    protected PersonRowsIndex(String name, DataSource dataSource, PlatformTransactionManager transactions) {
        this.name = name;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(10_000);
        this.streaming = JdbcClient.create(template);
        // PgJDBC streams with a fetch size only inside a transaction; otherwise it reads every row at once.
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readOnly.setReadOnly(true);
    }

    /** Every row, read with {@code streaming} (rows arrive in batches, not all at once). */
    protected abstract T readAll(JdbcClient streaming);

    /** {@code current} with the rows of {@code persons} read again; the same object when none of them differs. */
    protected abstract T withPersons(T current, Set<Long> persons);

    /**
     * Reads the copy in the background once the application is up, so the first figure asked for does not wait
     * for it (seconds at a province's size). A change committed meanwhile waits for the read and is applied to it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void readWhenReady() {
        Thread reader = new Thread(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                log.warn("{}未能预先建立，将在首次使用时重试", name, e);
            }
        }, getClass().getSimpleName());
        reader.setDaemon(true);
        reader.start();
    }

    /** The copy as of the last committed change. */
    public final T current() {
        T snapshot = copy;
        if (snapshot != null) {
            return snapshot;
        }
        synchronized (writeLock) {
            if (copy == null) {
                copy = read();
            }
            return copy;
        }
    }

    /** To be called after a commit that changed the rows of {@code persons} (or of everyone). */
    protected final void changed(boolean everyone, Set<Long> persons) {
        try {
            synchronized (writeLock) {
                if (copy == null) {
                    return;  // not read yet: the first read sees the committed change
                }
                copy = everyone || persons.size() > FULL_READ_AT ? read() : withPersons(copy, persons);
            }
        } catch (RuntimeException e) {
            log.warn("{}更新失败，将整体重建", name, e);
            synchronized (writeLock) {
                copy = null;
            }
        }
    }

    private T read() {
        long started = System.nanoTime();
        T all = readOnly.execute(status -> readAll(streaming));
        log.info("{}已建立，用时 {} ms", name, (System.nanoTime() - started) / 1_000_000);
        return all;
    }
}
