package org.tatracker.assessment.entity;

/** What kind of gap a need is (domain reference §1.3). */
public enum NeedCategory {
    LEGISLATIVE, INSTITUTIONAL, CAPACITY, EQUIPMENT, DATA, INTERNATIONAL_COOPERATION
}
