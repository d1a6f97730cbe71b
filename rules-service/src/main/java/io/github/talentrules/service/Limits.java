package io.github.talentrules.service;

import java.time.Duration;
import java.util.Objects;

/**
 * What one request may ask of the service. A request over a limit gets a problem (413, 503), and the
 * service goes on serving the others.
 *
 * @param maxBodyBytes the largest JSON body ({@code /api/decide}, {@code /api/decide-all}, {@code /api/find})
 * @param maxUploadBytes the largest sheet upload ({@code /api/sheets})
 * @param maxRows the most rows one sheet may have
 * @param maxSheetJobs how many sheets are checked at once; one more is refused with 503 until one ends
 * @param timeout the longest a request, or the check of one sheet, may take
 */
public record Limits(long maxBodyBytes, long maxUploadBytes, long maxRows, int maxSheetJobs, Duration timeout) {

    /** 1 MiB bodies, 20 MiB uploads, 100,000 rows, 2 sheets at once, 60 s. */
    public static final Limits DEFAULT = new Limits(1L << 20, 20L << 20, 100_000, 2, Duration.ofSeconds(60));

    public Limits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBodyBytes < 1 || maxUploadBytes < 1 || maxRows < 1 || maxSheetJobs < 1) {
            throw new IllegalArgumentException("every limit must be at least 1: " + maxBodyBytes + ", " + maxUploadBytes
                    + ", " + maxRows + ", " + maxSheetJobs);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        }
    }
}
