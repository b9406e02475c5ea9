package org.careflow.doctor.web;

/**
 * A doctor's profile as one caller may see it: public, or full for themself and admins.
 */
sealed interface ProfileView permits PublicProfile, FullProfile {

}
