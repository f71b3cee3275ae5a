package com.needlework.api.prospect;

public record ProspectRegisteredEvent(ProspectId prospectId, ContactDetails contact) {}
