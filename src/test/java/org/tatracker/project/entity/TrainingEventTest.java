package org.tatracker.project.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatracker.platform.entity.InvalidValueException;

class TrainingEventTest {

    static TrainingEvent.Facts event(TrainingType type, int female, int male, int certified, int secondary, String pre, String post,
            List<InstitutionCount> institutions) {
        return new TrainingEvent.Facts("Crime-scene course", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), TrainingModality.FACE_TO_FACE,
                type, "Police academy", true, false, female, male, 0, pre == null ? null : new BigDecimal(pre),
                post == null ? null : new BigDecimal(post), certified, secondary, null, institutions);
    }

    @Test
    void aTrainingOfTrainersCertifiesAtMostItsParticipants() {
        assertDoesNotThrow(() -> TrainingEvent.check(event(TrainingType.TRAINING_OF_TRAINERS, 6, 6, 10, 120, "52", "78", List.of())));
        assertEquals("certifiedTrainers", assertThrows(InvalidValueException.class,
                () -> TrainingEvent.check(event(TrainingType.TRAINING_OF_TRAINERS, 3, 3, 7, 0, null, null, List.of()))).field());
        assertEquals("certifiedTrainers", assertThrows(InvalidValueException.class,
                () -> TrainingEvent.check(event(TrainingType.COURSE, 3, 3, 2, 0, null, null, List.of()))).field());
        assertEquals("secondaryTrainees", assertThrows(InvalidValueException.class,
                () -> TrainingEvent.check(event(TrainingType.COURSE, 3, 3, 0, 20, null, null, List.of()))).field());
    }

    @Test
    void participantsAreCountedAndScoresAreOnAHundredScale() {
        assertEquals("female", assertThrows(InvalidValueException.class,
                () -> TrainingEvent.check(event(TrainingType.COURSE, 0, 0, 0, 0, null, null, List.of()))).field());
        assertEquals("postScore", assertThrows(InvalidValueException.class,
                () -> TrainingEvent.check(event(TrainingType.COURSE, 1, 1, 0, 0, "50", "101", List.of()))).field());
        assertEquals("institutions", assertThrows(InvalidValueException.class, () -> TrainingEvent.check(event(TrainingType.COURSE, 2, 2, 0, 0,
                null, null, List.of(new InstitutionCount("POLICE", 3), new InstitutionCount("PROSECUTION", 2))))).field());
    }

    @Test
    void endsAfterItStarts() {
        var f = new TrainingEvent.Facts("x", LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 2), TrainingModality.E_LEARNING, TrainingType.COURSE,
                null, false, false, 1, 0, 0, null, null, 0, 0, null, List.of());
        assertEquals("endDate", assertThrows(InvalidValueException.class, () -> TrainingEvent.check(f)).field());
    }
}
