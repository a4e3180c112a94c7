package org.tatracker.project.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.tatracker.platform.entity.InvalidValueException;

/**
 * A part of a project of one kind: technical (advisory services, drafting, mentoring), material
 * (equipment, construction, renovation: {@link EquipmentItem}s) or training ({@link TrainingEvent}s).
 * Items belong to material components only and events to training components only.
 */
@Entity
@Table(name = "project_component")
public class Component {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ComponentKind kind;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "description", length = 4000)
    private String description;

    /** IATI AidType code (vocabulary 1), e.g. D01 donor country personnel, D02 other technical assistance. */
    @Column(name = "aid_type", length = 5)
    private String aidType;

    @OneToMany(mappedBy = "component", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate, id")
    private List<TrainingEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "component", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EquipmentItem> items = new ArrayList<>();

    protected Component() {
    }

    Component(Project project, ComponentKind kind, String title, String description, String aidType) {
        if (kind == null) {
            throw new InvalidValueException("components.kind", "requiredComponentKind");
        }
        this.project = project;
        this.kind = kind;
        edit(title, description, aidType);
    }

    void edit(String title, String description, String aidType) {
        this.title = Texts.required(title, 300, "components.title");
        this.description = Texts.optional(description, 4000, "components.description");
        this.aidType = Texts.optional(aidType, 5, "components.aidType");
    }

    TrainingEvent addEvent(TrainingEvent.Facts facts) {
        if (kind != ComponentKind.TRAINING) {
            throw new InvalidValueException("componentId", "trainingComponentOnly");
        }
        TrainingEvent event = new TrainingEvent(this, facts);
        events.add(event);
        return event;
    }

    void removeEvent(TrainingEvent event) {
        events.remove(event);
    }

    EquipmentItem addItem(EquipmentItem.Facts facts) {
        if (kind != ComponentKind.MATERIAL) {
            throw new InvalidValueException("componentId", "materialComponentOnly");
        }
        EquipmentItem item = new EquipmentItem(this, facts);
        items.add(item);
        return item;
    }

    void removeItem(EquipmentItem item) {
        items.remove(item);
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public ComponentKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String aidType() {
        return aidType;
    }

    public List<TrainingEvent> events() {
        return List.copyOf(events);
    }

    public List<EquipmentItem> items() {
        return List.copyOf(items);
    }
}
