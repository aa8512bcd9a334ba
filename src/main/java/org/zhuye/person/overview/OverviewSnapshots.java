package org.zhuye.person.overview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.overview.OverviewRegistryReader.Loaded;
import org.zhuye.platform.database.DataDirectory;

/**
 * Keeps the {@link OverviewSnapshot} current. At start it is taken from the file saved on the last stop when
 * that file was read at the database's present {@link RegistryMark} (nothing written since), and otherwise read
 * from the database, in the background either way; after every committed {@link PersonsChanged} the changed
 * persons are re-read and swapped in, so the snapshot is never the only copy of anything and never more than a
 * commit behind. Writers take turns; readers never wait for them. A request waits for a build only a short,
 * bounded time before it is told that the figures are being prepared ({@link SnapshotPreparing}); work outside
 * a request waits for the build as long as it takes.
 */
@Component
class OverviewSnapshots {

    /** More changed persons than this in one event, and reading everyone again is cheaper. */
    static final int FULL_RELOAD_AT = 50_000;
    /** Merge the delta into the base once it holds this many persons. */
    static final int COMPACT_AT = 20_000;
    static final String FILE_NAME = "overview-snapshot.bin";

    private static final Logger log = LoggerFactory.getLogger(OverviewSnapshots.class);

    private final OverviewRegistryReader reader;
    private final OverviewSnapshotFile file;
    private final Duration buildWait;
    private final boolean saveOnStop;
    private final Object writeLock = new Object();
    /** Notified whenever {@link #current} is set, for readers waiting for a build. */
    private final Object ready = new Object();
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile boolean fileTried;
    private volatile OverviewSnapshot current;
    private volatile Build lastBuild;
    /** Taken while the file is written or checked, so a stop and a builder thread do not write it at once. */
    private final Object saveLock = new Object();
    /** The mark of what the file holds now, when this process wrote or read it. */
    private volatile RegistryMark savedMark;
    /** The last read of everyone until it is saved (held no longer, so a replaced base is not kept alive). */
    private volatile Loaded unsaved;

    OverviewSnapshots(DataSource dataSource, PlatformTransactionManager transactions, DataDirectory dataDirectory,
                      @Value("${zhuye.overview.build-wait:PT3S}") Duration buildWait,
                      @Value("${zhuye.overview.save-on-stop:true}") boolean saveOnStop) {
        this.reader = new OverviewRegistryReader(dataSource, transactions);
        this.file = new OverviewSnapshotFile(dataDirectory.dataDir().resolve(FILE_NAME));
        this.buildWait = buildWait;
        this.saveOnStop = saveOnStop;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildInBackground() {
        if (!building.compareAndSet(false, true)) {
            return; // the running build will see what is missing
        }
        Thread builder = new Thread(this::build, "overview-snapshot");
        builder.setDaemon(true);
        builder.start();
    }

    private void build() {
        boolean built = false;
        try {
            Loaded fromDatabase;
            synchronized (writeLock) {
                fromDatabase = current == null ? buildLocked() : null;
            }
            built = true;
            if (fromDatabase != null) {
                save(fromDatabase);
            }
        } catch (RuntimeException e) {
            log.warn("人员概况快照未能建立，将在下次查询时重试", e);
        } finally {
            building.set(false);
        }
        if (built && current == null) {
            buildInBackground(); // dropped again by a bulk change while this build was finishing
        }
    }

    /**
     * Builds and publishes the snapshot, holding the write lock: change events committed meanwhile wait and are
     * applied after it. The saved file is tried once per start; what was read from the database is returned, to
     * be saved once the lock is released.
     */
    private Loaded buildLocked() {
        Loaded saved = fileTried ? null : fromFile();
        fileTried = true;
        Loaded fromDatabase = saved == null ? load() : null;
        publish(new OverviewSnapshot((saved != null ? saved : fromDatabase).block()));
        return fromDatabase;
    }

    /** The current snapshot if there is one, without starting or awaiting a build. */
    Optional<OverviewSnapshot> ifReady() {
        return Optional.ofNullable(current);
    }

    /**
     * The current snapshot. Without one, a build is started (if none runs) and waited for at most the
     * configured short time; then the caller is told the figures are being prepared rather than kept waiting.
     */
    OverviewSnapshot current() {
        OverviewSnapshot snapshot = current;
        if (snapshot != null) {
            return snapshot;
        }
        if (RequestContextHolder.getRequestAttributes() == null) {
            return currentOrBuiltHere();
        }
        buildInBackground();
        long deadline = System.nanoTime() + buildWait.toNanos();
        synchronized (ready) {
            while ((snapshot = current) == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SnapshotPreparing();
                }
                try {
                    ready.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SnapshotPreparing();
                }
            }
            return snapshot;
        }
    }

    /**
     * Not answering a request (a demo runner at start, a job, a test): nobody is left waiting at a screen, and
     * the work must not fail because figures are being prepared, so it waits for the build, or builds.
     */
    private OverviewSnapshot currentOrBuiltHere() {
        Loaded fromDatabase = null;
        OverviewSnapshot snapshot;
        synchronized (writeLock) {
            if (current == null) {
                fromDatabase = buildLocked();
            }
            snapshot = current;
        }
        if (fromDatabase != null) {
            save(fromDatabase);
        }
        return snapshot;
    }

    private void publish(OverviewSnapshot snapshot) {
        current = snapshot;
        synchronized (ready) {
            ready.notifyAll();
        }
    }

