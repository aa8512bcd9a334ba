package org.zhuye.jobs.posting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Stores what reads already show: a published posting past its open-until date is closed, EXPIRED, on
 * the day after it. Runs just after midnight (the system's zone) and once at start, so a server that was
 * down at midnight catches up; reads never wait for it ({@link JobPostings#effective}).
 */
@Configuration
@EnableScheduling
class PostingExpiry {

    private static final Logger log = LoggerFactory.getLogger(PostingExpiry.class);

    private final JobPostings postings;

    PostingExpiry(JobPostings postings) {
        this.postings = postings;
    }

    @Scheduled(cron = "0 5 0 * * *")
    @EventListener(ApplicationReadyEvent.class)
    void expireDue() {
        int closed = postings.expire(JobPostings.today());
        if (closed > 0) {
            log.info("已将 {} 个过了招聘截止日期的岗位关闭为“已到期”", closed);
        }
    }
}
