package org.tatracker.assessment.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A need as a field office writes it. {@code cjatArea} is a cjat_tool code; {@code kinds} are
 * technical, material and/or training; {@code category} legislative, institutional, capacity,
 * equipment, data or international_cooperation; {@code priority} high, medium or low; the lists
 * hold codes of target_institution, target_group, sn_cluster, convention and sdg_target; the cost
 * is an exact decimal amount with an ISO 4217 currency. {@code version} is required to update.
 */
public record NeedInput(String cjatArea, String description, List<String> kinds, String category, String priority,
        List<String> institutions, List<String> groups, List<String> standards, List<String> conventions,
        List<String> sdgTargets, BigDecimal costAmount, String costCurrency, Long version) {
}
