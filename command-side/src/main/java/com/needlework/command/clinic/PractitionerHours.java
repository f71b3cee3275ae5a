package com.needlework.command.clinic;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.WeeklyHours;

public record PractitionerHours(PractitionerId id, String name, WeeklyHours hours) {}
