"""C100 Equal Remuneration Convention, 1951: the rules of VOCABULARY.md, in the Committee's voice.

The law must give full expression to equal remuneration for men and women for work of equal value,
a standard that lets jobs of a different nature be compared, and not merely equal or the same
work; "remuneration" must reach every emolument paid by reason of the employment, not only the
basic wage. The principle must be applied to all workers, and objective job evaluation promoted.
"""
from normgap.rules import (
    Convention, act, boolean, category, enum, listing, no_provision, nonempty, one_of, provision,
)

C100 = Convention(
    "C100", "Equal Remuneration Convention, 1951 (No. 100)",
    articles={
        "1(a)": "Definition of remuneration",
        "1(b)": "Equal remuneration for work of equal value",
        "2": "Application of the principle to all workers",
        "3": "Objective appraisal of jobs",
        "4": "Cooperation with employers' and workers' organizations",
    },
)

STANDARDS = ("equal_value", "equal_work", "same_work", "same_job_same_employer", "no_sex_discrimination")

C100.topic("equal_remuneration.standard", enum(*STANDARDS),
           "the standard by which the provision compares the remuneration of men and women")
C100.topic("equal_remuneration.remuneration_scope", enum("all_emoluments", "basic_wage"),
           "what the remuneration compared under the equal remuneration principle includes")
C100.topic("equal_remuneration.job_evaluation", boolean(),
           "measures promote the objective appraisal of jobs on the basis of the work to be performed")

PRINCIPLE = "the principle of equal remuneration for men and women for work of equal value"
PROGRESS = "and to provide information on any progress made in this regard"
PRACTICE = ("as well as on its application in practice, including the results of labour inspection "
            "and any court decisions")

# What each narrower standard provides, and why it falls short of work of equal value.
NARROWER = {
    "equal_work": (
        "provides for equal remuneration for men and women who perform equal work",
        "a comparison based on equal work is confined to jobs that are identical or substantially "
        "similar, so that it does not reach work which is different in content but of equal value"),
    "same_work": (
        "provides for equal remuneration for men and women who perform the same work",
        "a comparison confined to the same work is narrower still than one based on equal work: it "
        "reaches only men and women doing the very same tasks, and leaves aside work which is "
        "different in content but of equal value"),
    "same_job_same_employer": (
        "provides for equal remuneration only where men and women hold the same job with the same "
        "employer",
        "such a comparison can be made neither between different jobs of equal value nor between "
        "workers of different employers, although occupational segregation often means that no man "
        "does the same job as the women concerned in the same enterprise"),
    "no_sex_discrimination": (
        "prohibits discrimination on the ground of sex only in general terms, without setting out the "
        "principle of equal remuneration for work of equal value",
        "a general prohibition of sex discrimination, however valuable, gives no basis for comparing "
        "the remuneration of jobs of a different nature, and so does not give legislative expression "
        "to the principle of the Convention"),
}


def _reaching(f, stated, topic, test):
    """Other provisions in force on ``topic`` whose value passes ``test`` and whose act applies to
    at least every worker the act of ``stated`` applies to."""
    own = f.act(stated.act)
    own_excludes = set(own.excludes) if own else set()
    found = []
    for other in f.in_force(topic):
        if other.index == stated.index or not test(other.value):
            continue
        source = f.act(other.act)
        if source is not None and set(source.excludes) <= own_excludes:
            found.append(other)
    return found


@C100.rule("equal-value-missing", article="1(b)", status="missing", kind="observation",
           when=[no_provision("equal_remuneration.standard")],
           checks="the legislation sets out the principle of equal remuneration for men and women")
