"""C98 Right to Organise and Collective Bargaining Convention, 1949: the rules of VOCABULARY.md.

Workers must be protected, with dissuasive remedies, against discrimination for their union
membership or activities, and their organizations against interference by employers.  The State
must encourage and promote voluntary collective bargaining: representativeness thresholds may not
block it, the law may not strip subjects from it, impose approval of agreements or arbitration at
one party's request, and it must reach every worker except the armed forces, the police and
public servants engaged in the administration of the State (Articles 5 and 6).
"""
from normgap.rules import (
    Convention, ValueTest, above, act, boolean, category, enum, has_other_than, listing, listof,
    no_provision, nonempty, one_of, percent, provision, words,
)

C98 = Convention(
    "C98", "Right to Organise and Collective Bargaining Convention, 1949 (No. 98)",
    articles={
        "1": "Protection against acts of anti-union discrimination",
        "2": "Protection against acts of interference",
        "3": "Machinery to ensure respect for the right to organise",
        "4": "Promotion of collective bargaining",
        "5": "Armed forces and police",
        "6": "Public servants engaged in the administration of the State",
    },
)

SUBJECTS = ("promotion", "transfer", "recruitment", "dismissal", "assignment_of_duties", "wages")
# The only categories that Articles 5 and 6 allow to be left outside the Convention's guarantees.
PERMITTED_EXCLUSIONS = ("armed_forces", "police", "public_servants")
MAJORITY = 50  # a threshold above this share of the workers is an absolute-majority requirement

C98.topic("anti_union_discrimination.prohibited", boolean(),
          "acts of anti-union discrimination in respect of employment are prohibited")
C98.topic("anti_union_discrimination.remedy", enum("reinstatement", "compensation", "fine", "none"),
          "the strongest remedy or sanction available against an act of anti-union discrimination")
C98.topic("interference.prohibited", boolean(),
          "acts of interference by employers in workers' organizations are prohibited")
C98.topic("collective_bargaining.right", boolean(),
          "the act of this statement grants workers' organizations the right to bargain collectively")
C98.topic("collective_bargaining.threshold", percent(),
          "share of the workers concerned a union must represent before it may bargain collectively")
C98.topic("collective_bargaining.minority_unions", boolean(),
          "where no union reaches the threshold, unions may still bargain on behalf of their own members")
C98.topic("collective_bargaining.excluded_subjects", listof(*SUBJECTS),
          "subjects the law removes from the scope of collective bargaining")
C98.topic("collective_bargaining.approval_required", boolean(),
          "collective agreements take effect only once approved by the public authorities")

APPLICATION = ("and to provide information on collective bargaining in practice, including the number "
               "of collective agreements concluded and the number of workers they cover")

VOLUNTARY = ("the State must encourage and promote voluntary negotiation between employers or their "
             "organizations and workers' organizations, so that terms and conditions of employment are "
             "settled by collective agreement")


def _share_up_to(limit) -> ValueTest:
    """A percentage above 0 and at most ``limit``."""
    return ValueTest(lambda v: type(v) in (int, float) and 0 < v <= limit,
                     f"above 0 and at most {limit}")


def _later(earlier, later) -> str:
    """Name ``later`` after ``earlier`` has been named in full: the act's title only once."""
    return later.place if later.act == earlier.act else later.phrase


@C98.rule("anti-union-discrimination-not-prohibited", article="1", status="missing", kind="observation",
          when=[no_provision("anti_union_discrimination.prohibited", True)],
          checks="the legislation prohibits acts of anti-union discrimination in respect of employment")
