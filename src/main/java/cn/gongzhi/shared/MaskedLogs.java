package cn.gongzhi.shared;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Iterator;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Every line the application logs, message and stack trace alike, is written with its phone and ID numbers masked
 * ({@link Masking#text}), whoever logs it: our code, Camunda (which logs a failed command with its message), Hibernate
 * and the JDBC driver (whose errors can quote a value). Runs right after Spring Boot sets logging up, and wraps the
 * encoder of every appender that writes a stream (the console, a log file when {@code logging.file.name} is set).
 * <p>
 * A log event that carries a database error (Camunda logs a failed command with its whole cause chain, and a driver's
 * message can quote the values of the row: a resident's text) is replaced by one line naming the error's kind, without
 * the statement or its values ({@link DatabaseErrors}).
 */
public class MaskedLogs implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLoggerList().forEach(MaskedLogs::mask);
            if (context.getTurboFilterList().stream().noneMatch(SqlErrorsByKind.class::isInstance)) {
                SqlErrorsByKind filter = new SqlErrorsByKind();
                filter.setContext(context);
                filter.start();
                context.addTurboFilter(filter);
            }
        }
    }

    private static void mask(Logger logger) {
        for (Iterator<Appender<ILoggingEvent>> appenders = logger.iteratorForAppenders(); appenders.hasNext(); ) {
            if (appenders.next() instanceof OutputStreamAppender<ILoggingEvent> stream
                    && stream.getEncoder() != null && !(stream.getEncoder() instanceof Masked)) {
                Masked masked = new Masked(stream.getEncoder());
                masked.setContext(stream.getContext());
                masked.start();
                stream.setEncoder(masked);
            }
        }
    }

    /** An encoder that masks what another one wrote. */
    static final class Masked extends EncoderBase<ILoggingEvent> {

        private final Encoder<ILoggingEvent> encoder;
        private final Charset charset;

        Masked(Encoder<ILoggingEvent> encoder) {
            this.encoder = encoder;
            this.charset = encoder instanceof LayoutWrappingEncoder<ILoggingEvent> layout && layout.getCharset() != null
                    ? layout.getCharset() : StandardCharsets.UTF_8;
        }

        @Override
        public byte[] headerBytes() {
            return encoder.headerBytes();
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            byte[] line = encoder.encode(event);
            if (line == null) {
                return null;
            }
            String text = new String(line, charset);
            String masked = Masking.text(text);
            return masked.equals(text) ? line : masked.getBytes(charset);
        }

        @Override
        public byte[] footerBytes() {
            return encoder.footerBytes();
        }
    }

    /** Logs a database error by its kind instead of the event that carries it with its message. */
    static final class SqlErrorsByKind extends TurboFilter {

        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                Throwable failure) {
            Throwable carried = failure != null ? failure
                    : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last
                    : null;
            if (carried == null || !logger.isEnabledFor(level)) {
                return FilterReply.NEUTRAL;
            }
            SQLException sql = DatabaseErrors.sqlError(carried);
            // a lost connection says nothing of a row: its message helps whoever restores the database
            if (sql == null || DatabaseUnreachable.causedBy(carried)) {
                return FilterReply.NEUTRAL;
            }
            DatabaseErrors.logged(logger.getName(), sql, carried);
            return FilterReply.DENY;
        }
    }
}