    /**
     * Reads everyone again and saves the file, in the caller's thread: for tests of the saved file, which need
     * both done when it returns. Changes at run time go through {@link #on(PersonsChanged)}, which rebuilds in
     * the background.
     */
    void rebuild() {
        Loaded loaded;
        synchronized (writeLock) {
            loaded = load();
            publish(new OverviewSnapshot(loaded.block()));
        }
        save(loaded);
    }

    /**
     * Starts afresh as at a restart: drops the snapshot and builds it from the saved file when that still
     * matches the database, otherwise from the database; waits for it. For tests of the restart path.
     */
    Build restartFromFile() {
        synchronized (writeLock) {
            current = null;
            fileTried = false;
        }
        buildInBackground();
        synchronized (ready) {
            while (current == null || building.get()) {
                try {
                    ready.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        return lastBuild;
    }

    /** Figures about the last full build, for the benchmark and the logs. */
    Build lastBuild() {
        return lastBuild;
    }

    Path savedFile() {
        return file.path();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonsChanged changed) {
        try {
            apply(changed);
        } catch (RuntimeException e) {
            // The change is committed; only the copy failed. Drop it, so the next reader rebuilds.
            log.warn("人员概况快照更新失败，将整体重建", e);
            synchronized (writeLock) {
                current = null;
            }
        }
    }

    void apply(PersonsChanged changed) {
        synchronized (writeLock) {
            if (current == null) {
                return; // not built yet: the build will read the committed change
            }
            if (changed.all() || changed.ids().size() > FULL_RELOAD_AT) {
                // Read everyone again on a thread of its own, not the one that committed (an import
                // job would stay "running" for seconds). Readers meanwhile wait for the new copy
                // rather than see the old one, so nobody sees figures from before the change.
                current = null;
                buildInBackground();
                return;
            }
            if (changed.ids().isEmpty()) {
                return;
            }
            OverviewSnapshot next = current.withChanges(changed.ids(), reader.rows(changed.ids()));
            publish(next.deltaSize() > COMPACT_AT ? next.compacted() : next);
        }
    }

    /**
     * On an orderly stop, leaves a file the next start can use: the one saved is still good when nothing was
     * written since; otherwise everyone is read once more, in one transaction with the mark, and saved. The
     * snapshot in memory is not what is saved: it follows the change events, and a write made without one (a
     * script in SQL) would then be carried past the restart.
     */
    @PreDestroy
    void saveOnStop() {
        if (!saveOnStop) {
            return;
        }
        try {
            RegistryMark now = reader.mark();
            synchronized (saveLock) {
                if (now.equals(savedMark) && Files.exists(file.path())) {
                    return;
                }
                // A stop right after a build, before the builder thread saved what it read: save that, not read again.
                Loaded pending = unsaved;
                if (pending != null && pending.mark().equals(now)) {
                    save(pending);
                    return;
                }
            }
            synchronized (writeLock) {
                save(load());
            }
        } catch (RuntimeException e) {
            log.warn("停止时未能保存人员概况快照，下次启动将从数据库读取", e);
        }
    }

    private Loaded fromFile() {
        long started = System.nanoTime();
        savedMark = null; // until the file is found good: a damaged one must be written again
        try {
            Optional<OverviewSnapshotFile.Saved> saved = file.read();
            if (saved.isEmpty()) {
                return null;
            }
            RegistryMark now = reader.mark();
            if (!now.equals(saved.get().mark())) {
                log.info("保存的人员概况快照之后数据库已有变更，从数据库重新读取");
                return null;
            }
            savedMark = now;
            OverviewBlock block = saved.get().block();
            lastBuild = new Build(block.size(), block.bytes(), (System.nanoTime() - started) / 1_000_000, true);
            log.info("人员概况快照已从保存的文件载入：{} 人，约 {} MB，用时 {} ms", lastBuild.persons(),
                    lastBuild.bytes() >> 20, lastBuild.millis());
            return new Loaded(now, block);
        } catch (IOException | RuntimeException e) {
            log.warn("保存的人员概况快照无法读取，从数据库重新读取", e);
            return null;
        }
    }

    private void save(Loaded loaded) {
        synchronized (saveLock) {
            if (loaded.mark().equals(savedMark) && Files.exists(file.path())) {
                unsaved = null;
                return; // saved already, by the stop
            }
            write(loaded);
        }
    }

    private void write(Loaded loaded) {
        long started = System.nanoTime();
        try {
            file.write(loaded.mark(), loaded.block());
            savedMark = loaded.mark();
            if (unsaved == loaded) {
                unsaved = null;
            }
            log.info("人员概况快照已保存到 {}，用时 {} ms", file.path(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.warn("人员概况快照未能保存到文件，下次启动将从数据库读取", e);
        }
    }

    private Loaded load() {
        long started = System.nanoTime();
        Loaded loaded = reader.readAll();
        unsaved = loaded;
        OverviewBlock block = loaded.block();
        lastBuild = new Build(block.size(), block.bytes(), (System.nanoTime() - started) / 1_000_000, false);
        log.info("人员概况快照已从数据库建立：{} 人，约 {} MB，用时 {} ms", lastBuild.persons(), lastBuild.bytes() >> 20,
                lastBuild.millis());
        return loaded;
    }

    /** How long the last full build took, what it holds, and whether it came from the saved file. */
    record Build(int persons, long bytes, long millis, boolean fromFile) {
    }
}