def anti_union_discrimination_not_prohibited(f):
    f.note_lack("anti_union_discrimination.prohibited",
                said_no="acts of anti-union discrimination in respect of employment are not prohibited",
                unstated="does not appear to prohibit acts of anti-union discrimination in respect of "
                         "employment, whether at recruitment, during employment or at dismissal")
    f.recalled("workers must be adequately protected against anti-union discrimination at every stage of "
               "their employment: no one may be refused a job for joining a union or be required to keep out "
               "of one, and no one may be dismissed or otherwise penalized for union membership or for taking "
               "part in union activities")
    f.requested("indicate the provisions that prohibit anti-union discrimination at recruitment, during "
                "employment and at dismissal or, failing that, to adopt them, together with rapid and "
                "impartial procedures and dissuasive sanctions")


@C98.rule("anti-union-remedy-not-dissuasive", article="1", status="conflict", kind="direct_request",
          when=[provision("anti_union_discrimination.remedy", value=one_of("fine", "none"), as_="remedy")],
          checks="anti-union discrimination gives the victim reinstatement or adequate compensation")
def anti_union_remedy_not_dissuasive(f, remedy):
    f.cite(remedy)
    f.fact("anti_union_discrimination.remedy", remedy.text)
    f.fact("required", "reinstatement or compensation that deters")
    if remedy.value == "fine":
        f.noted(f"under {remedy.phrase}, an act of anti-union discrimination is punishable only by a fine, "
                f"and that the worker concerned is entitled neither to reinstatement nor to compensation")
    else:
        f.noted(f"{remedy.phrase} lays down neither a sanction against acts of anti-union discrimination "
                f"nor any remedy for the worker who suffers them")
    f.recalled("protection against anti-union discrimination is adequate only where it rests on rapid and "
               "impartial procedures and on sanctions and remedies that are dissuasive: in particular, "
               "the reinstatement of a worker dismissed for union membership or activities, or "
               "compensation high enough to deter such acts")
    f.requested(f"take the necessary measures to amend {remedy.phrase} so that workers who suffer "
                f"anti-union discrimination, including dismissal, are entitled to reinstatement or to "
                f"adequate compensation, and so that dissuasive sanctions apply to the employers "
                f"concerned, and to provide information on the complaints lodged and the remedies granted")


@C98.rule("interference-not-prohibited", article="2", status="missing", kind="direct_request",
          when=[no_provision("interference.prohibited", True)],
          checks="the legislation prohibits acts of interference by employers in workers' organizations")
def interference_not_prohibited(f):
    f.note_lack("interference.prohibited",
                said_no="acts of interference by employers or their organizations in the establishment, "
                        "functioning or administration of workers' organizations are not prohibited",
                unstated="does not appear to prohibit acts of interference by employers or their "
                         "organizations in the establishment, functioning or administration of workers' "
                         "organizations")
    f.recalled("the law must adequately protect workers' and employers' organizations against meddling by "
               "the other side in their formation, operation or management; employers may not, in "
               "particular, set up unions that they dominate, nor fund or otherwise support a union so as "
               "to bring it under their control")
    f.requested("indicate the provisions that expressly prohibit such acts of interference and lay down "
                "rapid procedures and dissuasive sanctions against them or, failing that, to adopt them")


@C98.rule("bargaining-threshold-above-majority", article="4", status="conflict", kind="observation",
          when=[provision("collective_bargaining.threshold", value=above(MAJORITY), as_="threshold")],
          checks="a union need not represent more than half of the workers concerned to bargain collectively")
def bargaining_threshold_above_majority(f, threshold):
    f.cite(threshold)
    f.fact("collective_bargaining.threshold", threshold.text)
    f.fact("limit", f"{MAJORITY} %")
    closed = [p for p in f.in_force("collective_bargaining.minority_unions") if p.value is False]
    f.cite(*(p for p in closed if p.cite != threshold.cite))  # a statement is cited once
    if closed:
        f.fact("collective_bargaining.minority_unions", "no")
    noted = (f"{threshold.phrase} allows a trade union to bargain collectively only where it represents "
             f"{threshold.text} of the workers concerned")
    if closed:
        where_said = listing(_later(threshold, p) for p in closed if p.cite != threshold.cite)
        noted += (", and that" + (f" under {where_said}," if where_said else "")
                  + " where no union reaches that share, no union may bargain even on behalf of its own members")
    f.noted(noted)
    f.recalled(f"{VOLUNTARY}. Requiring a union to represent more than half of the workers concerned before "
               f"it may bargain can make collective bargaining impossible wherever workers are divided "
               f"among several unions or only partly organized; where no union reaches the required level, "
               f"the unions present should at least be able to bargain on behalf of their own members")
    f.requested(f"take the necessary measures to lower the representativeness threshold set in "
                f"{threshold.phrase}"
                + (" and to ensure that, where no union reaches it, unions may bargain at least on behalf "
                   "of their own members" if closed else "")
                + f", {APPLICATION}")


