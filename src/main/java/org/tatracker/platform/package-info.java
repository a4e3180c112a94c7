/**
 * What every feature stands on: the application-defined Derby DataSource, Flyway migrations at
 * start-up, the REST application with its one place for problem-details errors, the
 * database health check, and the fonts and writing direction of PDF documents in the six languages.
 */
package org.tatracker.platform;
