package org.careflow.patient.domain;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PatientRepository extends MongoRepository<Patient, String>, PatientEmails {

}