@C98.rule("minority-unions-cannot-bargain", article="4", status="conflict", kind="observation",
          when=[provision("collective_bargaining.threshold", value=_share_up_to(MAJORITY), as_="threshold"),
                provision("collective_bargaining.minority_unions", False, as_="closed")],
          checks="where no union reaches the bargaining threshold, unions may bargain for their own members")
def minority_unions_cannot_bargain(f, threshold, closed):
    f.cite(threshold)
    if closed.cite != threshold.cite:  # a statement is cited once
        f.cite(closed)
    f.fact("collective_bargaining.threshold", threshold.text)
    f.fact("collective_bargaining.minority_unions", closed.text)
    if threshold.cite == closed.cite:
        f.noted(f"{threshold.phrase} reserves collective bargaining to a trade union representing "
                f"{threshold.text} of the workers concerned and provides that, where no union reaches that "
                f"share, no union may bargain even on behalf of its own members")
    else:
        f.noted(f"{threshold.phrase} reserves collective bargaining to a trade union representing "
                f"{threshold.text} of the workers concerned and that, under {_later(threshold, closed)}, where no union "
                f"reaches that share, no union may bargain even on behalf of its own members")
    f.recalled(f"{VOLUNTARY}. A representativeness threshold is compatible with this principle only if, "
               f"where no union reaches it, the unions present may still bargain collectively at least on "
               f"behalf of their own members; otherwise the workers concerned are left without any "
               f"collective bargaining at all")
    f.requested(f"take the necessary measures to amend {closed.phrase} so that, where no trade "
                f"union represents {threshold.text} of the workers concerned, unions may bargain "
                f"collectively at least on behalf of their own members, {APPLICATION}")


@C98.rule("bargaining-subjects-excluded", article="4", status="conflict", kind="observation",
          when=[provision("collective_bargaining.excluded_subjects", value=nonempty(), as_="excluded")],
          checks="the law removes no subject relating to terms and conditions of employment from bargaining")
def bargaining_subjects_excluded(f, excluded):
    subjects = listing(words(s) for s in excluded.value)
    f.cite(excluded)
    f.fact("collective_bargaining.excluded_subjects", excluded.text)
    f.measure_items("collective_bargaining.excluded_subjects", len(excluded.value), "subjects excluded from bargaining")
    f.noted(f"{excluded.phrase} excludes from the scope of collective bargaining matters of {subjects}")
    f.recalled(f"{VOLUNTARY}. The parties must remain free to decide which terms and conditions of "
               f"employment they negotiate; legislation that removes such matters from collective "
               f"bargaining restricts the voluntary negotiation that the Convention requires to be "
               f"encouraged and promoted")
    f.requested(f"take the necessary measures to amend {excluded.phrase} so that matters of {subjects} may "
                f"be freely negotiated between employers or their organizations and workers' organizations")


@C98.rule("agreements-require-approval", article="4", status="conflict", kind="observation",
          when=[provision("collective_bargaining.approval_required", True, as_="approval")],
          checks="collective agreements do not need the approval of the public authorities to take effect")
