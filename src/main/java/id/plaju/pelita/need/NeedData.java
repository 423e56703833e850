package id.plaju.pelita.need;

import id.plaju.pelita.training.CompetencyType;

/** What an employee proposes: the competency, the topic, the problem at work it should solve, its priority. */
public record NeedData(CompetencyType competency, String topic, String problem, NeedPriority priority) {
}
