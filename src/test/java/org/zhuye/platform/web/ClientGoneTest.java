package org.zhuye.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/** The API's error advice and a client that hung up: no ERROR, no body; our own faults still logged. */
class ClientGoneTest {

    private final ApiExceptionHandler advice = new ApiExceptionHandler();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level level;

    @BeforeEach
    void listen() {
        level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
        logger.setLevel(level);
    }

    @Test
    void aBrokenPipeWhileWritingJsonIsLoggedAtDebugWithoutABody() {
        var writing = new HttpMessageNotWritableException("Could not write JSON",
                new ClientAbortException(new IOException("Broken pipe")));

        assertThat(advice.other(writing)).isNull();

        assertThat(levels()).doesNotContain(Level.ERROR, Level.WARN).contains(Level.DEBUG);
    }

    @Test
    void aConnectionResetOrAnUnusableAsyncResponseIsNotAnErrorEither() throws IOException {
        assertThat(advice.io(new ClientAbortException(new IOException("Connection reset by peer")))).isNull();
        assertThat(advice.io(new AsyncRequestNotUsableException("ServletOutputStream failed to write"))).isNull();

        assertThat(levels()).doesNotContain(Level.ERROR, Level.WARN);
    }

    @Test
    void ourOwnFaultIsStillLoggedAsAnErrorAndAnswered500() {
        var answer = advice.other(new IllegalStateException("a defect"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(logged.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.ERROR);
            assertThat(e.getFormattedMessage()).isEqualTo("API 请求出错");
        });
    }

    @Test
    void anOtherIoFailureIsLeftToTheFramework() {
        IOException disk = new IOException("No space left on device");

        assertThatThrownBy(() -> advice.io(disk)).isSameAs(disk);
    }

    private List<Level> levels() {
        return logged.list.stream().map(ILoggingEvent::getLevel).toList();
    }
}