def equal_value_missing(f):
    f.noted("the legislation, as summarised, does not appear to give legislative expression to the "
            "principle of equal remuneration for men and women, whether for work of equal value or "
            "on any narrower basis")
    f.recalled("rates of pay must be set without regard to the sex of the worker, and men "
               "and women must receive equal remuneration not only for the same or similar work but "
               "also for work that is different in content yet of equal value")
    f.requested(f"indicate the provisions that give full legislative expression to {PRINCIPLE} or, "
                f"failing that, to adopt them, {PROGRESS}")


@C100.rule("standard-narrower-than-equal-value", article="1(b)", status="conflict", kind="observation",
           when=[provision("equal_remuneration.standard",
                           value=one_of("equal_work", "same_work", "same_job_same_employer",
                                        "no_sex_discrimination"),
                           as_="stated")],
           checks="the equal remuneration provision compares work of equal value, not only equal or "
                  "the same work (unless another provision gives equal value to the same workers)")
def standard_narrower_than_equal_value(f, stated):
    if _reaching(f, stated, "equal_remuneration.standard", lambda v: v == "equal_value"):
        f.drop()  # another provision in force gives equal value to all the workers this one covers
        return
    provides, shortfall = NARROWER[stated.value]
    own = f.act(stated.act)
    own_excludes = set(own.excludes) if own else set()
    partial = []  # equal value provisions in force that leave out some of the workers this one covers
    for other in f.in_force("equal_remuneration.standard"):
        left_out = [c for c in f.act(other.act).excludes if c not in own_excludes]
        if other.value == "equal_value" and left_out:
            partial.append((other, left_out))
    f.cite(stated, *(other for other, _ in partial))
    f.fact("equal_remuneration.standard", stated.text)
    f.fact("required", "equal_value")
    also = "".join(f" While {other.phrase} sets out the principle of equal remuneration for work of "
                   f"equal value, that Act does not apply to "
                   f"{listing(category(c) for c in left_out)}, who are left with the narrower "
                   f"protection of {stated.place}." for other, left_out in partial)
    f.noted(f"{stated.phrase} {provides}. The Committee observes that {shortfall}.{also}")
    f.recalled("men and women must receive equal remuneration for work of equal value. This concept "
               "goes beyond equal, the same or similar work: it allows jobs of an entirely different "
               "nature to be compared on the basis of objective factors such as skills, effort, "
               "responsibilities and working conditions and, where relevant, the work of different "
               "employers to be compared. It is essential to addressing occupational segregation, in "
               "which the work mainly done by women tends to be undervalued")
    f.requested(f"take the necessary measures to amend {stated.phrase} so as to give full legislative "
                f"expression to {PRINCIPLE}, {PROGRESS}, {PRACTICE}")


@C100.rule("remuneration-basic-wage-only", article="1(a)", status="conflict", kind="direct_request",
           when=[provision("equal_remuneration.remuneration_scope", value="basic_wage", as_="stated")],
           checks="the remuneration compared includes every emolument, not only the basic wage "
                  "(unless another provision defines it broadly for the same workers)")
def remuneration_basic_wage_only(f, stated):
    if _reaching(f, stated, "equal_remuneration.remuneration_scope", lambda v: v == "all_emoluments"):
        f.drop()  # a broad definition in force reaches every worker this one covers
        return
    f.cite(stated)
    f.fact("equal_remuneration.remuneration_scope", stated.text)
    f.fact("required", "all_emoluments")
    f.noted(f"{stated.phrase} confines the remuneration to which the principle of equal remuneration "
            f"applies to the basic wage or salary, so that allowances, bonuses and other benefits in "
            f"cash or in kind fall outside the comparison")
    f.recalled("remuneration is not limited to the basic or minimum wage or salary: it takes in every "
               "additional payment or benefit, in cash or in kind, that the worker receives from the "
               "employer, directly or indirectly, because of the employment. Allowances such as family, "
               "housing or transport allowances, bonuses and benefits in kind are often where unequal "
               "pay between men and women lies")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that the principle of equal "
                f"remuneration applies to all the elements of remuneration, including every additional "
                f"emolument paid directly or indirectly, in cash or in kind, {PROGRESS}")


