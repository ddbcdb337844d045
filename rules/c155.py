"""C155 Occupational Safety and Health Convention, 1981: the rules of VOCABULARY.md, in the Committee's voice.

The Convention covers every branch of economic activity and every worker, save for limited
exclusions made after consultation, and requires a national policy on occupational safety and
health, reviewed over time. Its operative core is the law: a general duty of care on employers,
procedures for notifying occupational accidents and diseases, protection for workers who leave a
seriously dangerous situation, arrangements for informing and consulting workers in the
undertaking, and protective measures that cost the workers nothing.
"""
from normgap.rules import (
    Convention, act, boolean, category, has_other_than, listing, no_provision, provision,
)

C155 = Convention(
    "C155", "Occupational Safety and Health Convention, 1981 (No. 155)",
    articles={
        "1": "Scope of application",
        "2": "Workers covered",
        "4": "National policy",
        "5": "Spheres of action of the national policy",
        "6": "Functions and responsibilities under the national policy",
        "7": "Periodic review of the situation",
        "8": "Laws or regulations giving effect to the policy",
        "9": "Enforcement: inspection and penalties",
        "10": "Guidance to employers and workers",
        "11(a)": "Conditions for the design, construction and operation of undertakings",
        "11(b)": "Prohibited, limited or authorized processes and substances",
        "11(c)": "Notification of occupational accidents and diseases",
        "11(d)": "Inquiries into serious occupational accidents and diseases",
        "11(e)": "Annual publication of information",
        "11(f)": "Examination of chemical, physical and biological agents",
        "12": "Duties of designers, manufacturers, importers and suppliers",
        "13": "Protection of workers who remove themselves from serious danger",
        "14": "Occupational safety and health in education and training",
        "15": "Coordination between authorities and bodies",
        "16": "General duties of employers",
        "17": "Collaboration between undertakings sharing a workplace",
        "18": "Emergencies and first aid",
        "19": "Arrangements at the level of the undertaking",
        "20": "Cooperation between management and workers",
        "21": "No expenditure for workers",
    },
)

C155.topic("osh.employer_general_duty", boolean(),
           "employers must ensure, so far as is reasonably practicable, that the workplaces, machinery, "
           "equipment, processes and substances under their control are safe and without risk to health")
C155.topic("osh.right_to_withdraw", boolean(),
           "a worker who removes himself or herself from a work situation reasonably believed to present "
           "an imminent and serious danger to life or health is protected from undue consequences")
C155.topic("osh.accident_notification", boolean(),
           "procedures are laid down for the notification of occupational accidents and diseases")
C155.topic("osh.worker_consultation", boolean(),
           "arrangements in the undertaking provide for workers and their representatives to be "
           "informed, trained and consulted on occupational safety and health")
C155.topic("osh.cost_to_workers", boolean(),
           "workers bear the cost of protective equipment or other occupational safety and health measures")

C187_TITLE = "the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)"
PERMITTED = ("armed_forces", "police", "seafarers")
APPLICATION = ("and to provide information on the application of these provisions in practice, including "
               "the number of inspections carried out and of violations detected")


def _is_osh(topic: str) -> bool:
    return topic.startswith("osh.")


@C155.rule("osh-act-excludes-workers", article="1", status="conflict", kind="direct_request",
           when=[act(excludes=has_other_than(*PERMITTED), as_="source")],
           checks="an act laying down occupational safety and health rules leaves out no category of "
                  "workers other than the armed forces, the police and seafarers")
def osh_act_excludes_workers(f, source):
    if not any(_is_osh(t) for t in source.topics):
        f.drop()
        return
    uncovered = [c for c in source.excludes if c not in PERMITTED]
    resting = [p for p in source.exclusions if any(c in p.value for c in uncovered)]
    f.cite(*resting)
    f.fact("scope.excludes", "[" + ", ".join(uncovered) + "]")
    f.fact("exclusions not questioned", ", ".join(PERMITTED))
    named = listing(category(c) for c in uncovered)
    f.noted(f"under {listing(p.phrase for p in resting)}, the occupational safety and health rules laid "
            f"down in that instrument do not apply to {named}")
    f.recalled("its provisions apply to all branches of economic activity and to all workers in them, "
               "the public service included; particular branches, or limited categories of workers for "
               "which its application raises special difficulties, may be left out only after "
               "consultation with the representative organizations of employers and workers, and the "
               "exclusions and their reasons must be listed in the first report on the application of "
               "the Convention")
    f.requested(f"take the necessary measures to ensure that occupational safety and health protection "
                f"extends to {named}, or to indicate whether "
                f"{'these categories were' if len(uncovered) > 1 else 'this category was'} excluded "
                f"under Article 1(2) or 2(2) of the Convention after consultation and on what grounds, "
                f"{APPLICATION}")


@C155.rule("national-policy-missing", article="4", status="missing", kind="direct_request",
           when=[no_provision("osh.national_policy", True)],
           checks="a national occupational safety and health policy is formulated, implemented and "
                  "periodically reviewed")
