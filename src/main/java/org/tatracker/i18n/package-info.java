/**
 * The six UN languages: the session's language (browser preference first, then the switcher),
 * names in six languages with an English fallback, and the resource bundles of every visible word.
 *
 * <p>Two bundles: {@code messages*.properties} for what pages write, and {@code reasons*.properties}
 * for why the domain refuses something (a value, a workflow step, a row of a spreadsheet, an
 * element of an IATI file) and for the titles and details of the API's problem documents. The
 * domain writes a refusal before anyone knows the reader's language, so it writes a
 * {@link org.tatracker.i18n.entity.Reason}, a key and its arguments, and the boundary renders it:
 * pages in the view's language, the API in the language of {@code Accept-Language} (English when
 * the request names none of the six: a client says what it wants, so a user's remembered language
 * is not used there). Exception messages stay English, for logs. Arguments that are codes, enum
 * names or IATI element names are shown as written, in every language.
 */
package org.tatracker.i18n;
