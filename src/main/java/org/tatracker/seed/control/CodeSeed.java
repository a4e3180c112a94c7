package org.tatracker.seed.control;

import java.util.Map;
import org.tatracker.i18n.entity.Language;

/** One code as read from a seed file, before it is stored. */
public record CodeSeed(String code, String parent, int sort, boolean withdrawn, Map<Language, String> names) {
}