def national_policy_missing(f):
    f.note_lack("osh.national_policy",
                said_no="no national policy on occupational safety and health has been formulated",
                unstated="does not refer to a national policy on occupational safety, occupational health "
                         "and the working environment")
    f.recalled("each Member, in consultation with the most representative organizations of employers and "
               "workers, must formulate, put into effect and review at intervals a coherent national "
               "policy on occupational safety, occupational health and the working environment, which "
               "aims to prevent accidents and injury to health connected with work by reducing the causes "
               "of hazards in the working environment as far as is reasonably practicable. The Committee "
               f"notes that Article 3 of {C187_TITLE} likewise calls for a national policy")
    f.requested("indicate whether a national policy on occupational safety and health has been "
                "formulated in consultation with the most representative organizations of employers and "
                "workers and, if so, to provide a copy of it and information on its implementation and "
                "review, or, failing that, to take steps to adopt one")


@C155.rule("accident-notification-missing", article="11(c)", status="missing", kind="direct_request",
           when=[no_provision("osh.accident_notification", True)],
           checks="procedures are laid down for notifying occupational accidents and diseases")
def accident_notification_missing(f):
    f.note_lack("osh.accident_notification",
                said_no="employers are not required to notify occupational accidents and diseases",
                unstated="does not appear to lay down procedures for the notification of occupational "
                         "accidents and diseases")
    f.recalled("the competent authority must establish and apply procedures under which employers and, "
               "where appropriate, insurance institutions notify occupational accidents and diseases, and "
               "must produce annual statistics on them")
    f.requested("indicate the provisions that establish procedures for the notification of occupational "
                "accidents and diseases or, failing that, to adopt them, and to provide the most recent "
                "statistics on occupational accidents and diseases")


@C155.rule("right-to-withdraw-missing", article="13", status="missing", kind="direct_request",
           when=[no_provision("osh.right_to_withdraw", True)],
           checks="workers who remove themselves from imminent and serious danger are protected from "
                  "undue consequences")
def right_to_withdraw_missing(f):
    f.note_lack("osh.right_to_withdraw",
                said_no="workers who leave a work situation that they reasonably consider to present an "
                        "imminent and serious danger to their life or health are not protected against "
                        "undue consequences",
                unstated="does not appear to protect from undue consequences workers who leave a "
                         "work situation that they reasonably consider to present an imminent and serious "
                         "danger to their life or health")
    f.recalled("a worker who has removed himself or herself from a work situation which he or she has "
               "reasonable justification to believe presents an imminent and serious danger to life or "
               "health must be protected from undue consequences, in accordance with national conditions "
               "and practice")
    f.requested("take the necessary measures to ensure that workers who remove themselves from a work "
                "situation presenting an imminent and serious danger to their life or health are "
                "protected against dismissal and any other undue consequences, and to provide information "
                "on any complaints or cases brought in this respect")


@C155.rule("employer-duty-missing", article="16", status="missing", kind="direct_request",
           when=[no_provision("osh.employer_general_duty", True)],
           checks="employers bear a general duty to keep workplaces, machinery, equipment, processes and "
                  "substances safe")
def employer_duty_missing(f):
    f.note_lack("osh.employer_general_duty",
                said_no="employers are under no general duty to ensure that the workplaces, machinery, "
                        "equipment, processes and substances under their control are safe and without "
                        "risk to health",
                unstated="does not appear to place on employers a general duty to ensure that the "
                         "workplaces, machinery, equipment, processes and substances under their control "
                         "are safe and without risk to health")
    f.recalled("employers must be required to ensure, so far as is reasonably practicable, that the "
               "workplaces, machinery, equipment and processes under their control are safe and without "
               "risk to health, that the chemical, physical and biological substances and agents under "
               "their control present no risk to health when appropriate protective measures are taken, "
               "and that adequate protective clothing and equipment are provided where necessary")
    f.requested(f"indicate the provisions that lay down the general duties of employers with regard to "
                f"occupational safety and health or, failing that, to adopt them, {APPLICATION}")


@C155.rule("worker-consultation-missing", article="19", status="missing", kind="direct_request",
           when=[no_provision("osh.worker_consultation", True)],
           checks="arrangements in the undertaking inform, train and consult workers and their "
                  "representatives on occupational safety and health")
def worker_consultation_missing(f):
    f.note_lack("osh.worker_consultation",
                said_no="no arrangements are made in the undertaking for informing, training and "
                        "consulting workers and their representatives on occupational safety and health",
                unstated="does not appear to provide for arrangements in the undertaking under which "
                         "workers and their representatives are informed, trained and consulted on "
                         "occupational safety and health")
    f.recalled("arrangements must be made at the level of the undertaking under which workers and their "
               "representatives cooperate with the employer, receive adequate information and training on "
               "the measures taken to secure occupational safety and health, and are consulted on all "
               "aspects of occupational safety and health associated with their work, and under which a "
               "worker reports any situation presenting an imminent and serious danger and is not required "
               "to return to it while the danger continues")
    f.requested("indicate the provisions that provide for the information, training and consultation of "
                "workers and their representatives on occupational safety and health at the level of the "
                "undertaking or, failing that, to adopt them")


@C155.rule("workers-bear-osh-costs", article="21", status="conflict", kind="direct_request",
           when=[provision("osh.cost_to_workers", True, as_="stated")],
           checks="occupational safety and health measures involve no expenditure for the workers")
def workers_bear_osh_costs(f, stated):
    f.cite(stated)
    f.fact("osh.cost_to_workers", stated.text)
    f.noted(f"{stated.phrase} allows the cost of protective equipment or other occupational safety and "
            f"health measures to be charged to the workers")
    f.recalled("occupational safety and health measures may not involve any expenditure for the workers")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that the cost of protective "
                f"equipment and other occupational safety and health measures is borne in full by the "
                f"employer, {APPLICATION}")
