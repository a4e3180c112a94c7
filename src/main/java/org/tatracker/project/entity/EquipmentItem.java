package org.tatracker.project.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tatracker.platform.entity.InvalidValueException;
import org.tatracker.platform.entity.Money;

/**
 * An item of equipment, a construction or a renovation, handed over to a national institution,
 * with its maintenance plan (who pays, yearly budget) and dated checks of whether it still works:
 * the equipment-upkeep signal of domain reference §3.2.
 */
@Entity
@Table(name = "equipment_item")
public class EquipmentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "component_id", nullable = false)
    private Component component;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "material_kind", nullable = false, length = 20)
    private MaterialKind kind;

    @Column(name = "value_amount", precision = 19, scale = 2)
    private BigDecimal valueAmount;

    @Column(name = "value_currency", length = 3)
    private String valueCurrency;

    @Column(name = "recipient_institution", length = 300)
    private String recipientInstitution;

    @Column(name = "handover_date")
    private LocalDate handoverDate;

    @Column(name = "maintenance_plan", nullable = false)
    private boolean maintenancePlan;

    @Column(name = "maintenance_payer", length = 200)
    private String maintenancePayer;

    @Column(name = "maintenance_amount", precision = 19, scale = 2)
    private BigDecimal maintenanceAmount;

    @Column(name = "maintenance_currency", length = 3)
    private String maintenanceCurrency;

    @ElementCollection
    @CollectionTable(name = "operational_check", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<OperationalCheck> checks = new ArrayList<>();

    protected EquipmentItem() {
    }

    /** What is recorded of an item. */
    public record Facts(String description, MaterialKind kind, Money value, String recipientInstitution, LocalDate handoverDate,
            boolean maintenancePlan, String maintenancePayer, Money maintenanceBudget) {
    }

    EquipmentItem(Component component, Facts facts) {
        this.component = component;
        check(facts);
        description = facts.description().strip();
        kind = facts.kind();
        valueAmount = facts.value() == null ? null : facts.value().amount();
        valueCurrency = facts.value() == null ? null : facts.value().currency();
        recipientInstitution = Texts.optional(facts.recipientInstitution(), 300, "recipientInstitution");
        handoverDate = facts.handoverDate();
        maintenancePlan = facts.maintenancePlan();
        maintenancePayer = Texts.optional(facts.maintenancePayer(), 200, "maintenancePayer");
        maintenanceAmount = facts.maintenanceBudget() == null ? null : facts.maintenanceBudget().amount();
        maintenanceCurrency = facts.maintenanceBudget() == null ? null : facts.maintenanceBudget().currency();
    }

    /** Checks every rule of an item; public so that a form can check before it saves. */
    public static void check(Facts f) {
        Texts.required(f.description(), 500, "description");
        if (f.kind() == null) {
            throw new InvalidValueException("kind", "requiredMaterialKind");
        }
        Texts.optional(f.recipientInstitution(), 300, "recipientInstitution");
        Texts.optional(f.maintenancePayer(), 200, "maintenancePayer");
        if (f.maintenancePlan() && (f.maintenancePayer() == null || f.maintenancePayer().isBlank())) {
            throw new InvalidValueException("maintenancePayer", "maintenancePayer");
        }
        if (!f.maintenancePlan() && (f.maintenanceBudget() != null || (f.maintenancePayer() != null && !f.maintenancePayer().isBlank()))) {
            throw new InvalidValueException("maintenancePlan", "maintenancePlan");
        }
    }

    void addCheck(OperationalCheck check) {
        if (handoverDate != null && check.checkedOn().isBefore(handoverDate)) {
            throw new InvalidValueException("checkedOn", "checkAfterHandover", handoverDate);
        }
        checks.add(check);
    }

    /** Whether the latest check found it working; empty when it was never checked. */
    public java.util.Optional<Boolean> working() {
        return checks.stream().max(java.util.Comparator.comparing(OperationalCheck::checkedOn)).map(OperationalCheck::working);
    }

    public Long id() {
        return id;
    }

    public Component component() {
        return component;
    }

    public String description() {
        return description;
    }

    public MaterialKind kind() {
        return kind;
    }

    public Money value() {
        return valueAmount == null ? null : new Money(valueAmount, valueCurrency, "value");
    }

    public String recipientInstitution() {
        return recipientInstitution;
    }

    public LocalDate handoverDate() {
        return handoverDate;
    }

    public boolean maintenancePlan() {
        return maintenancePlan;
    }

    public String maintenancePayer() {
        return maintenancePayer;
    }

    public Money maintenanceBudget() {
        return maintenanceAmount == null ? null : new Money(maintenanceAmount, maintenanceCurrency, "maintenanceBudget");
    }

    public List<OperationalCheck> checks() {
        return List.copyOf(checks);
    }
}
