package org.parley.directory;

/**
 * Figures of the application's use of the directory since the server started.
 *
 * @param searches LDAP search operations sent
 * @param binds LDAP bind operations sent to verify passwords
 * @param failures operations that failed because the directory could not be reached or was too slow
 * @param refused operations refused at once because the directory was down or every connection busy
 * @param poolSize the most connections the application opens
 * @param inUse connections in use now
 * @param peakInUse the most connections in use at once
 * @param cacheHits look-ups answered from the cache
 * @param cacheMisses look-ups that went to the directory
 * @param bindNanos time spent in password-verifying binds
 * @param available whether the directory answered the last operation
 */
public record DirectoryFigures(long searches, long binds, long failures, long refused, int poolSize, int inUse,
        int peakInUse, long cacheHits, long cacheMisses, long bindNanos, boolean available) {
}
