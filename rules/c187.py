"""C187 Promotional Framework for Occupational Safety and Health Convention, 2006: the rules of VOCABULARY.md.

The Convention asks each ratifying State to improve occupational safety and health continuously,
in consultation with employers' and workers' organizations, through three instruments: a
national policy built on risk assessment, prevention at source and a preventative safety and
health culture; a national system of laws, authorities, compliance mechanisms and workplace
cooperation; and a national programme with objectives, targets and indicators, reviewed over time.
"""
from normgap.rules import Convention, boolean, no_provision

C187 = Convention(
    "C187", "Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)",
    articles={
        "2": "Objective: continuous improvement of occupational safety and health",
        "3": "National policy",
        "4": "National system",
        "5": "National programme",
    },
)

C187.topic("osh.national_system", boolean(),
           "a national system for occupational safety and health is established, maintained and "
           "periodically reviewed")
C187.topic("osh.national_programme", boolean(),
           "a national programme on occupational safety and health is formulated, implemented, monitored, "
           "evaluated and periodically reviewed")

C155_TITLE = "the Occupational Safety and Health Convention, 1981 (No. 155)"


@C187.rule("national-policy-missing", article="3", status="missing", kind="direct_request",
           when=[no_provision("osh.national_policy", True)],
           checks="a national policy promotes a safe and healthy working environment and the basic "
                  "principles of prevention")
def national_policy_missing(f):
    f.note_lack("osh.national_policy",
                said_no="no national policy on occupational safety and health has been formulated",
                unstated="does not refer to a national policy on occupational safety and health")
    f.recalled("each Member must promote a safe and healthy working environment by formulating a national "
               "policy, in consultation with the most representative organizations of employers and "
               "workers, which advances the basic principles of assessing occupational risks or hazards, "
               "combating them at source, and developing a national preventative safety and health "
               "culture. The Committee notes that Article 4 of "
               f"{C155_TITLE} likewise requires a national policy on occupational safety and health")
    f.requested("indicate whether a national policy on occupational safety and health has been "
                "formulated in consultation with the most representative organizations of employers and "
                "workers and, if so, to provide a copy of it, or, failing that, to take steps to adopt one")


@C187.rule("national-system-missing", article="4", status="missing", kind="direct_request",
           when=[no_provision("osh.national_system", True)],
           checks="a national system for occupational safety and health is established, maintained and "
                  "reviewed")
def national_system_missing(f):
    f.note_lack("osh.national_system",
                said_no="no national system for occupational safety and health has been established",
                unstated="does not refer to a national system for occupational safety and health")
    f.recalled("each Member must establish, maintain, progressively develop and periodically review, in "
               "consultation with the most representative organizations of employers and workers, a "
               "national system for occupational safety and health, which includes at least laws and "
               "regulations on the subject, an authority or body responsible for it, mechanisms to secure "
               "compliance, including inspection, and arrangements for cooperation between management, "
               "workers and their representatives at the level of the undertaking")
    f.requested("indicate the elements that make up the national system for occupational safety and "
                "health, including the responsible authority and the compliance and inspection mechanisms, "
                "and how it is reviewed in consultation with the social partners, or, failing that, to "
                "take the necessary steps to establish such a system, and to provide information on the "
                "progress made")


@C187.rule("national-programme-missing", article="5", status="missing", kind="direct_request",
           when=[no_provision("osh.national_programme", True)],
           checks="a national programme on occupational safety and health is formulated, implemented and "
                  "reviewed")
def national_programme_missing(f):
    f.note_lack("osh.national_programme",
                said_no="no national programme on occupational safety and health is in place",
                unstated="does not refer to a national programme on occupational safety and health")
    f.recalled("each Member must formulate, implement, monitor, evaluate and periodically review, in "
               "consultation with the most representative organizations of employers and workers, a "
               "national programme on occupational safety and health that is based on an analysis of the "
               "national situation, sets objectives, targets and indicators of progress, and is widely "
               "publicized and endorsed at the highest national level")
    f.requested("indicate whether a national programme on occupational safety and health has been adopted "
                "and, if so, to provide a copy of it together with the national profile on which it is "
                "based, or, failing that, to take the necessary steps to adopt one")
