/**
 * The six UN languages: the session's language (browser preference first, then the switcher),
 * names in six languages with an English fallback, and the resource bundles of every visible word.
 */
package org.tatracker.i18n;