def agreements_require_approval(f, approval):
    f.cite(approval)
    f.fact("collective_bargaining.approval_required", approval.text)
    f.noted(f"under {approval.phrase}, a collective agreement takes effect only once it has been approved "
            f"by the public authorities")
    f.recalled(f"{VOLUNTARY}. Making freely concluded agreements subject to the approval of the authorities "
               f"is incompatible with the autonomy of the parties; registration may be refused only where an "
               f"agreement has a procedural defect or falls below the minimum standards laid down by general "
               f"legislation")
    f.requested(f"take the necessary measures to amend {approval.phrase} so that collective agreements take "
                f"effect without approval by the public authorities, which may refuse to register an "
                f"agreement only on the limited grounds mentioned above")


@C98.rule("compulsory-arbitration-imposed", article="4", status="conflict", kind="observation",
          when=[provision("disputes.compulsory_arbitration", True, as_="arbitration")],
          checks="no dispute can be sent to binding arbitration at one party's or the authority's request, "
                 "outside essential services")
def compulsory_arbitration_imposed(f, arbitration):
    f.cite(arbitration)
    f.fact("disputes.compulsory_arbitration", arbitration.text)
    f.noted(f"under {arbitration.phrase}, a collective dispute may be referred to binding arbitration at the "
            f"request of one party or on the initiative of the authorities, in services that are not "
            f"essential in the strict sense of the term")
    f.recalled(f"{VOLUNTARY}. Arbitration imposed at the request of one party or by the authorities is "
               f"contrary to the voluntary nature of collective bargaining; it is acceptable only where both "
               f"parties agree to it, or for public servants engaged in the administration of the State, in "
               f"essential services in the strict sense of the term or in an acute national crisis. The "
               f"Committee notes that the same provision raises a matter under Article 3 of the Freedom of "
               f"Association and Protection of the Right to Organise Convention, 1948 (No. 87), since "
               f"arbitration imposed in this way can bring a lawful strike to an end")
    f.requested(f"take the necessary measures to amend {arbitration.phrase} so that a dispute may be "
                f"referred to binding arbitration only at the request of both parties or in the cases "
                f"mentioned above")


@C98.rule("bargaining-scope-exclusion-not-permitted", article="4", status="conflict", kind="observation",
          when=[provision("collective_bargaining.right", True, as_="grant"),
                act(of="grant", excludes=has_other_than(*PERMITTED_EXCLUSIONS), as_="source")],
          checks="the act granting the right to bargain collectively leaves out no one but the armed forces, "
                 "the police and public servants in the administration of the State (Articles 5 and 6)")
def bargaining_scope_exclusion_not_permitted(f, grant, source):
    grants = [p for p in f.in_force("collective_bargaining.right") if p.value is True]
    if grant != next(p for p in grants if p.act == source.id):
        f.drop()  # one finding per act, raised on its first grant of the right
        return
    uncovered = f.uncovered(source, "collective_bargaining.right", True, allowed=PERMITTED_EXCLUSIONS)
    if not uncovered:
        f.drop()
        return
    named = listing(category(c) for c in uncovered)
    f.cite(grant, *source.exclusions)
    f.fact("scope.excludes", "[" + ", ".join(uncovered) + "]")
    f.fact("permitted exclusions", "[" + ", ".join(PERMITTED_EXCLUSIONS) + "]")
    f.noted(f"the {source.name}, which grants the right to bargain collectively in {grant.place}, does not "
            f"apply to {named} ({listing(p.place for p in source.exclusions)}), and that no other provision "
            f"in force grants that right to {'these categories' if len(uncovered) > 1 else 'this category'}")
    f.recalled(f"{VOLUNTARY}. The Convention covers all workers and their organizations: only the armed "
               f"forces and the police, to the extent that national law determines (Article 5), and public "
               f"servants engaged in the administration of the State (Article 6) may be left outside it, the "
               f"latter exception being read narrowly")
    f.requested(f"take the necessary measures to extend the right to bargain collectively, and the other "
                f"guarantees of the Convention, to {named}, {APPLICATION}")