@C100.rule("remuneration-undefined", article="1(a)", status="missing", kind="direct_request",
           when=[no_provision("equal_remuneration.remuneration_scope")],
           checks="the legislation defines the remuneration to which the equal remuneration principle "
                  "applies")
def remuneration_undefined(f):
    f.noted("the legislation, as summarised, does not define the remuneration to which the principle "
            "of equal remuneration for men and women applies")
    f.recalled("remuneration is not limited to the basic or minimum wage or salary: it takes in every "
               "additional payment or benefit, in cash or in kind, that the worker receives from the "
               "employer, directly or indirectly, because of the employment. A definition is needed so "
               "that none of these elements escapes the comparison")
    f.requested("indicate how remuneration is defined for the purpose of applying the principle of "
                "equal remuneration, and whether that definition includes all additional emoluments "
                "paid in cash or in kind or, failing such a definition, to adopt one, and to provide a "
                "copy of the relevant texts")


@C100.rule("job-evaluation-missing", article="3", status="missing", kind="direct_request",
           when=[no_provision("equal_remuneration.job_evaluation", True)],
           checks="measures are taken to promote objective job evaluation on the basis of the work performed")
def job_evaluation_missing(f):
    f.note_lack("equal_remuneration.job_evaluation",
                said_no="no measures are provided to promote the objective appraisal of jobs on the "
                        "basis of the work to be performed",
                unstated="does not appear to provide for measures to promote the objective appraisal "
                         "of jobs on the basis of the work to be performed")
    f.recalled("measures are to be taken to encourage an objective evaluation of jobs based on the work "
               "they involve, wherever this would help to give effect to the Convention. Without such "
               "an evaluation, free from gender bias in the factors chosen and in "
               "their weighting, the value of jobs mainly held by women cannot be compared with that of "
               "other jobs")
    f.requested("indicate the measures taken or envisaged to promote objective job evaluation methods "
                "free from gender bias, in both the public and the private sectors, and to provide "
                "information on any job evaluation carried out, including in cooperation with "
                "employers' and workers' organizations")


@C100.rule("equal-pay-act-excludes-workers", article="2", status="conflict", kind="direct_request",
           when=[provision("equal_remuneration.standard", as_="stated"),
                 act(of="stated", excludes=nonempty(), as_="source")],
           checks="the acts setting out the equal remuneration principle leave no category of workers "
                  "uncovered")
def equal_pay_act_excludes_workers(f, stated, source):
    first = min(p.index for p in f.in_force("equal_remuneration.standard") if p.act == source.id)
    uncovered = f.uncovered(source, "equal_remuneration.standard")
    if stated.index != first or not uncovered:
        f.drop()  # one finding per act, and only for categories no other act reaches
        return
    these = "these categories" if len(uncovered) > 1 else "this category"
    f.cite(*source.exclusions)
    f.fact("scope.excludes", "[" + ", ".join(uncovered) + "]")
    f.fact("equal_remuneration.standard", f"{stated.text} ({stated.cite})")
    f.noted(f"the {source.name}, which sets out the principle of equal remuneration in {stated.place}, "
            f"does not apply to {listing(category(c) for c in uncovered)} "
            f"({listing(p.phrase for p in source.exclusions)}), and that no other provision in force "
            f"sets out the principle for {these}")
    f.recalled("the principle of equal remuneration for men and women for work of equal value must be "
               "ensured for all workers, whether through national laws or regulations, legally "
               "established or recognized machinery for wage determination, collective agreements "
               "or a combination of these means; the Convention allows no category of workers to be "
               "left outside its protection")
    f.requested(f"take the necessary measures to ensure that {PRINCIPLE} is applied to "
                f"{listing(category(c) for c in uncovered)}, and to provide information on the progress "
                f"made in this regard and on the manner in which the remuneration of these workers is "
                f"determined")
