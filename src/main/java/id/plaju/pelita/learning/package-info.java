/**
 * What training changes (Kirkpatrick levels 2 and 3): the pre- and post-test of a programme, the
 * Rencana Tindak Lanjut written with the evaluation, the follow-up of each action by the
 * participant and the atasan's rating of its application, and the figures per session and programme.
 */
package id.plaju.pelita.learning;
