package org.tatracker.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatracker.platform.entity.Money;

/** The facts a project keeps for the dashboards follow every change that they read (issue #6, migration V11). */
class ProjectDashboardFactsTest {

    static UsdValue usd(String amount) {
        return UsdValue.convert(new BigDecimal(amount), BigDecimal.ONE, 2026);
    }

    @Test
    void signalsAreCountedAgainAfterEveryChangeTheyRead() {
        Project p = SampleProjects.project(ProjectStatus.IMPLEMENTATION, Modality.NORTH_SOUTH);
        // no components: exit strategy, co-financing, recurrent costs, national systems apply; none is met
        assertEquals(4, p.signalsApplicable());
        assertEquals(0, p.signalsMet());
        Component training = p.addComponent(ComponentKind.TRAINING, "Course", null, null);
        assertEquals(5, p.signalsApplicable(), "a curriculum can be adopted once there is training");
        p.addEvent(training, new TrainingEvent.Facts("Trainers", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 5), TrainingModality.FACE_TO_FACE,
                TrainingType.TRAINING_OF_TRAINERS, null, false, true, 3, 2, 0, null, null, 5, 40, null, List.of()));
        assertEquals(6, p.signalsApplicable(), "and the trainers' multiplier once trainers are certified");
        assertEquals(2, p.signalsMet(), "curriculum adopted; 40 trained by 5 trainers");
        Component material = p.addComponent(ComponentKind.MATERIAL, "Laboratory", null, null);
        EquipmentItem item = p.addItem(material, new EquipmentItem.Facts("Microscope", MaterialKind.EQUIPMENT, null, null, null, true, "Ministry",
                null));
        assertEquals(7, p.signalsApplicable(), "maintenance plans once there is equipment");
        assertEquals(3, p.signalsMet());
        p.addCheck(item, new OperationalCheck(LocalDate.of(2026, 6, 1), false, null));
        assertEquals(8, p.signalsApplicable(), "equipment working once checked");
        assertEquals(3, p.signalsMet(), "the one item checked does not work");
        p.addCheck(item, new OperationalCheck(LocalDate.of(2026, 9, 1), true, null));
        assertEquals(4, p.signalsMet(), "its latest check finds it working");
        p.removeComponent(material);
        assertEquals(6, p.signalsApplicable());
        assertEquals(2, p.signalsMet());
    }

    @Test
    void transactionsAreSummedByYearAndRemovedWithThem() {
        Project p = SampleProjects.project(ProjectStatus.IMPLEMENTATION, Modality.NORTH_SOUTH);
        p.addTransaction(new Transaction.Facts(TransactionType.COMMITMENT, LocalDate.of(2026, 1, 10), new Money(new BigDecimal("1000.00"), "USD",
                "amount"), null, null, null, null, null), usd("1000.00"));
        Transaction spent = p.addTransaction(new Transaction.Facts(TransactionType.EXPENDITURE, LocalDate.of(2027, 3, 1), new Money(
                new BigDecimal("250.50"), "USD", "amount"), null, null, null, null, null), usd("250.50"));
        p.addTransaction(new Transaction.Facts(TransactionType.INCOMING_FUNDS, LocalDate.of(2027, 3, 1), new Money(new BigDecimal("9.00"), "USD",
                "amount"), null, null, null, null, null), usd("9.00"));
        assertEquals(0, new BigDecimal("1000.00").compareTo(p.years().get(2026).committedUsd()));
        assertEquals(0, new BigDecimal("250.50").compareTo(p.years().get(2027).disbursedUsd()));
        assertEquals(0, BigDecimal.ZERO.compareTo(p.years().get(2027).committedUsd()), "incoming funds are neither");
        p.removeTransaction(spent);
        assertFalse(p.years().containsKey(2027), "a year with nothing left is dropped");
        assertTrue(p.years().containsKey(2026));
    }
}
