/**
 * What every feature stands on: the application-defined Derby DataSource, Flyway migrations at
 * start-up, the REST application with its one place for problem-details errors, and the
 * database health check.
 */
package org.tatracker.platform;
