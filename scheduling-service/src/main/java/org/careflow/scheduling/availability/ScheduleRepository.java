package org.careflow.scheduling.availability;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ScheduleRepository extends MongoRepository<ScheduleDocument, String> {

}
