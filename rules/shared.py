"""Topics read by more than one Convention, declared once here (VOCABULARY.md, "Shared")."""
from normgap.rules import boolean, categories, years
from normgap.vocabulary import TopicSpec

TOPICS = [
    TopicSpec("scope.excludes", categories(),
              "the act of this statement does not apply to these categories of workers", "shared"),
    TopicSpec("prison_labour.compulsory", boolean(),
              "convicted prisoners are obliged to work", "shared"),
    TopicSpec("minimum_age.hazardous", years(),
              "age below which hazardous work is prohibited", "shared"),
    TopicSpec("hazardous_work.list_adopted", boolean(),
              "the types of hazardous work prohibited to persons under 18 are determined by law or "
              "by the competent authority", "shared"),
    TopicSpec("hazardous_work.safeguards_from_16", boolean(),
              "where hazardous work is allowed from 16, the young persons' health, safety and morals "
              "are fully protected and they receive specific instruction or training", "shared"),
    TopicSpec("osh.national_policy", boolean(),
              "a national policy on occupational safety and health is formulated, implemented and "
              "periodically reviewed (C155 Art 4, C187 Art 3)", "shared"),
    TopicSpec("disputes.compulsory_arbitration", boolean(),
              "a dispute can be sent to binding arbitration at the request of one party or of the "
              "authorities, outside essential services", "shared"),
]
