/** The home page: what the tracker is and what it holds. */
package org.tatracker.home;
